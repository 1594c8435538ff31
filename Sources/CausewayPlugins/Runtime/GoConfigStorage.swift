import CausewayConfig
import GoInterpreter

/// The configuration `CreateConfig` returned, as the option decoder reads and writes it:
/// Go values converted to `ConfigValue`s by their checked type and back, field by field, so
/// fields options cannot reach (funcs, channels) keep their values.
struct GoConfigStorage: PluginConfigStorage {
    var value: GoValue
    let type: GoType
    let table: TypeTable

    func readConfig() -> ConfigValue {
        Self.read(value, type: type) ?? .any(nil)
    }

    mutating func writeConfig(_ config: ConfigValue) throws {
        value = try Self.write(config, type: type, old: value, table: table)
    }

    static func read(_ value: GoValue, type: GoType, depth: Int = 0) -> ConfigValue? {
        guard depth < 32, let described = ConfigTypeDescription.describe(type) else { return nil }
        let underlying = type.underlying
        switch described {
        case .string: return .string(value.stringValue)
        case .int(let bits): return .int(Int64(value.int64Value), bits: bits)
        case .uint(let bits): return .uint(UInt64(bitPattern: Int64(value.int64Value)), bits: bits)
        case .bool: return .bool(value.boolValue)
        case .float(let bits): return .float(value.floatValue, bits: bits)
        case .any: return .any(nil)
        case .slice(let element):
            guard let elementType = underlying.elementType else { return nil }
            let items = (value.elements ?? []).compactMap { read($0, type: elementType, depth: depth + 1) }
            return .slice(items, element: element)
        case .map(let valueType):
            guard let goValueType = underlying.elementType else { return nil }
            let keyType = Self.mapKeyType(underlying)
            var entries: [String: ConfigValue] = [:]
            for entry in value.mapEntries ?? [] {
                entries[Self.keyText(entry.key, keyType)] = read(entry.value, type: goValueType, depth: depth + 1)
            }
            return .map(entries, value: valueType)
        case .pointer(let pointee):
            guard let element = type.pointerElement else { return nil }
            if value.isNil { return .pointer(nil, to: pointee) }
            if element.underlying.structure != nil { return .pointer(read(value, type: element, depth: depth + 1), to: pointee) }
            return .pointer(value.pointee.flatMap { read($0, type: element, depth: depth + 1) }, to: pointee)
        case .structure:
            guard let info = underlying.structure else { return nil }
            var fields: [ConfigField] = []
            for (index, field) in info.fields.enumerated() where field.name != "_" {
                guard let fieldValue = value.field(index), let converted = read(fieldValue, type: field.type, depth: depth + 1) else { continue }
                fields.append(ConfigField(name: field.name, tag: ConfigTypeDescription.mapstructureName(field.tag), value: converted))
            }
            return .structure(fields)
        }
    }

    static func write(_ config: ConfigValue, type: GoType, old: GoValue, table: TypeTable, depth: Int = 0) throws -> GoValue {
        guard depth < 32 else { return old }
        let underlying = type.underlying
        switch config {
        case .string(let text): return .string(text)
        case .int(let number, _): return .int64(number)
        case .uint(let number, _): return .int64(Int64(bitPattern: number))
        case .bool(let flag): return .bool(flag)
        case .float(let number, _): return .float(number)
        case .any(let option): return option.map { anyValue($0, table: table) } ?? old
        case .slice(let items, _):
            guard let elementType = underlying.elementType else { return old }
            let oldItems = old.elements ?? []
            return .slice(try items.enumerated().map { index, item in
                try write(item, type: elementType, old: index < oldItems.count ? oldItems[index] : .nil, table: table, depth: depth + 1)
            })
        case .map(let entries, _):
            guard let valueType = underlying.elementType else { return old }
            let keyType = Self.mapKeyType(underlying)
            return .map(try entries.keys.sorted().map { key in
                let goKey = try Self.keyValue(key, keyType)
                return (goKey, try write(entries[key]!, type: valueType, old: old.mapLookup(goKey) ?? .nil, table: table, depth: depth + 1))
            })
        case .pointer(let pointee, _):
            guard let element = type.pointerElement else { return old }
            guard let pointee else { return .nil }
            if element.underlying.structure != nil {
                return try write(pointee, type: element, old: old, table: table, depth: depth + 1)
            }
            return .pointer(to: try write(pointee, type: element, old: old.pointee ?? .nil, table: table, depth: depth + 1))
        case .structure(let fields):
            guard let info = underlying.structure else { return old }
            var values: [GoValue] = old.fields ?? info.fields.map { _ in GoValue.nil }
            var inline: [Int] = []
            for (index, field) in info.fields.enumerated() {
                if field.type.underlying.structure != nil { inline.append(index) }
                guard let decoded = fields.first(where: { $0.name == field.name }) else { continue }
                values[index] = try write(decoded.value, type: field.type, old: index < values.count ? values[index] : .nil, table: table, depth: depth + 1)
            }
            if !old.isNil, old.fields != nil {
                for (index, value) in values.enumerated() { old.setField(index, value) }
                return old
            }
            return .structure(values, inline: inline)
        }
    }

    /// The key type of a map type.
    static func mapKeyType(_ mapType: GoType) -> BasicKind {
        if case .map(let key, _) = mapType.kind { return key.underlying.basicKind ?? .string }
        return .string
    }

    static func keyText(_ key: GoValue, _ kind: BasicKind) -> String {
        switch kind {
        case .string: return key.stringValue
        case .bool: return key.boolValue ? "true" : "false"
        case .uint, .uint8, .uint16, .uint32, .uint64: return String(UInt64(bitPattern: key.int64Value))
        default: return String(key.int64Value)
        }
    }

    /// A map key from its option text, converted as mapstructure's weak decoding does.
    static func keyValue(_ text: String, _ kind: BasicKind) throws -> GoValue {
        switch kind {
        case .string: return .string(text)
        case .bool:
            switch text.lowercased() {
            case "1", "t", "true": return .bool(true)
            case "0", "f", "false", "": return .bool(false)
            default: throw PluginOptionDecodingError(message: "plugin: failed to decode configuration: cannot parse map key '\(text)' as bool")
            }
        case .uint, .uint8, .uint16, .uint32, .uint64:
            guard let value = UInt64(text) else { throw PluginOptionDecodingError(message: "plugin: failed to decode configuration: cannot parse map key '\(text)' as uint") }
            return .int64(Int64(bitPattern: value))
        default:
            guard let value = Int64(text) else { throw PluginOptionDecodingError(message: "plugin: failed to decode configuration: cannot parse map key '\(text)' as int") }
            return .int64(value)
        }
    }

    /// A raw option stored in an `interface{}` field: strings, numbers, bools, []any, map[string]any.
    static func anyValue(_ option: PluginOptionValue, table: TypeTable) -> GoValue {
        switch option {
        case .string(let text): return .interface(.string(text), type: .string)
        case .int(let number): return .interface(.int64(number), type: .int)
        case .float(let number): return .interface(.float(number), type: .float64)
        case .bool(let flag): return .interface(.bool(flag), type: .bool)
        case .list(let items): return .interface(.slice(items.map { anyValue($0, table: table) }), type: table.slice(of: .any))
        case .map(let entries):
            return .interface(.map(entries.keys.sorted().map { (GoValue.string($0), anyValue(entries[$0]!, table: table)) }),
                              type: table.map(key: .string, value: .any))
        }
    }
}
