import GoInterpreter

/// Describes a checked Go type as a `ConfigType` for option decoding. Function and channel
/// types cannot receive options: fields of those kinds are left out, as mapstructure would
/// fail only if an option named them.
enum ConfigTypeDescription {
    static func describe(_ type: GoType, depth: Int = 0) -> ConfigType? {
        guard depth < 32 else { return nil } // recursive types: options cannot be infinitely deep
        switch type.kind {
        case .named(let named):
            if type == GoType.error { return .any }
            return describe(named.underlying, depth: depth + 1)
        case .basic(let kind):
            switch kind {
            case .bool: return .bool
            case .string: return .string
            case .int, .int64: return .int(bits: 64)
            case .int8: return .int(bits: 8)
            case .int16: return .int(bits: 16)
            case .int32: return .int(bits: 32)
            case .uint, .uint64, .uintptr: return .uint(bits: 64)
            case .uint8: return .uint(bits: 8)
            case .uint16: return .uint(bits: 16)
            case .uint32: return .uint(bits: 32)
            case .float32: return .float(bits: 32)
            case .float64: return .float(bits: 64)
            default: return nil
            }
        case .pointer(let element):
            return describe(element, depth: depth + 1).map { .pointer($0) }
        case .slice(let element), .array(let element, _):
            return describe(element, depth: depth + 1).map { .slice($0) }
        case .map(let key, let value):
            // String keys, and keys mapstructure's weak decoding converts from strings.
            switch key.underlying.basicKind {
            case .string?, .int?, .int8?, .int16?, .int32?, .int64?, .uint?, .uint8?, .uint16?, .uint32?, .uint64?, .bool?: break
            default: return nil
            }
            return describe(value, depth: depth + 1).map { .map($0) }
        case .structure(let info):
            return .structure(info.fields.compactMap { field in
                guard field.name != "_", let fieldType = describe(field.type, depth: depth + 1) else { return nil }
                return ConfigFieldType(field.name, tag: mapstructureName(field.tag), fieldType)
            })
        case .interface:
            return .any
        default:
            return nil
        }
    }

    /// The name part of a `mapstructure:"name,opts"` struct tag (json tags are ignored).
    static func mapstructureName(_ tag: String) -> String? {
        guard let range = tag.range(of: "mapstructure:\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        let name = rest[..<end].split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return name.isEmpty ? nil : name
    }
}
