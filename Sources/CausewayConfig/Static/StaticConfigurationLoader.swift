import Foundation

/// Where the static configuration came from. Exactly one source is used, as in Traefik: a file
/// if one is found, else CLI flags if any, else environment variables, else the defaults.
public enum StaticConfigurationSource: Sendable, Equatable {
    case file(path: String)
    case flags
    /// `prefix` is `CAUSEWAY_` or `TRAEFIK_`.
    case environment(prefix: String)
    case defaults
}

public struct LoadedStaticConfiguration: Sendable, Equatable {
    public var configuration: StaticConfiguration
    public var source: StaticConfigurationSource
    /// Things the operator should know (ignored Traefik options, ignored flags); not errors.
    public var warnings: [String]
}

extension StaticConfiguration {
    /// File names looked up in the working directory, in this order, when `--configFile` names
    /// no existing file.
    public static let defaultFileNames = [
        "causeway.yml", "causeway.yaml", "causeway.toml",
        "traefik.yml", "traefik.yaml", "traefik.toml",
    ]

    /// The environment prefixes, in order of preference: if any `CAUSEWAY_*` variable exists,
    /// `TRAEFIK_*` variables are ignored.
    public static let environmentPrefixes = ["CAUSEWAY_", "TRAEFIK_"]

    /// Loads the static configuration from exactly one source.
    /// - Parameters:
    ///   - arguments: command-line arguments without the program name.
    ///   - environment: the process environment.
    ///   - workingDirectory: where relative `--configFile` paths and default files are looked up.
    public static func load(
        arguments: [String], environment: [String: String], workingDirectory: String
    ) throws -> LoadedStaticConfiguration {
        let flags = try CommandLineFlags(arguments: arguments)
        var warnings: [String] = []

        if let path = configFilePath(flags: flags, workingDirectory: workingDirectory) {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw ConfigError(file: path, message: "cannot read file: \(error.localizedDescription)")
            }
            let format = ConfigFormat(fileName: path) ?? .yaml
            var (configuration, ignored) = try decode(tree: try format.parse(text, file: path), source: path)
            if !flags.options.isEmpty {
                let names = flags.options.map { "--" + $0.path.joined(separator: ".") }
                warnings.append("configuration file \(path) is used, so these flags are ignored: \(names.joined(separator: ", "))")
            }
            warnings += ignoredWarning(ignored)
            configuration.applyEffectiveDefaults()
            return LoadedStaticConfiguration(configuration: configuration, source: .file(path: path), warnings: warnings)
        }

        if !flags.options.isEmpty {
            var builder = FlagTreeBuilder()
            for option in flags.options { builder.set(path: option.path, value: option.value) }
            var (configuration, ignored) = try decode(tree: builder.tree, source: "command-line flags")
            warnings += ignoredWarning(ignored)
            configuration.applyEffectiveDefaults()
            return LoadedStaticConfiguration(configuration: configuration, source: .flags, warnings: warnings)
        }

        for prefix in environmentPrefixes {
            var builder = FlagTreeBuilder()
            for (name, value) in environment.sorted(by: { $0.key < $1.key }) where name.hasPrefix(prefix) {
                let path = name.dropFirst(prefix.count).lowercased()
                    .split(separator: "_").map(String.init)
                builder.set(path: path, value: value)
            }
            guard !builder.isEmpty else { continue }
            var (configuration, ignored) = try decode(tree: builder.tree, source: "environment (\(prefix)*)")
            warnings += ignoredWarning(ignored)
            configuration.applyEffectiveDefaults()
            return LoadedStaticConfiguration(configuration: configuration, source: .environment(prefix: prefix),
                                             warnings: warnings)
        }

        var configuration = StaticConfiguration()
        configuration.applyEffectiveDefaults()
        return LoadedStaticConfiguration(configuration: configuration, source: .defaults, warnings: warnings)
    }

    /// Decodes static configuration text (used for files and by tests).
    public static func parse(_ text: String, format: ConfigFormat, file: String) throws -> LoadedStaticConfiguration {
        var (configuration, ignored) = try decode(tree: try format.parse(text, file: file), source: file)
        configuration.applyEffectiveDefaults()
        return LoadedStaticConfiguration(configuration: configuration, source: .file(path: file),
                                         warnings: ignoredWarning(ignored))
    }

    static func decode(tree: ConfigNode, source: String) throws -> (StaticConfiguration, [String]) {
        let decoder = ConfigDecoder(node: tree, file: source)
        let configuration = try StaticConfiguration(from: decoder)
        return (configuration, decoder.ignoredOptions)
    }

    static func ignoredWarning(_ ignored: [String]) -> [String] {
        guard !ignored.isEmpty else { return [] }
        return ["these Traefik options are accepted but not implemented by Causeway, so they have no effect: "
                + ignored.joined(separator: ", ")]
    }

    private static func configFilePath(flags: CommandLineFlags, workingDirectory: String) -> String? {
        let fileManager = FileManager.default
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
        }
        func isFile(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return fileManager.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        // As in Traefik, a `--configFile` that does not exist lets the search continue.
        if let given = flags.configFile, isFile(resolve(given)) {
            return resolve(given)
        }
        return defaultFileNames.map(resolve).first(where: isFile)
    }
}
