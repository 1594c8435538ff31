import Logging
import NIOCore
import NIOHTTP1

/// What every client connection of one entry point shares.
struct ProxyEnvironment: Sendable {
    let entryPoint: String
    /// Closes keep-alive connections that carry no request for this long (zero: never).
    let idleTimeout: TimeAmount
    /// Closes a connection whose current request (head and body) takes longer than this to
    /// arrive (zero: never), as Go's `ReadTimeout` does.
    let readTimeout: TimeAmount
    let resolver: @Sendable () -> any RouteResolver
    let forwarded: ForwardedHeadersPolicy
    let isTLS: Bool
    let logger: Logger
}

/// Serves one client connection: routes each request, leases an upstream connection from the
/// event loop's pool and streams both bodies through with back-pressure in each direction.
///
/// It serves one request at a time: a request pipelined behind the current one is queued and
/// client reads are held until the exchange ends. Reads are not held otherwise, because
/// re-arming socket interest costs a system call per request (which is why this handler, not
/// NIO's `HTTPServerPipelineHandler`, does the pipelining and quiescing).
final class ProxyHandler: ChannelDuplexHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    /// One request/response pair in flight.
    final class Exchange {
        let clientHead: HTTPRequestHead
        let upstreamHead: HTTPRequestHead
        let target: UpstreamTarget
        let keepAlive: Bool
        /// Body parts decoded before the upstream connection was ready (the head is written
        /// from `upstreamHead` on attach). Empty in the common case, so nothing is allocated.
        var pending: [HTTPClientRequestPart] = []
        var upstream: UpstreamConnection?
        var reused = false
        var retried = false
        var requestBodySent = false
        var requestEnded = false
        var responseStarted = false
        var headerTimer: Scheduled<Void>?
        /// Edit the response head on the way back, last middleware first.
        let middlewares: [any RequestMiddleware]
        /// Set when a handler middleware forwarded: the response is gathered for it instead of
        /// going to the client.
        var capture: UpstreamCapture?

        init(
            clientHead: HTTPRequestHead, upstreamHead: HTTPRequestHead, target: UpstreamTarget, keepAlive: Bool,
            middlewares: [any RequestMiddleware]
        ) {
            self.clientHead = clientHead
            self.upstreamHead = upstreamHead
            self.target = target
            self.keepAlive = keepAlive
            self.middlewares = middlewares
        }
    }

    enum State {
        case idle
        case proxying(Exchange)
        /// Reading the request body in full for a route with handler middlewares.
        case collecting(HandlerFlow)
        /// Handler middlewares are working on the request (no upstream exchange right now).
        case handling(HandlerFlow)
        /// The response is written (answered locally, or the upstream finished before the client
        /// did); the rest of the request body is read and dropped, then the connection is closed
        /// once `written` completes unless it is kept alive.
        case draining(keepAlive: Bool, written: EventLoopFuture<Void>)
    }

    let environment: ProxyEnvironment
    let pool: UpstreamConnectionPool
    var state: State = .idle
    private(set) var context: ChannelHandlerContext?
    private var clientReadsPaused = false
    private var pendingClientRead = false
    private var upstreamNeedsFlush = false
    /// Parts of requests pipelined behind the one in progress.
    private var queued: [HTTPServerRequestPart] = []
    /// Shutdown asked this connection to finish its current exchange and close.
    private(set) var quiescing = false
    /// When the last exchange ended, and when the current request started: the watchdog
    /// closes the connection after `idleTimeout` or `readTimeout`. One timer per connection,
    /// re-armed lazily from these timestamps, rather than one per request.
    private var lastActivity = NIODeadline.now()
    private var requestStarted = NIODeadline.now()
    private var requestBeingRead = false
    private var watchdog: Scheduled<Void>?

    init(environment: ProxyEnvironment, pool: UpstreamConnectionPool) {
        self.environment = environment
        self.pool = pool
    }

    // MARK: - Client side

    /// The client's address, read once per connection (the channel takes a lock to answer).
    private(set) var peer: SocketAddress?
    private(set) var clientIP: String?
    /// `ip:port` of the client, for handler middlewares (`Request.RemoteAddr`).
    var peerText: String?

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        peer = context.channel.remoteAddress
        clientIP = peer?.ipString
    }
    func handlerRemoved(context: ChannelHandlerContext) {
        watchdog?.cancel()
        watchdog = nil
        self.context = nil
    }

    func channelActive(context: ChannelHandlerContext) {
        armWatchdog(context: context)
        context.fireChannelActive()
    }

    private var watchdogInterval: TimeAmount? {
        switch (environment.idleTimeout > .zero, environment.readTimeout > .zero) {
        case (true, true): return min(environment.idleTimeout, environment.readTimeout)
        case (true, false): return environment.idleTimeout
        case (false, true): return environment.readTimeout
        case (false, false): return nil
        }
    }

    private func armWatchdog(in delay: TimeAmount? = nil, context: ChannelHandlerContext) {
        guard let interval = watchdogInterval else { return }
        watchdog = context.eventLoop.assumeIsolated().scheduleTask(in: delay ?? interval) { [self] in
            watchdog = nil
            guard let context = self.context else { return }
            let now = NIODeadline.now()
            if environment.idleTimeout > .zero, case .idle = state, queued.isEmpty,
               now - lastActivity >= environment.idleTimeout {
                context.close(promise: nil)
                return
            }
            if environment.readTimeout > .zero, requestBeingRead, now - requestStarted >= environment.readTimeout {
                environment.logger.debug("request read timeout", metadata: ["entryPoint": "\(environment.entryPoint)"])
                context.close(promise: nil)
                return
            }
            armWatchdog(context: context)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if !queued.isEmpty || !canProcess(part) {
            queued.append(part)
            pauseClientReads()
            return
        }
        process(part, context: context)
    }

    /// A new request can start only when the previous exchange is over.
    private func canProcess(_ part: HTTPServerRequestPart) -> Bool {
        if case .head = part, case .idle = state { return true }
        if case .head = part { return false }
        return true
    }

    private func process(_ part: HTTPServerRequestPart, context: ChannelHandlerContext) {
        switch part {
        case .head(let head):
            requestStarted = .now()
            requestBeingRead = true
            startExchange(head, context: context)
        case .body(let body):
            switch state {
            case .proxying(let exchange):
                if exchange.capture == nil { forward(.body(.byteBuffer(body)), exchange: exchange) }
            case .collecting(let flow):
                collect(body, into: flow, context: context)
            case .idle, .draining, .handling:
                break
            }
        case .end(let trailers):
            requestBeingRead = false
            switch state {
            case .proxying(let exchange):
                guard exchange.capture == nil else { break }
                exchange.requestEnded = true
                forward(.end(trailers), exchange: exchange)
                if exchange.upstream != nil { armHeaderTimer(exchange) }
            case .draining(let keepAlive, let written):
                exchangeEnded(keepAlive: keepAlive, written: written, context: context)
            case .collecting(let flow):
                requestCollected(flow)
            case .idle, .handling:
                break
            }
        }
    }

    /// The response is written and the request fully read: close, or serve what is queued.
    func exchangeEnded(keepAlive: Bool, written: EventLoopFuture<Void>, context: ChannelHandlerContext) {
        state = .idle
        lastActivity = .now()
        if !keepAlive || quiescing {
            queued.removeAll()
            closeWhenWritten(written, context: context)
            return
        }
        while let part = queued.first, canProcess(part) {
            queued.removeFirst()
            process(part, context: context)
        }
        if queued.isEmpty { resumeClientReads() }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if upstreamNeedsFlush, case .proxying(let exchange) = state, let upstream = exchange.upstream {
            upstreamNeedsFlush = false
            pool.flusher.flushSoon(upstream.channel)
        }
        context.fireChannelReadComplete()
    }

    func channelInactive(context: ChannelHandlerContext) {
        switch state {
        case .collecting(let flow), .handling(let flow): flow.cancelled = true
        case .proxying(let exchange): exchange.capture?.flow.cancelled = true
        default: break
        }
        if case .proxying(let exchange) = state {
            // The client went away mid-exchange: the upstream connection is in an unknown state.
            exchange.headerTimer?.cancel()
            if let upstream = exchange.upstream {
                upstream.handler.sink = nil
                upstream.channel.close(promise: nil)
            }
        }
        state = .idle
        context.fireChannelInactive()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if case .proxying(let exchange) = state, exchange.capture?.sink.streamsToClient ?? true, let upstream = exchange.upstream {
            if context.channel.isWritable { upstream.handler.resumeReads() } else { upstream.handler.pauseReads() }
        }
        context.fireChannelWritabilityChanged()
    }

    func read(context: ChannelHandlerContext) {
        if clientReadsPaused { pendingClientRead = true } else { context.read() }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case is ChannelShouldQuiesceEvent:
            quiescing = true
            if case .idle = state, queued.isEmpty { context.close(promise: nil) }
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        if error is HTTPParserError, !responseInProgress {
            // A request we cannot parse: say so, then close (the decoder cannot resynchronise).
            if case .proxying(let exchange) = state, let upstream = exchange.upstream {
                upstream.handler.sink = nil
                upstream.channel.close(promise: nil)
            }
            state = .idle
            queued.removeAll()
            let written = writeLocalResponse(.badRequest, body: "400 Bad Request\n", keepAlive: false, context: context)
            closeWhenWritten(written, context: context)
            return
        }
        environment.logger.debug("client connection error", metadata: ["error": "\(error)"])
        context.close(promise: nil)
    }

    /// A response head has gone out and its end has not: nothing else may be written.
    private var responseInProgress: Bool {
        if case .proxying(let exchange) = state { return exchange.responseStarted && exchange.capture == nil }
        if case .handling = state { return true }
        return false
    }

    private func pauseClientReads() { clientReadsPaused = true }

    private func resumeClientReads() {
        guard clientReadsPaused else { return }
        clientReadsPaused = false
        if pendingClientRead {
            pendingClientRead = false
            context?.read()
        }
    }

    // MARK: - Starting an exchange

    private func startExchange(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        let keepAlive = head.isKeepAlive
        switch environment.resolver().resolve(entryPoint: environment.entryPoint, head: head, peer: peer) {
        case .notFound:
            respondLocally(.notFound, body: "404 page not found\n", keepAlive: keepAlive, context: context)
        case .badRequest:
            respondLocally(.badRequest, body: "400 Bad Request\n", keepAlive: false, context: context)
        case .matched(let route):
            var head = head
            let framing = prepareForwarding(&head)
            if !route.handlers.isEmpty {
                startHandlerFlow(route, head: head, needsHost: framing.needsHost, keepAlive: keepAlive)
                return
            }
            if !route.middlewares.isEmpty {
                var request = MiddlewareRequest(head: head, clientIP: clientIP, isTLS: environment.isTLS)
                for middleware in route.middlewares {
                    if case .respond(let response) = middleware.handleRequest(&request) {
                        respondLocally(response, keepAlive: keepAlive, context: context)
                        return
                    }
                }
                head = request.head
            }
            guard let target = route.service.pickTarget() else {
                if route.service.isNoop {
                    respondLocally(LocalResponse(status: .ok, body: ""), keepAlive: keepAlive, context: context)
                } else {
                    respondLocally(.serviceUnavailable, body: "no available server", keepAlive: keepAlive, context: context)
                }
                return
            }
            let upstreamHead = makeUpstreamHead(head, target: target, chunked: framing.chunked, needsHost: framing.needsHost)
            let exchange = Exchange(
                clientHead: head, upstreamHead: upstreamHead, target: target, keepAlive: keepAlive,
                middlewares: route.middlewares
            )
            state = .proxying(exchange)
            connect(exchange)
        }
    }

    func connect(_ exchange: Exchange) {
        pool.acquire(exchange.target) { [self] result in
            guard case .proxying(let current) = state, current === exchange else {
                // The client left (or the exchange ended) while connecting.
                if case .success(let leased) = result { pool.release(leased.connection, transport: exchange.target.transport) }
                return
            }
            switch result {
            case .success(let leased):
                attach(leased.connection, reused: leased.reused, to: exchange)
            case .failure(let error):
                failBeforeResponse(exchange, error: error)
            }
        }
        // A pooled connection is attached synchronously; only while a new one is being dialled
        // are client reads held, so the body has somewhere to go.
        if case .proxying(let current) = state, current === exchange, exchange.upstream == nil {
            pauseClientReads()
        }
    }

    private func attach(_ connection: UpstreamConnection, reused: Bool, to exchange: Exchange) {
        exchange.upstream = connection
        exchange.reused = reused
        connection.handler.sink = self
        if let context, !context.channel.isWritable { connection.handler.pauseReads() } else { connection.handler.resumeReads() }
        connection.channel.write(HTTPClientRequestPart.head(exchange.upstreamHead), promise: nil)
        for part in exchange.pending {
            if case .body = part { exchange.requestBodySent = true }
            connection.channel.write(part, promise: nil)
        }
        exchange.pending.removeAll()
        pool.flusher.flushSoon(connection.channel)
        if exchange.requestEnded { armHeaderTimer(exchange) }
        if connection.channel.isWritable { resumeClientReads() }
    }

    private func forward(_ part: HTTPClientRequestPart, exchange: Exchange) {
        guard let upstream = exchange.upstream else {
            exchange.pending.append(part)
            return
        }
        if case .body = part { exchange.requestBodySent = true }
        upstream.channel.write(part, promise: nil)
        upstreamNeedsFlush = true
    }

    private func armHeaderTimer(_ exchange: Exchange) {
        guard let timeout = exchange.target.transport.responseHeaderTimeout, !exchange.responseStarted,
              exchange.headerTimer == nil, let loop = context?.eventLoop else { return }
        // Strong captures: the task is cancelled whenever the exchange ends, which releases them.
        exchange.headerTimer = loop.assumeIsolated().scheduleTask(in: timeout) { [self] in
            guard case .proxying(let current) = state, current === exchange, !exchange.responseStarted else { return }
            failBeforeResponse(exchange, error: UpstreamError.responseHeaderTimeout)
        }
    }

    /// Builds the request sent upstream: same method and target, hop-by-hop headers removed,
    /// forwarding headers set, `Host` kept unless `passHostHeader` is false.
    /// Entry-point processing, before any middleware (as Traefik's forwarded-headers handler
    /// wraps the router): hop-by-hop headers out, `X-Forwarded-*` set or sanitised, a missing
    /// HTTP/1.0 Host noted. Also records whether the client framed the body as chunked.
    private func prepareForwarding(_ head: inout HTTPRequestHead) -> (chunked: Bool, needsHost: Bool) {
        let chunked = head.headers.first(name: "transfer-encoding")
            .map { $0.utf8.count >= 7 && $0.lowercased().hasSuffix("chunked") } ?? false
        HopByHopHeaders.strip(&head.headers, keepTrailersTE: true)
        // HTTP/1.0 clients may omit Host; upstreams speaking 1.1 require one.
        let needsHost = !head.headers.contains(name: "host") && head.version.major == 1 && head.version.minor == 0
        environment.forwarded.apply(to: &head.headers, clientIP: clientIP, isTLS: environment.isTLS)
        return (chunked, needsHost)
    }

    /// The request sent upstream: the prepared head with the server's Host when
    /// `passHostHeader` is false (or the client sent none), the server URL's path with
    /// `preservePath`, the client's body framing, HTTP/1.1.
    func makeUpstreamHead(
        _ head: HTTPRequestHead, target: UpstreamTarget, chunked: Bool, needsHost: Bool
    ) -> HTTPRequestHead {
        var headers = head.headers
        ForwardedHeadersPolicy.appendForwardedFor(to: &headers, clientIP: clientIP)
        if !target.passHostHeader || needsHost {
            headers.replaceOrAdd(name: "Host", value: target.server.hostHeader)
        }
        if chunked && !headers.contains(name: "content-length") {
            headers.add(name: "Transfer-Encoding", value: "chunked")
        }
        var uri = head.uri
        if !target.server.pathPrefix.isEmpty {
            uri = Self.join(prefix: target.server.pathPrefix, uri: uri)
        }
        return HTTPRequestHead(version: .http1_1, method: head.method, uri: uri, headers: headers)
    }

    private static func join(prefix: String, uri: String) -> String {
        if prefix.hasSuffix("/") && uri.hasPrefix("/") { return prefix + uri.dropFirst() }
        if !prefix.hasSuffix("/") && !uri.hasPrefix("/") { return prefix + "/" + uri }
        return prefix + uri
    }

    // MARK: - Upstream side (called by the leased connection's UpstreamResponseHandler)

    func upstreamReceived(_ part: HTTPClientResponsePart) {
        guard let context, case .proxying(let exchange) = state else { return }
        if let capture = exchange.capture {
            captureReceived(part, exchange: exchange, capture: capture)
            return
        }
        switch part {
        case .head(let head):
            let informational = (100..<200).contains(head.status.code) && head.status != .switchingProtocols
            if !informational {
                exchange.responseStarted = true
                exchange.headerTimer?.cancel()
                exchange.headerTimer = nil
            }
            var headers = head.headers
            HopByHopHeaders.strip(&headers)
            if (!exchange.keepAlive || quiescing) && !informational {
                headers.replaceOrAdd(name: "Connection", value: "close")
            }
            var clientHead = HTTPResponseHead(version: exchange.clientHead.version, status: head.status, headers: headers)
            if !informational {
                for middleware in exchange.middlewares.reversed() { middleware.handleResponse(&clientHead) }
            }
            context.write(wrapOutboundOut(.head(clientHead)), promise: nil)
            if informational { context.flush() }
        case .body(let body):
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
            if !context.channel.isWritable {
                // Pause before flushing: the flush may drain the socket and report writability
                // again synchronously, and that resume must not be lost.
                exchange.upstream?.handler.pauseReads()
                context.flush()
            }
        case .end(let trailers):
            finishResponse(exchange, trailers: trailers, context: context)
        }
    }

    func upstreamReadComplete() {
        if let context { pool.flusher.flushSoon(context.channel) }
    }

    func upstreamFailed(_ error: Error) {
        guard case .proxying(let exchange) = state else { return }
        if exchange.responseStarted, let capture = exchange.capture {
            exchange.upstream?.handler.sink = nil
            exchange.upstream?.channel.close(promise: nil)
            exchange.upstream = nil
            captureFailed(capture, status: .badGateway, body: "Bad Gateway")
            return
        }
        if exchange.responseStarted {
            // Part of the response is already on the wire: the only honest signal left is to
            // cut the client connection.
            environment.logger.warning(
                "upstream failed mid-response",
                metadata: ["server": "\(exchange.target.server.url)", "error": "\(error)"]
            )
            state = .idle
            context?.close(promise: nil)
            return
        }
        failBeforeResponse(exchange, error: error)
    }

    func upstreamWritabilityChanged(isWritable: Bool) {
        if isWritable { resumeClientReads() } else { pauseClientReads() }
    }

    private func finishResponse(_ exchange: Exchange, trailers: HTTPHeaders?, context: ChannelHandlerContext) {
        exchange.headerTimer?.cancel()
        let keepAlive = exchange.keepAlive
        if let upstream = exchange.upstream {
            exchange.upstream = nil
            if exchange.requestEnded {
                pool.release(upstream, transport: exchange.target.transport)
            } else {
                // The upstream answered before reading the whole request: the connection would
                // carry the rest of that body into the next exchange.
                upstream.handler.sink = nil
                upstream.channel.close(promise: nil)
            }
        }
        let written = context.write(wrapOutboundOut(.end(trailers)))
        pool.flusher.flushSoon(context.channel)
        if exchange.requestEnded {
            exchangeEnded(keepAlive: keepAlive, written: written, context: context)
        } else {
            state = .draining(keepAlive: keepAlive, written: written)
            resumeClientReads()
        }
    }

    private func closeWhenWritten(_ written: EventLoopFuture<Void>, context: ChannelHandlerContext) {
        written.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
    }

    /// The upstream could not give a response: retry once on a fresh connection when a reused
    /// keep-alive connection died before any body byte was sent (the upstream may have closed
    /// it while idle), otherwise answer 502 or 504.
    private func failBeforeResponse(_ exchange: Exchange, error: Error) {
        exchange.headerTimer?.cancel()
        exchange.headerTimer = nil
        if let upstream = exchange.upstream {
            exchange.upstream = nil
            upstream.handler.sink = nil
            upstream.channel.close(promise: nil)
        }
        let isTimeout = Self.isTimeout(error)
        if exchange.reused && !exchange.retried && !exchange.requestBodySent && !isTimeout {
            exchange.retried = true
            exchange.reused = false
            exchange.pending.removeAll()
            if exchange.requestEnded { exchange.pending.append(.end(nil)) }
            connect(exchange)
            return
        }
        environment.logger.warning(
            "upstream request failed",
            metadata: ["server": "\(exchange.target.server.url)", "error": "\(error)"]
        )
        let status: HTTPResponseStatus = isTimeout ? .gatewayTimeout : .badGateway
        let body = isTimeout ? "Gateway Timeout" : "Bad Gateway"
        if let capture = exchange.capture {
            captureFailed(capture, status: status, body: body)
            return
        }
        guard let context else { return }
        resumeClientReads()
        if exchange.requestEnded {
            let written = writeLocalResponse(status, body: body, keepAlive: exchange.keepAlive, context: context)
            exchangeEnded(keepAlive: exchange.keepAlive, written: written, context: context)
        } else {
            // Keep reading the client's body so the connection stays in sync; close after.
            let written = writeLocalResponse(status, body: body, keepAlive: false, context: context)
            state = .draining(keepAlive: false, written: written)
        }
    }

    private static func isTimeout(_ error: Error) -> Bool {
        if let error = error as? UpstreamError {
            return error == .responseHeaderTimeout || error == .connectTimeout
        }
        if let error = error as? ChannelError, case .connectTimeout = error { return true }
        return false
    }

    // MARK: - Local responses

    private func respondLocally(_ status: HTTPResponseStatus, body: String, keepAlive: Bool, context: ChannelHandlerContext) {
        respondLocally(LocalResponse(status: status, body: body), keepAlive: keepAlive, context: context)
    }

    /// Answers without the upstream; the rest of the request body is then read and dropped.
    func respondLocally(_ response: LocalResponse, keepAlive: Bool, context: ChannelHandlerContext) {
        let written = writeLocalResponse(
            response.status, body: response.body, keepAlive: keepAlive, context: context, extraHeaders: response.headers
        )
        state = .draining(keepAlive: keepAlive, written: written)
    }

    private func writeLocalResponse(
        _ status: HTTPResponseStatus, body: String, keepAlive: Bool, context: ChannelHandlerContext,
        extraHeaders: HTTPHeaders = [:]
    ) -> EventLoopFuture<Void> {
        var headers = extraHeaders
        headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
        headers.add(name: "X-Content-Type-Options", value: "nosniff")
        headers.add(name: "Content-Length", value: String(body.utf8.count))
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: body)))), promise: nil)
        return context.writeAndFlush(wrapOutboundOut(.end(nil)))
    }
}
