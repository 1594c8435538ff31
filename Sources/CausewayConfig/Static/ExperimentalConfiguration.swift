/// `experimental`: plugin declarations (only local plugins can run in Causeway).
public struct ExperimentalConfiguration: Sendable, Equatable, ConfigDecodable {
    /// Alias → local plugin (source under `plugins-local/src/<moduleName>`).
    public var localPlugins: [String: LocalPluginConfiguration] = [:]
    /// Remote catalog plugins: parsed so the plugin host can report that they are unsupported.
    public var plugins: [String: RemotePluginConfiguration] = [:]
    /// Traefik v2.3–v2.4 development plugin, addressed under the alias `dev`.
    public var devPlugin: DevPluginConfiguration?
    public var abortOnPluginFailure = false

    public init() {}

    public static var configTypeName: String { "*static.Experimental" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "localplugins": localPlugins = try value.decode()
            case "plugins": plugins = try value.decode()
            case "devplugin": devPlugin = try value.decode()
            case "abortonpluginfailure": abortOnPluginFailure = try value.decode()
            case "http3", "kubernetesgateway", "hub", "fastproxy", "otlplogs", "kubernetesingressnginx",
                 "knative", "systemdlogs":
                value.ignoreUnimplemented()
            default: return false
            }
            return true
        }
    }
}

public struct LocalPluginConfiguration: Sendable, Equatable, ConfigDecodable {
    public var moduleName = ""
    public var settings: PluginSettings?

    public init(moduleName: String = "", settings: PluginSettings? = nil) {
        self.moduleName = moduleName
        self.settings = settings
    }

    public static var configTypeName: String { "plugins.LocalDescriptor" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "modulename": moduleName = try value.decode()
            case "settings": settings = try value.decode()
            default: return false
            }
            return true
        }
    }
}

public struct RemotePluginConfiguration: Sendable, Equatable, ConfigDecodable {
    public var moduleName = ""
    public var version = ""
    public var hash = ""
    public var settings: PluginSettings?

    public init() {}

    public static var configTypeName: String { "plugins.Descriptor" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "modulename": moduleName = try value.decode()
            case "version": version = try value.decode()
            case "hash": hash = try value.decode()
            case "settings": settings = try value.decode()
            default: return false
            }
            return true
        }
    }
}

/// `settings` of a plugin: `envs`/`mounts` concern wasm guests only; `useUnsafe` lets a Go plugin
/// whose manifest asks for it import `unsafe`/`syscall`.
public struct PluginSettings: Sendable, Equatable, ConfigDecodable {
    public var envs: [String] = []
    public var mounts: [String] = []
    public var useUnsafe = false
    /// Causeway: hosts the plugin's `http.Client` may reach (`*` for any, `*.example.com` for
    /// subdomains); none when empty.
    public var allowedHosts: [String] = []

    public init() {}

    public static var allowsEmptySection: Bool { true }
    public static var configTypeName: String { "*plugins.Settings" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "envs": envs = try value.decode()
            case "mounts": mounts = try value.decode()
            case "useunsafe": useUnsafe = try value.decode()
            case "allowedhosts": allowedHosts = try value.decode()
            default: return false
            }
            return true
        }
    }
}

public struct DevPluginConfiguration: Sendable, Equatable, ConfigDecodable {
    public var goPath = ""
    public var moduleName = ""

    public init() {}

    public static var configTypeName: String { "*plugins.DevPlugin" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "gopath": goPath = try value.decode()
            case "modulename": moduleName = try value.decode()
            default: return false
            }
            return true
        }
    }
}
