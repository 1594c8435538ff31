import TOMLKit

/// Reads TOML text into a `ConfigNode` tree. TOMLKit exposes no positions for values, so TOML
/// nodes carry no line (only syntax errors have one); tables come back sorted by key.
enum TOMLTreeReader {
    static func read(_ text: String, file: String?) throws -> ConfigNode {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(file: file, line: error.source.begin.line, message: "toml: \(error.description)")
        }
        return try convert(table, path: ConfigPath(), file: file)
    }

    private static func convert(_ table: TOMLTable, path: ConfigPath, file: String?) throws -> ConfigNode {
        var entries: [ConfigEntry] = []
        for (key, value) in table {
            entries.append(ConfigEntry(key: key, node: try convert(value, path: path.appending(key), file: file)))
        }
        return .map(entries)
    }

    private static func convert(_ value: TOMLValueConvertible, path: ConfigPath, file: String?) throws -> ConfigNode {
        switch value.type {
        case .table:
            return try convert(value.table!, path: path, file: file)
        case .array:
            var items: [ConfigNode] = []
            for (index, item) in value.array!.enumerated() {
                items.append(try convert(item, path: path.appending(index: index), file: file))
            }
            return .list(items)
        case .string:
            return ConfigNode(.scalar(value.string ?? "", .string))
        case .int:
            return ConfigNode(.scalar(String(value.int ?? 0), .int))
        case .double:
            return ConfigNode(.scalar(ScalarText.format(float: value.double ?? 0), .float))
        case .bool:
            return ConfigNode(.scalar((value.bool ?? false) ? "true" : "false", .bool))
        case .date, .time, .dateTime:
            // Traefik's decoder has no representation for TOML dates either.
            throw ConfigError(file: file, path: path, message: "unsupported value type: TOML \(value.type)")
        }
    }
}
