/// A plugin option value exactly as Traefik's file provider hands it to a plugin (§2.6.1 of the
/// compatibility notes, "stage A"): scalars become strings (`42` → `"42"`, `1.5` → `"1.500000"`),
/// empty lists/maps become `""`, null keys disappear, and lists of scalars get one element type
/// (all ints → int64, any float → float64, all bools → bool, any string → string).
public enum PluginOptionValue: Sendable, Equatable {
    case string(String)
    case int(Int64)
    case float(Double)
    case bool(Bool)
    case list([PluginOptionValue])
    case map([String: PluginOptionValue])

    /// Converts the options map of one plugin middleware. Errors make the whole file invalid,
    /// as in Traefik (lists of lists, a list mixing booleans and numbers …).
    static func convertOptions(_ decoder: ConfigDecoder) throws -> [String: PluginOptionValue] {
        guard let entries = decoder.node.entries else {
            if decoder.node.hasNoChildren { return [:] }
            throw decoder.error("plugin options must be a map, got \(decoder.node)")
        }
        return try convertMap(entries, decoder: decoder)
    }

    private static func convertMap(_ entries: [ConfigEntry], decoder: ConfigDecoder) throws -> [String: PluginOptionValue] {
        var result: [String: PluginOptionValue] = [:]
        for entry in entries {
            let child = decoder.child(entry.node, path: decoder.path.appending(entry.key))
            if let value = try convert(child) { result[entry.key] = value }
        }
        return result
    }

    /// nil = the key is absent (a null value).
    private static func convert(_ decoder: ConfigDecoder) throws -> PluginOptionValue? {
        switch decoder.node.value {
        case .null:
            return nil
        case .scalar(let text, _):
            return .string(text)
        case .map(let entries):
            return entries.isEmpty ? .string("") : .map(try convertMap(entries, decoder: decoder))
        case .list(let items):
            return items.isEmpty ? .string("") : try convertList(items, decoder: decoder)
        }
    }

    private static func convertList(_ items: [ConfigNode], decoder: ConfigDecoder) throws -> PluginOptionValue {
        if items.contains(where: { if case .list = $0.value { return true } else { return false } }) {
            throw decoder.error("unsupported simple value type: slice")
        }
        let maps = items.filter { $0.entries != nil }
        if !maps.isEmpty {
            guard maps.count == items.count else {
                throw decoder.error("unsupported list mixing maps and values")
            }
            return .list(try items.enumerated().map { index, item in
                let child = decoder.child(item, path: decoder.path.appending(index: index))
                return .map(try convertMap(item.entries ?? [], decoder: child))
            })
        }
        // A list of scalars: one element type for the whole list.
        let scalars: [(String, ScalarKind)] = items.map {
            if case .scalar(let text, let kind) = $0.value { return (text, kind) }
            return ("", .string)
        }
        let kinds = Set(scalars.map { $0.1 }.map { "\($0)" })
        if kinds.contains("string") {
            return .list(scalars.map { .string($0.0) })
        }
        if kinds == ["bool"] {
            return .list(scalars.map { .bool($0.0 == "true") })
        }
        if kinds.contains("bool") {
            let first = scalars.first { $0.1 == .bool }!.0
            throw decoder.error("parse int: \(first), strconv.ParseInt: parsing \"\(first)\": invalid syntax")
        }
        if kinds.contains("float") {
            return .list(try scalars.map { text, _ in
                guard let value = Double(text) else { throw decoder.error("parse float: \(text)") }
                return .float(value)
            })
        }
        return .list(try scalars.map { text, _ in
            guard let value = Int64(text) else {
                throw decoder.error("parse int: \(text), strconv.ParseInt: parsing \"\(text)\": value out of range")
            }
            return .int(value)
        })
    }
}
