/// What the matchers read from a request. The proxy engine builds one per request from values
/// it computes once (`CanonicalHost`, `RoutingPath`), so matching does no further string work.
///
/// Headers are reached through a protocol existential: the engine wraps its own header storage
/// (e.g. NIO's `HTTPHeaders`, two words) in a small adapter that fits the existential's inline
/// buffer, so nothing is copied or heap-allocated. A concrete (non-generic) request type keeps
/// the matching code fully specialised inside this module.
public struct RoutingRequest {
    /// Request method as received (compared case-sensitively, like Go).
    public var method: String
    /// Canonical host: see `CanonicalHost.make(fromHostHeader:)`. Empty when the request has none.
    public var host: String
    /// Routing path: see `RoutingPath.make(fromEscapedPath:)`.
    public var path: String
    /// Raw query string without the leading `?`; parsed only when a Query matcher runs.
    public var rawQuery: Substring
    public var headers: any RoutingHeaderFields
    /// The TCP peer address (after PROXY-protocol decoding), never a forwarded header.
    public var clientIP: IPAddress?

    public init(
        method: String, host: String, path: String, rawQuery: Substring = "",
        headers: any RoutingHeaderFields, clientIP: IPAddress? = nil
    ) {
        self.method = method
        self.host = host
        self.path = path
        self.rawQuery = rawQuery
        self.headers = headers
        self.clientIP = clientIP
    }
}

extension RoutingRequest {
    /// Builds the view from raw request parts in one call: the `Host` header (or `:authority`),
    /// the request target as received (`/path?query`, or absolute form), the header storage and
    /// the peer address. Throws for a malformed `%` escape in the path (answer 400).
    public init(
        method: String, hostHeader: Substring?, requestTarget: Substring,
        headers: any RoutingHeaderFields, clientIP: IPAddress?
    ) throws(MalformedPercentEncoding) {
        let (escapedPath, rawQuery) = RoutingPath.split(requestTarget: requestTarget)
        self.init(
            method: method,
            host: CanonicalHost.make(fromHostHeader: hostHeader),
            path: try RoutingPath.make(fromEscapedPath: escapedPath),
            rawQuery: rawQuery, headers: headers, clientIP: clientIP)
    }
}
