import TOMLKit

/// Reads TOML text into a `ConfigNode` tree. TOMLKit exposes no positions for values, so lines
/// come from `TOMLLineIndex`; tables come back sorted by key.
enum TOMLTreeReader {
    static func read(_ text: String, file: String?) throws -> ConfigNode {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(file: file, line: error.source.begin.line, message: "toml: \(error.description)")
        }
        return try Reader(lines: TOMLLineIndex(text), file: file).convert(table, path: ConfigPath(), keys: [])
    }
}

private struct Reader {
    let lines: TOMLLineIndex
    let file: String?

    func convert(_ table: TOMLTable, path: ConfigPath, keys: [String]) throws -> ConfigNode {
        var entries: [ConfigEntry] = []
        for (key, value) in table {
            let childKeys = keys + [key]
            entries.append(ConfigEntry(key: key, keyLine: lines.line(of: childKeys),
                                       node: try convert(value, path: path.appending(key), keys: childKeys)))
        }
        return .map(entries, line: lines.line(of: keys))
    }

    func convert(_ value: TOMLValueConvertible, path: ConfigPath, keys: [String]) throws -> ConfigNode {
        let line = lines.line(of: keys)
        switch value.type {
        case .table:
            return try convert(value.table!, path: path, keys: keys)
        case .array:
            var items: [ConfigNode] = []
            for (index, item) in value.array!.enumerated() {
                var node = try convert(item, path: path.appending(index: index), keys: keys + ["[\(index)]"])
                if node.line == nil { node.line = line }
                items.append(node)
            }
            return .list(items, line: line)
        case .string:
            return ConfigNode(.scalar(value.string ?? "", .string), line: line)
        case .int:
            return ConfigNode(.scalar(String(value.int ?? 0), .int), line: line)
        case .double:
            return ConfigNode(.scalar(ScalarText.format(float: value.double ?? 0), .float), line: line)
        case .bool:
            return ConfigNode(.scalar((value.bool ?? false) ? "true" : "false", .bool), line: line)
        case .date, .time, .dateTime:
            // Traefik's decoder has no representation for TOML dates either.
            throw ConfigError(file: file, line: line, path: path, message: "unsupported value type: TOML \(value.type)")
        }
    }
}
