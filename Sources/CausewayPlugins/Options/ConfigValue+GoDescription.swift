extension ConfigValue {
    /// The value as Go's `%+v` prints it (`&{Headers:map[X-Path:/a]}`), for check reports.
    public var goDescription: String {
        switch self {
        case .string(let text): return text
        case .int(let value, _): return String(value)
        case .uint(let value, _): return String(value)
        case .bool(let flag): return flag ? "true" : "false"
        case .float(let value, _): return GoScalarParsing.formatFloat(value)
        case .slice(let items, _): return "[" + items.map(\.goDescription).joined(separator: " ") + "]"
        case .map(let entries, _):
            return "map[" + entries.keys.sorted().map { "\($0):\(entries[$0]!.goDescription)" }.joined(separator: " ") + "]"
        case .structure(let fields):
            return "{" + fields.map { "\($0.name):\($0.value.goDescription)" }.joined(separator: " ") + "}"
        case .pointer(let pointee, _):
            guard let pointee else { return "<nil>" }
            if case .structure = pointee { return "&" + pointee.goDescription }
            return "0xc000000000"
        case .any(let value): return value?.goDescription ?? "<nil>"
        }
    }
}
