import CausewayConfig
import NIOCore
import NIOHTTP1

/// A middleware in Go's `http.Handler` shape (Traefik plugins): it receives the whole request,
/// decides whether and how to call the rest of the chain (`HandlerExchange.forward`), and writes
/// the response itself. It runs off the event loop, so the proxy hands it a buffered request
/// and it answers through the exchange, which hops back to the connection's event loop.
public protocol HandlerMiddleware: Sendable {
    func serve(_ exchange: HandlerExchange)
}

/// Instantiates `plugin` middlewares while a configuration is built (the plugin host
/// implements it; the engine knows nothing of Go).
public protocol HandlerMiddlewareBuilder: Sendable {
    /// Builds middleware `name` (its `plugin.<alias>` options) for `router`. Traefik calls a
    /// plugin's `New` once per router, so this is called once per (middleware, router).
    func makeMiddleware(
        name: String, alias: String, options: [String: PluginOptionValue], router: String
    ) throws(MiddlewareBuildError) -> any HandlerMiddleware

    /// The configuration built since the last call now serves: middlewares of the one it
    /// replaced may be released (a plugin's context is cancelled then).
    func configurationApplied()

    /// Whether the sources behind the middlewares should be watched (plugin dev mode).
    var watchesSources: Bool { get }
    /// Whether sources changed since they were loaded: the last configuration is then rebuilt.
    func sourcesChanged() -> Bool
}

extension HandlerMiddlewareBuilder {
    public var watchesSources: Bool { false }
    public func sourcesChanged() -> Bool { false }
}

/// A handler middleware's place in a route: after `position` inline middlewares.
public struct HandlerStage: Sendable {
    public let name: String
    public let position: Int
    public let middleware: any HandlerMiddleware

    public init(name: String, position: Int, middleware: any HandlerMiddleware) {
        self.name = name
        self.position = position
        self.middleware = middleware
    }
}

/// The request as a handler middleware receives it (the body read in full).
public struct HandlerRequest: Sendable {
    public var method: HTTPMethod
    /// Request target as received (`/path?query`).
    public var uri: String
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    public var body: ByteBuffer?
    /// The client's `ip:port`.
    public var remoteAddress: String
    public var isTLS: Bool

    public init(method: HTTPMethod, uri: String, version: HTTPVersion, headers: HTTPHeaders, body: ByteBuffer?,
                remoteAddress: String, isTLS: Bool) {
        self.method = method
        self.uri = uri
        self.version = version
        self.headers = headers
        self.body = body
        self.remoteAddress = remoteAddress
        self.isTLS = isTLS
    }
}

/// What the rest of a chain answered, in full, for a handler middleware to write (or rewrite).
public struct CapturedResponse: Sendable {
    public var status: HTTPResponseStatus
    public var headers: HTTPHeaders
    public var body: ByteBuffer

    public init(status: HTTPResponseStatus, headers: HTTPHeaders, body: ByteBuffer) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// How a response streamed through a handler's writer ended (`HandlerExchange.forwardStreaming`).
public struct StreamedResponse: Sendable {
    public var status: HTTPResponseStatus
    /// The upstream's headers (after hop-by-hop removal).
    public var headers: HTTPHeaders
    /// The client response is already complete (its length was fixed): later writes are refused.
    public var ended: Bool

    public init(status: HTTPResponseStatus, headers: HTTPHeaders, ended: Bool) {
        self.status = status
        self.headers = headers
        self.ended = ended
    }
}
