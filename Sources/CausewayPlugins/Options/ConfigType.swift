/// The shape of a Go type that plugin options can be decoded into (the type of the value a
/// plugin's `CreateConfig` returns, and of everything inside it).
public indirect enum ConfigType: Sendable, Equatable {
    case string
    /// intN; `bits` is 8, 16, 32 or 64 (`int` is 64 here).
    case int(bits: Int)
    case uint(bits: Int)
    case bool
    case float(bits: Int)
    case slice(ConfigType)
    /// Maps from string keys (the only keys options can have).
    case map(ConfigType)
    case structure([ConfigFieldType])
    case pointer(ConfigType)
    /// `interface{}` / `any`: receives the raw option unchanged.
    case any

    /// The Go zero value of this type.
    public var zeroValue: ConfigValue {
        switch self {
        case .string: return .string("")
        case .int(let bits): return .int(0, bits: bits)
        case .uint(let bits): return .uint(0, bits: bits)
        case .bool: return .bool(false)
        case .float(let bits): return .float(0, bits: bits)
        case .slice(let element): return .slice([], element: element)
        case .map(let value): return .map([:], value: value)
        case .structure(let fields):
            return .structure(fields.map { ConfigField(name: $0.name, tag: $0.tag, value: $0.type.zeroValue) })
        case .pointer(let pointee): return .pointer(nil, to: pointee)
        case .any: return .any(nil)
        }
    }
}

/// A struct field's declaration: its Go name, its `mapstructure` tag name if any, its type.
public struct ConfigFieldType: Sendable, Equatable {
    public var name: String
    public var tag: String?
    public var type: ConfigType

    public init(_ name: String, tag: String? = nil, _ type: ConfigType) {
        self.name = name
        self.tag = tag
        self.type = type
    }
}
