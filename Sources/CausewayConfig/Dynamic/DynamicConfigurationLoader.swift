import Foundation

public struct LoadedDynamicConfiguration: Sendable, Equatable {
    public var configuration: DynamicConfiguration
    /// Duplicate definitions skipped in directory mode.
    public var warnings: [String]
}

/// Reads the file provider's dynamic configuration: one file, or every `.yml`/`.yaml`/`.toml`
/// file of a directory tree merged in lexical order with the first definition of a name winning.
public enum DynamicConfigurationLoader {
    /// Loads what `providers.file` points at; `directory` wins over `filename`.
    public static func load(_ provider: FileProviderConfiguration) throws -> LoadedDynamicConfiguration {
        if !provider.directory.isEmpty { return try load(directory: provider.directory) }
        if !provider.filename.isEmpty { return try load(file: provider.filename) }
        throw ConfigError(message: "error using file configuration provider, neither filename nor directory is defined")
    }

    public static func load(file path: String) throws -> LoadedDynamicConfiguration {
        LoadedDynamicConfiguration(configuration: try loadFile(path), warnings: [])
    }

    /// Any file that fails makes the whole load fail; the error names that file.
    public static func load(directory: String) throws -> LoadedDynamicConfiguration {
        var merged = DynamicConfiguration()
        var warnings: [String] = []
        for relativePath in try configurationFiles(in: directory) {
            let path = (directory as NSString).appendingPathComponent(relativePath)
            let configuration = try loadFile(path)
            merge(configuration, origin: relativePath, into: &merged, warnings: &warnings)
        }
        return LoadedDynamicConfiguration(configuration: merged, warnings: warnings)
    }

    /// Supported files under `directory`, as relative paths in the order Traefik reads them:
    /// entries of each directory sorted by name, sub-directories recursed in place.
    public static func configurationFiles(in directory: String) throws -> [String] {
        let fileManager = FileManager.default
        var result: [String] = []
        func walk(_ relative: String) throws {
            let absolute = relative.isEmpty ? directory : (directory as NSString).appendingPathComponent(relative)
            let names: [String]
            do {
                names = try fileManager.contentsOfDirectory(atPath: absolute).sorted()
            } catch {
                throw ConfigError(file: absolute, message: "unable to read directory: \(error.localizedDescription)")
            }
            for name in names {
                let childRelative = relative.isEmpty ? name : (relative as NSString).appendingPathComponent(name)
                let childAbsolute = (directory as NSString).appendingPathComponent(childRelative)
                var isDirectory: ObjCBool = false
                guard fileManager.fileExists(atPath: childAbsolute, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    try walk(childRelative)
                } else if ConfigFormat(fileName: name) != nil {
                    result.append(childRelative)
                }
            }
        }
        try walk("")
        return result
    }

    static func loadFile(_ path: String) throws -> DynamicConfiguration {
        guard let format = ConfigFormat(fileName: path) else {
            throw ConfigError(file: path, message: "unsupported file extension (expected .yml, .yaml or .toml)")
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(file: path, message: "cannot read file: \(error.localizedDescription)")
        }
        return try DynamicConfiguration.parse(text, format: format, file: path)
    }

    /// Adds `next` to `merged`; names already defined are kept and the duplicate is reported.
    static func merge(_ next: DynamicConfiguration, origin: String, into merged: inout DynamicConfiguration,
                      warnings: inout [String]) {
        func mergeMap<T>(_ source: [String: T], into target: inout [String: T], kind: String) {
            for name in source.keys.sorted() {
                if target[name] == nil {
                    target[name] = source[name]
                } else {
                    warnings.append("\(kind) already configured, skipping (origin: \(origin), name: \(name))")
                }
            }
        }
        mergeMap(next.http.routers, into: &merged.http.routers, kind: "HTTP router")
        mergeMap(next.http.services, into: &merged.http.services, kind: "HTTP service")
        mergeMap(next.http.middlewares, into: &merged.http.middlewares, kind: "HTTP middleware")
        mergeMap(next.http.serversTransports, into: &merged.http.serversTransports, kind: "HTTP servers transport")
        merged.tcp = mergeRaw(merged.tcp, next.tcp, section: "TCP", origin: origin, warnings: &warnings)
        merged.udp = mergeRaw(merged.udp, next.udp, section: "UDP", origin: origin, warnings: &warnings)
        merged.tls = mergeRaw(merged.tls, next.tls, section: "TLS", origin: origin, warnings: &warnings)
    }

    /// Merges raw TCP/UDP/TLS sections: named maps first-wins, lists (TLS certificates) appended.
    private static func mergeRaw(_ existing: ConfigNode?, _ next: ConfigNode?, section: String, origin: String,
                                 warnings: inout [String]) -> ConfigNode? {
        guard let next, let nextEntries = next.entries else { return existing ?? next }
        guard let existing, var entries = existing.entries else { return next }
        for nextEntry in nextEntries {
            guard let index = entries.firstIndex(where: { $0.key.caseInsensitiveEquals(nextEntry.key) }) else {
                entries.append(nextEntry)
                continue
            }
            switch (entries[index].node.value, nextEntry.node.value) {
            case (.list(let a), .list(let b)):
                entries[index].node = .list(a + b, line: entries[index].node.line)
            case (.map(var elements), .map(let additions)):
                for addition in additions {
                    if elements.contains(where: { $0.key == addition.key }) {
                        warnings.append("\(section) \(nextEntry.key) already configured, skipping (origin: \(origin), name: \(addition.key))")
                    } else {
                        elements.append(addition)
                    }
                }
                entries[index].node = .map(elements, line: entries[index].node.line)
            default:
                continue
            }
        }
        return .map(entries, line: existing.line)
    }
}
