import CausewayConfig
import Foundation
import Yams

/// The `.traefik.yml` manifest of a plugin, as Traefik reads it: a fixed set of keys, unknown
/// keys ignored. Parsing never fails on missing fields; `validate` reports those, so every
/// problem of a manifest can be named with its field.
public struct PluginManifest: Sendable, Equatable {
    public var displayName = ""
    public var type = ""
    /// `yaegi` (also when empty) or `wasm`.
    public var runtime = ""
    public var wasmPath = ""
    /// Go import path of the package exporting `New` and `CreateConfig`.
    public var importPath = ""
    /// Identifier under which Traefik evaluates `<basePkg>.New`; empty means derived from `import`.
    public var basePkg = ""
    public var summary = ""
    public var useUnsafe = false
    /// Sample options, typed the way the file provider types plugin options; nil when the key
    /// is absent or null.
    public var testData: [String: PluginOptionValue]?

    public init() {}

    /// File name Traefik looks for (`.traefik.yaml` is not looked at).
    public static let fileName = ".traefik.yml"

    /// The identifier Traefik uses for the package: `basePkg`, else the last element of the
    /// import path with `-` replaced by `_`.
    public var effectiveBasePackage: String {
        if !basePkg.isEmpty { return basePkg }
        let last = importPath.split(separator: "/").last.map(String.init) ?? importPath
        return last.replacingOccurrences(of: "-", with: "_")
    }

    /// True when the Go interpreter runs the plugin (runtime empty or `yaegi`).
    public var isInterpreted: Bool { runtime.isEmpty || runtime == "yaegi" }

    /// Decodes manifest text; `file` names the manifest in error messages.
    public static func parse(_ text: String, file: String) throws(PluginManifestError) -> PluginManifest {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw PluginManifestError(file: file, field: nil, message: "failed to decode the plugin manifest: \(error)")
        }
        guard let root else { return PluginManifest() }
        guard let mapping = root.mapping else {
            throw PluginManifestError(file: file, field: nil, message: "failed to decode the plugin manifest: expected a mapping at the top level")
        }
        var manifest = PluginManifest()
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { continue }
            func text() throws(PluginManifestError) -> String {
                if value.null != nil { return "" }
                guard let scalar = value.scalar else {
                    throw PluginManifestError(file: file, field: key, message: "expected a string")
                }
                return scalar.string
            }
            switch key {
            case "displayName": manifest.displayName = try text()
            case "type": manifest.type = try text()
            case "runtime": manifest.runtime = try text()
            case "wasmPath": manifest.wasmPath = try text()
            case "import": manifest.importPath = try text()
            case "basePkg": manifest.basePkg = try text()
            case "summary": manifest.summary = try text()
            case "useUnsafe":
                guard value.null == nil else { break }
                guard let flag = value.bool else {
                    throw PluginManifestError(file: file, field: key, message: "expected a boolean, got \"\(value.scalar?.string ?? "a collection")\"")
                }
                manifest.useUnsafe = flag
            case "testData":
                guard value.null == nil else { break }
                guard let map = value.mapping else {
                    throw PluginManifestError(file: file, field: key, message: "expected a mapping of sample options")
                }
                do {
                    manifest.testData = try FileProviderOptions.convert(map)
                } catch {
                    throw PluginManifestError(file: file, field: key, message: error.message)
                }
            default:
                continue // unknown keys (iconPath, compatibility, …) are ignored, as in Traefik
            }
        }
        return manifest
    }

    /// Reads and decodes the manifest in a plugin's module directory.
    public static func load(moduleDirectory: String, displayPath: String) throws(PluginManifestError) -> PluginManifest {
        let path = moduleDirectory + "/" + fileName
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw PluginManifestError(file: displayPath, field: nil, message: "failed to open the plugin manifest: \((error as NSError).localizedDescription)")
        }
        return try parse(text, file: displayPath)
    }
}
