/// Why a middleware could not be built from its options; the middleware and the routers using
/// it are disabled with this text.
public struct MiddlewareBuildError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
