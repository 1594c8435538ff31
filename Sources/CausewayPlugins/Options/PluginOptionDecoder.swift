import CausewayConfig

/// Decodes a plugin's raw options (stage A values) into its configuration the way Traefik's
/// mapstructure setup does (stage B, §2.6.2 of the compatibility notes): weakly typed input,
/// a string→slice hook splitting on `,`, case-insensitive field names with `mapstructure` tags
/// only (`json` tags ignored), unknown keys ignored, defaults kept, errors collected and sorted.
public struct PluginOptionDecoder: Sendable {
    public init() {}

    /// Decodes `options` into the configuration held by `storage`. Empty options leave it as
    /// `CreateConfig` made it (Traefik skips decoding entirely then).
    public func decode(_ options: [String: PluginOptionValue], into storage: inout some PluginConfigStorage) throws {
        if options.isEmpty { return }
        let current = storage.readConfig()
        guard case .pointer = current else {
            throw PluginOptionDecodingError(message: "plugin: failed to create configuration decoder: result must be a pointer")
        }
        var errors: [String] = []
        let decoded = decode(.map(options), into: current, name: "", errors: &errors)
        if !errors.isEmpty {
            let list = errors.sorted().map { "* " + $0 }.joined(separator: "\n")
            throw PluginOptionDecodingError(
                message: "plugin: failed to decode configuration: \(errors.count) error(s) decoding:\n\n\(list)")
        }
        try storage.writeConfig(decoded)
    }

    /// Decodes one value; on error the current value is kept and a message appended.
    func decode(_ input: PluginOptionValue, into current: ConfigValue, name: String, errors: inout [String]) -> ConfigValue {
        switch current {
        case .string:
            switch input {
            case .string(let text): return .string(text)
            case .bool(let flag): return .string(flag ? "1" : "0")
            case .int(let value): return .string(String(value))
            case .float(let value): return .string(GoScalarParsing.formatFloat(value))
            case .list, .map:
                errors.append("'\(name)' expected type 'string', got unconvertible type '\(input.goTypeName)', value: '\(input.goDescription)'")
                return current
            }
        case .int(_, let bits):
            let result: Result<Int64, GoParseError>
            switch input {
            case .string(let text): result = text.isEmpty ? .success(0) : GoScalarParsing.parseInt(text, bits: bits)
            case .int(let value): result = .success(value)
            case .float(let value): result = .success(Int64(exactly: value.rounded(.towardZero)) ?? 0)
            case .bool(let flag): result = .success(flag ? 1 : 0)
            case .list, .map:
                return unconvertible(input, current, name: name, type: bits == 64 ? "int" : "int\(bits)", errors: &errors)
            }
            switch result {
            case .success(let value): return .int(Self.truncate(value, bits: bits), bits: bits)
            case .failure(let failure):
                errors.append("cannot parse '\(name)' as int: \(failure.message)")
                return current
            }
        case .uint(_, let bits):
            let result: Result<UInt64, GoParseError>
            switch input {
            case .string(let text): result = text.isEmpty ? .success(0) : GoScalarParsing.parseUint(text, bits: bits)
            case .int(let value): result = .success(UInt64(bitPattern: value)) // negative numbers wrap
            case .float(let value): result = .success(UInt64(bitPattern: Int64(exactly: value.rounded(.towardZero)) ?? 0))
            case .bool(let flag): result = .success(flag ? 1 : 0)
            case .list, .map:
                return unconvertible(input, current, name: name, type: bits == 64 ? "uint" : "uint\(bits)", errors: &errors)
            }
            switch result {
            case .success(let value): return .uint(bits == 64 ? value : value & ((1 << UInt64(bits)) - 1), bits: bits)
            case .failure(let failure):
                errors.append("cannot parse '\(name)' as uint: \(failure.message)")
                return current
            }
        case .bool:
            switch input {
            case .bool(let flag): return .bool(flag)
            case .int(let value): return .bool(value != 0)
            case .float(let value): return .bool(value != 0)
            case .string(let text):
                if text.isEmpty { return .bool(false) }
                switch GoScalarParsing.parseBool(text) {
                case .success(let flag): return .bool(flag)
                case .failure(let failure):
                    errors.append("cannot parse '\(name)' as bool: \(failure.message)")
                    return current
                }
            case .list, .map:
                return unconvertible(input, current, name: name, type: "bool", errors: &errors)
            }
        case .float(_, let bits):
            switch input {
            case .float(let value): return .float(value, bits: bits)
            case .int(let value): return .float(Double(value), bits: bits)
            case .bool(let flag): return .float(flag ? 1 : 0, bits: bits)
            case .string(let text):
                if text.isEmpty { return .float(0, bits: bits) }
                switch GoScalarParsing.parseFloat(text) {
                case .success(let value): return .float(bits == 32 ? Double(Float(value)) : value, bits: bits)
                case .failure(let failure):
                    errors.append("cannot parse '\(name)' as float: \(failure.message)")
                    return current
                }
            case .list, .map:
                return unconvertible(input, current, name: name, type: "float\(bits)", errors: &errors)
            }
        case .slice(let existing, let element):
            return decodeSlice(input, existing: existing, element: element, current: current, name: name, errors: &errors)
        case .map(let existing, let valueType):
            return decodeMap(input, existing: existing, valueType: valueType, current: current, name: name, errors: &errors)
        case .structure(let fields):
            guard case .map(let entries) = input else {
                errors.append("'\(name)' expected a map, got '\(input.goKindName)'")
                return current
            }
            return .structure(fields.map { field in
                guard let value = Self.lookup(Self.key(of: field), in: entries) else { return field }
                var decoded = field
                decoded.value = decode(value, into: field.value, name: name.isEmpty ? field.name : name + "." + field.name, errors: &errors)
                return decoded
            })
        case .pointer(let pointee, let type):
            return .pointer(decode(input, into: pointee ?? type.zeroValue, name: name, errors: &errors), to: type)
        case .any:
            return .any(input)
        }
    }

