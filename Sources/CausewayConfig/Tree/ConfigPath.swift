/// A key path such as `http.routers.api.priority` or `http.services.s.loadBalancer.servers[0].url`,
/// used to name the place of an error.
public struct ConfigPath: Sendable, Equatable, CustomStringConvertible {
    public private(set) var components: [String]

    public init(_ components: [String] = []) {
        self.components = components
    }

    public func appending(_ key: String) -> ConfigPath {
        ConfigPath(components + [key])
    }

    /// List elements are written `name[index]`, as paerser does.
    public func appending(index: Int) -> ConfigPath {
        guard let last = components.last else { return ConfigPath(["[\(index)]"]) }
        return ConfigPath(components.dropLast() + ["\(last)[\(index)]"])
    }

    public var isEmpty: Bool { components.isEmpty }

    public var description: String { components.joined(separator: ".") }
}
