import NIOCore
import NIOHTTP1

/// Where the router table sends a request.
public struct RouteTarget: Sendable {
    public let routerName: String
    public let service: HTTPService
    /// Built-in middlewares in order (chains expanded); empty for most routers.
    public let middlewares: [any RequestMiddleware]
    /// Handler (plugin) middlewares placed between the inline ones; empty for most routers.
    public let handlers: [HandlerStage]

    public init(routerName: String, service: HTTPService, middlewares: [any RequestMiddleware] = [], handlers: [HandlerStage] = []) {
        self.routerName = routerName
        self.service = service
        self.middlewares = middlewares
        self.handlers = handlers
    }
}

public enum RouteDecision: Sendable {
    case matched(RouteTarget)
    case notFound
    /// The request cannot be routed at all (e.g. a malformed percent-escape in its path).
    case badRequest
}

/// Finds the router for a request on one entry point. Implemented by the runtime snapshot over
/// the indexed router table; a protocol so the proxy engine can be exercised on its own.
public protocol RouteResolver: Sendable {
    func resolve(entryPoint: String, head: HTTPRequestHead, peer: SocketAddress?) -> RouteDecision
}