    private func decodeSlice(_ input: PluginOptionValue, existing: [ConfigValue], element: ConfigType,
                             current: ConfigValue, name: String, errors: inout [String]) -> ConfigValue {
        let items: [PluginOptionValue]
        switch input {
        case .list(let list): items = list
        // The string-to-slice hook: "a,b" → [a b], "" → [].
        case .string(let text): items = text.isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false).map { .string(String($0)) }
        case .map(let entries) where entries.isEmpty: items = []
        case .map:
            errors.append("'\(name)': source data must be an array or slice, got map")
            return current
        // Weak typing: a lone scalar becomes a one-element slice.
        case .int, .float, .bool: items = [input]
        }
        // The existing slice is reused element by element and cut to the new length.
        let decoded = items.enumerated().map { index, item in
            decode(item, into: index < existing.count ? existing[index] : element.zeroValue, name: "\(name)[\(index)]", errors: &errors)
        }
        return .slice(decoded, element: element)
    }

    private func decodeMap(_ input: PluginOptionValue, existing: [String: ConfigValue], valueType: ConfigType,
                           current: ConfigValue, name: String, errors: inout [String]) -> ConfigValue {
        var merged = existing
        func mergeIn(_ entries: [String: PluginOptionValue]) {
            for key in entries.keys.sorted() {
                // Each key is decoded into a fresh value, replacing any default for that key.
                merged[key] = decode(entries[key]!, into: valueType.zeroValue, name: "\(name)[\(key)]", errors: &errors)
            }
        }
        switch input {
        case .map(let entries): mergeIn(entries)
        case .list(let items):
            // A list of maps is merged into one map.
            for item in items {
                guard case .map(let entries) = item else {
                    errors.append("'\(name)' expected a map, got '\(item.goKindName)'")
                    return current
                }
                mergeIn(entries)
            }
        default:
            errors.append("'\(name)' expected a map, got '\(input.goKindName)'")
            return current
        }
        return .map(merged, value: valueType)
    }

    private func unconvertible(_ input: PluginOptionValue, _ current: ConfigValue, name: String, type: String, errors: inout [String]) -> ConfigValue {
        errors.append("'\(name)' expected type '\(type)', got unconvertible type '\(input.goTypeName)', value: '\(input.goDescription)'")
        return current
    }

    /// The option key a field answers to: its `mapstructure` tag, else its Go name. Fields of
    /// interpreted structs that are unexported are seen by Traefik with an `X` prefix (Yaegi).
    static func key(of field: ConfigField) -> String {
        if let tag = field.tag, !tag.isEmpty { return tag }
        guard let first = field.name.first, first.isLowercase || first == "_" else { return field.name }
        return "X" + field.name
    }

    /// Exact key first, then a case-insensitive match (mapstructure's default MatchName).
    static func lookup(_ key: String, in entries: [String: PluginOptionValue]) -> PluginOptionValue? {
        if let exact = entries[key] { return exact }
        let lowered = key.lowercased()
        return entries.keys.sorted().first { $0.lowercased() == lowered }.flatMap { entries[$0] }
    }

    static func truncate(_ value: Int64, bits: Int) -> Int64 {
        switch bits {
        case 8: return Int64(Int8(truncatingIfNeeded: value))
        case 16: return Int64(Int16(truncatingIfNeeded: value))
        case 32: return Int64(Int32(truncatingIfNeeded: value))
        default: return value
        }
    }
}

public struct PluginOptionDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

extension PluginOptionValue {
    /// Go's reflect kind name of the value as mapstructure sees it.
    var goKindName: String {
        switch self {
        case .string: return "string"
        case .int: return "int64"
        case .float: return "float64"
        case .bool: return "bool"
        case .list: return "slice"
        case .map: return "map"
        }
    }

    /// Go's `%T` of the value.
    var goTypeName: String {
        switch self {
        case .list: return "[]interface {}"
        case .map: return "map[string]interface {}"
        default: return goKindName
        }
    }

    /// Go's `%v` of the value.
    var goDescription: String {
        switch self {
        case .string(let text): return text
        case .int(let value): return String(value)
        case .float(let value): return GoScalarParsing.formatFloat(value)
        case .bool(let flag): return flag ? "true" : "false"
        case .list(let items): return "[" + items.map(\.goDescription).joined(separator: " ") + "]"
        case .map(let entries):
            return "map[" + entries.keys.sorted().map { "\($0):\(entries[$0]!.goDescription)" }.joined(separator: " ") + "]"
        }
    }
}
