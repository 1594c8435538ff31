import NIOCore
import NIOHTTP1

// Routes with handler (plugin) middlewares: the request is read in full, then the chain runs
// stage by stage — inline middlewares on the event loop, each handler wherever it runs (it
// answers through its `HandlerExchange`), and the upstream last, its response captured for the
// handler that forwarded to it.
extension ProxyHandler {
    func startHandlerFlow(_ route: RouteTarget, head: HTTPRequestHead, needsHost: Bool, keepAlive: Bool) {
        state = .collecting(HandlerFlow(route: route, head: head, needsHost: needsHost, keepAlive: keepAlive, handler: self))
    }

    func collect(_ body: ByteBuffer, into flow: HandlerFlow, context: ChannelHandlerContext) {
        if flow.body == nil {
            flow.body = body
        } else {
            flow.body!.writeImmutableBuffer(body)
        }
        if flow.body!.readableBytes > HandlerFlow.maxBodyBytes {
            environment.logger.warning("request body too large for a plugin route", metadata: ["router": "\(flow.route.routerName)"])
            respondLocally(LocalResponse(status: .payloadTooLarge, body: "Request Entity Too Large"), keepAlive: false, context: context)
        }
    }

    func requestCollected(_ flow: HandlerFlow) {
        state = .handling(flow)
        let request = HandlerRequest(
            method: flow.head.method, uri: flow.head.uri, version: flow.head.version, headers: flow.head.headers,
            body: flow.body, remoteAddress: peerDescription, isTLS: environment.isTLS
        )
        runChain(flow, stage: 0, request: request, sink: ResponseSink(.client, flow: flow))
    }

    /// The client's `ip:port` (`[ip]:port` for IPv6), computed once per connection.
    private var peerDescription: String {
        if let cached = peerText { return cached }
        guard let peer, let ip = clientIP else { return "" }
        let port = peer.port ?? 0
        let text = ip.contains(":") ? "[\(ip)]:\(port)" : "\(ip):\(port)"
        peerText = text
        return text
    }

    /// Runs the inline middlewares before stage `stage`, then that stage's handler — or the
    /// upstream when every handler has run — writing the outcome into `sink`.
    func runChain(_ flow: HandlerFlow, stage: Int, request: HandlerRequest, sink: ResponseSink) {
        guard !flow.cancelled else { return }
        let segment = flow.inlineSegment(before: stage)
        sink.edits = segment
        var head = HTTPRequestHead(version: request.version, method: request.method, uri: request.uri, headers: request.headers)
        if !segment.isEmpty {
            var inline = MiddlewareRequest(head: head, clientIP: clientIP, isTLS: environment.isTLS)
            for middleware in segment {
                if case .respond(let response) = middleware.handleRequest(&inline) {
                    sink.deliver(response)
                    return
                }
            }
            head = inline.head
        }
        if stage < flow.route.handlers.count {
            let handlerStage = flow.route.handlers[stage]
            var forwarded = request
            forwarded.method = head.method
            forwarded.uri = head.uri
            forwarded.headers = head.headers
            let exchange = HandlerExchange(
                request: forwarded, routerName: flow.route.routerName, middlewareName: handlerStage.name,
                loop: context!.eventLoop, core: HandlerExchangeCore(handler: self, flow: flow, stage: stage, sink: sink)
            )
            handlerStage.middleware.serve(exchange)
        } else {
            proxyCaptured(flow, head: head, body: request.body, sink: sink)
        }
    }

    /// Sends the request upstream with the buffered body, capturing the response for `sink`.
    private func proxyCaptured(_ flow: HandlerFlow, head: HTTPRequestHead, body: ByteBuffer?, sink: ResponseSink) {
        guard let target = flow.route.service.pickTarget() else {
            let noop = flow.route.service.isNoop
            sink.deliver(noop ? LocalResponse(status: .ok, body: "") : LocalResponse(status: .serviceUnavailable, body: "no available server"))
            return
        }
        var head = head
        // NIO's `remove` copies shared header storage even when nothing matches: look first.
        if head.headers.contains(name: "Transfer-Encoding") { head.headers.remove(name: "Transfer-Encoding") }
        let length = body?.readableBytes ?? 0
        if length > 0 || head.headers.contains(name: "Content-Length") {
            head.headers.replaceOrAdd(name: "Content-Length", value: String(length))
        }
        let upstreamHead = makeUpstreamHead(head, target: target, chunked: false, needsHost: flow.needsHost)
        let exchange = Exchange(clientHead: flow.head, upstreamHead: upstreamHead, target: target, keepAlive: flow.keepAlive, middlewares: [])
        exchange.capture = UpstreamCapture(flow: flow, sink: sink)
        if let body, length > 0 { exchange.pending.append(.body(.byteBuffer(body))) }
        exchange.pending.append(.end(nil))
        exchange.requestEnded = true
        state = .proxying(exchange)
        connect(exchange)
    }

    /// A part of the upstream response of an exchange a handler forwarded: into its sink.
    func captureReceived(_ part: HTTPClientResponsePart, exchange: Exchange, capture: UpstreamCapture) {
        switch part {
        case .head(let head):
            if (100..<200).contains(head.status.code) { return }
            exchange.responseStarted = true
            exchange.headerTimer?.cancel()
            exchange.headerTimer = nil
            var headers = head.headers
            HopByHopHeaders.strip(&headers)
            capture.sink.writeHead(status: head.status, headers: headers)
        case .body(let body):
            capture.sink.writeBody(body)
            if capture.sink.streamsToClient, let context, !context.channel.isWritable {
                exchange.upstream?.handler.pauseReads()
                context.flush()
            }
        case .end:
            exchange.headerTimer?.cancel()
            if let upstream = exchange.upstream {
                exchange.upstream = nil
                pool.release(upstream, transport: exchange.target.transport)
            }
            state = .handling(capture.flow)
            capture.sink.finish()
        }
    }

    /// The upstream of a forwarded exchange failed: 502 or 504 for the handler, or the
    /// response is cut when part of it already went out.
    func captureFailed(_ capture: UpstreamCapture, status: HTTPResponseStatus, body: String) {
        state = .handling(capture.flow)
        if capture.sink.headWritten {
            capture.sink.abort()
        } else {
            capture.sink.deliver(LocalResponse(status: status, body: body))
        }
    }

    private func isCurrent(_ flow: HandlerFlow) -> Bool {
        if flow.cancelled { return false }
        switch state {
        case .handling(let current): return current === flow
        case .proxying(let exchange): return exchange.capture?.flow === flow
        default: return false
        }
    }

    func handlerWroteHead(_ head: HTTPResponseHead, flow: HandlerFlow) {
        guard isCurrent(flow), let context else { return }
        var head = head
        HopByHopHeaders.strip(&head.headers)
        if !flow.keepAlive || quiescing { head.headers.replaceOrAdd(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(head)), promise: nil)
    }

    func handlerWroteBody(_ body: ByteBuffer, flow: HandlerFlow) {
        guard isCurrent(flow), let context else { return }
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        // An upstream streaming through is flushed when its read completes.
        if case .proxying = state { return }
        context.flush()
    }

    func handlerFinished(flow: HandlerFlow) {
        guard isCurrent(flow), let context else { return }
        let written = context.write(wrapOutboundOut(.end(nil)))
        pool.flusher.flushSoon(context.channel)
        exchangeEnded(keepAlive: flow.keepAlive, written: written, context: context)
    }

    func handlerAborted(flow: HandlerFlow) {
        guard isCurrent(flow), let context else { return }
        state = .idle
        context.close(promise: nil)
    }
}
