import CausewayConfig

/// A Go value of a `ConfigType`, carrying its type so the decoder can merge options into it
/// (defaults set by `CreateConfig` are kept where options say nothing).
public indirect enum ConfigValue: Sendable, Equatable {
    case string(String)
    case int(Int64, bits: Int)
    case uint(UInt64, bits: Int)
    case bool(Bool)
    case float(Double, bits: Int)
    case slice([ConfigValue], element: ConfigType)
    case map([String: ConfigValue], value: ConfigType)
    case structure([ConfigField])
    /// nil is a nil pointer; the decoder allocates the pointee when options reach it.
    case pointer(ConfigValue?, to: ConfigType)
    case any(PluginOptionValue?)

    /// Convenience for 64-bit `int`.
    public static func int(_ value: Int64) -> ConfigValue { .int(value, bits: 64) }
    public static func float(_ value: Double) -> ConfigValue { .float(value, bits: 64) }

    /// The field named `name` of a struct (or of the struct a pointer points to).
    public subscript(field name: String) -> ConfigValue? {
        switch self {
        case .structure(let fields): return fields.first { $0.name == name }?.value
        case .pointer(let pointee?, _): return pointee[field: name]
        default: return nil
        }
    }
}

public struct ConfigField: Sendable, Equatable {
    public var name: String
    public var tag: String?
    public var value: ConfigValue

    public init(name: String, tag: String? = nil, value: ConfigValue) {
        self.name = name
        self.tag = tag
        self.value = value
    }
}
