/// Where a decoded plugin configuration lives: a Swift value in tests and checks, a Go value
/// inside the interpreter at run time. The decoder reads the current value (the defaults
/// `CreateConfig` set), merges the options in, and writes the result back.
public protocol PluginConfigStorage {
    func readConfig() -> ConfigValue
    mutating func writeConfig(_ value: ConfigValue) throws
}

/// A configuration held as a plain `ConfigValue`.
public struct ConfigValueStorage: PluginConfigStorage, Sendable, Equatable {
    public var value: ConfigValue

    public init(_ value: ConfigValue) { self.value = value }

    public func readConfig() -> ConfigValue { value }
    public mutating func writeConfig(_ value: ConfigValue) { self.value = value }
}
