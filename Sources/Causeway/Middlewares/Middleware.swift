import NIOHTTP1

/// A built-in middleware: runs on the event loop before the request goes upstream and may
/// rewrite it, answer it, or edit the response head on the way back. Built once per
/// configuration; holds no per-request state.
public protocol RequestMiddleware: Sendable {
    func handleRequest(_ request: inout MiddlewareRequest) -> MiddlewareOutcome
    /// Edits the upstream's response head (called in reverse chain order).
    func handleResponse(_ head: inout HTTPResponseHead)
}

extension RequestMiddleware {
    public func handleResponse(_ head: inout HTTPResponseHead) {}
}

/// The request as middlewares see it.
public struct MiddlewareRequest {
    public var head: HTTPRequestHead
    /// The TCP peer address (never a forwarded header).
    public let clientIP: String?
    public let isTLS: Bool

    /// The path part of the request target.
    public var path: Substring {
        let uri = head.uri[...]
        return uri[..<(uri.firstIndex(of: "?") ?? uri.endIndex)]
    }

    /// `?query` including the question mark, or empty.
    public var querySuffix: Substring {
        let uri = head.uri[...]
        return uri[(uri.firstIndex(of: "?") ?? uri.endIndex)...]
    }

    public mutating func setPath(_ path: some StringProtocol) {
        head.uri = String(path) + querySuffix
    }
}

public enum MiddlewareOutcome {
    case next
    case respond(LocalResponse)
}

/// A response made by the gateway itself (redirects, refusals).
public struct LocalResponse: Sendable {
    public var status: HTTPResponseStatus
    public var headers: HTTPHeaders
    public var body: String

    public init(status: HTTPResponseStatus, headers: HTTPHeaders = [:], body: String) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
