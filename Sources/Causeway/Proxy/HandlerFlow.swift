import NIOCore
import NIOHTTP1

/// One client request on its way through handler (plugin) middlewares: read in full first,
/// then run stage by stage; the outermost handler's writes go to the client.
final class HandlerFlow {
    let route: RouteTarget
    /// The request after entry-point processing (forwarded headers, hop-by-hop removed).
    let head: HTTPRequestHead
    let needsHost: Bool
    let keepAlive: Bool
    var body: ByteBuffer?
    /// The client left: writes are dropped, the chain is not continued.
    var cancelled = false
    /// Strong on purpose: a weak reference would move the handler to slow (side-table)
    /// reference counting for the rest of its connection. The cycle through the handler's
    /// `state` ends when the handler moves on to another request or the connection closes
    /// (`channelInactive` resets `state`).
    var handler: ProxyHandler?

    /// Request bodies are buffered for handler middlewares; larger ones get 413.
    static let maxBodyBytes = 64 << 20

    init(route: RouteTarget, head: HTTPRequestHead, needsHost: Bool, keepAlive: Bool, handler: ProxyHandler) {
        self.route = route
        self.head = head
        self.needsHost = needsHost
        self.keepAlive = keepAlive
        self.handler = handler
    }

    /// The inline middlewares that run before stage `stage` (a handler, or the upstream when
    /// `stage` is past the last handler).
    func inlineSegment(before stage: Int) -> ArraySlice<any RequestMiddleware> {
        let start = stage == 0 ? 0 : route.handlers[stage - 1].position
        let end = stage < route.handlers.count ? route.handlers[stage].position : route.middlewares.count
        return route.middlewares[start..<end]
    }
}

/// Where a stage's response goes: to the client, or captured in full for the handler that
/// called `forward`. Response-head edits of the inline middlewares in front of the writer
/// apply here.
final class ResponseSink {
    enum Target {
        case client
        case capture(@Sendable (CapturedResponse) -> Void)
        /// Straight into `parent` (the forwarding handler's own response), after the headers
        /// the handler had set; `done` reports the status and upstream headers at the end,
        /// leaving `parent` open for the handler to finish. Without `done` the handler has
        /// returned already (it forwarded as its last step): the end of this response ends
        /// `parent` too.
        case passThrough(parent: ResponseSink, headers: HTTPHeaders, done: (@Sendable (StreamedResponse) -> Void)?)
    }

    let target: Target
    let flow: HandlerFlow
    var edits: ArraySlice<any RequestMiddleware> = []
    private(set) var headWritten = false
    private(set) var finished = false
    private var captured: CapturedResponse?
    /// For pass-through: what was written, reported by `done`.
    private var passedStatus: HTTPResponseStatus = .ok
    private var passedHeaders: HTTPHeaders = [:]

    init(_ target: Target, flow: HandlerFlow) {
        self.target = target
        self.flow = flow
    }

    func writeHead(status: HTTPResponseStatus, headers: HTTPHeaders) {
        guard !headWritten, !finished else { return }
        headWritten = true
        var head = HTTPResponseHead(version: flow.head.version, status: status, headers: headers)
        for middleware in edits.reversed() { middleware.handleResponse(&head) }
        switch target {
        case .client: flow.handler?.handlerWroteHead(head, flow: flow)
        case .capture:
            captured = CapturedResponse(status: head.status, headers: head.headers, body: ByteBuffer())
        case .passThrough(let parent, let before, _):
            passedStatus = head.status
            passedHeaders = head.headers
            if before.isEmpty {
                parent.writeHead(status: head.status, headers: head.headers)
            } else {
                var merged = before
                merged.add(contentsOf: head.headers)
                parent.writeHead(status: head.status, headers: merged)
            }
        }
    }

    /// Whether writes end up on the client connection (so its back-pressure applies).
    var streamsToClient: Bool {
        switch target {
        case .client: return true
        case .capture: return false
        case .passThrough(let parent, _, _): return parent.streamsToClient
        }
    }

    func writeBody(_ buffer: ByteBuffer) {
        guard !finished else { return }
        if !headWritten { writeHead(status: .ok, headers: [:]) }
        switch target {
        case .client: flow.handler?.handlerWroteBody(buffer, flow: flow)
        case .capture: captured?.body.writeImmutableBuffer(buffer)
        case .passThrough(let parent, _, _): parent.writeBody(buffer)
        }
    }

    func finish() {
        guard !finished else { return }
        if !headWritten { writeHead(status: .ok, headers: ["Content-Length": "0"]) }
        finished = true
        switch target {
        case .client: flow.handler?.handlerFinished(flow: flow)
        case .capture(let deliver): if let captured { deliver(captured) }
        case .passThrough(let parent, let before, let done):
            // A response whose length is fixed is complete on the wire now: end it at once
            // (anything the handler wrote after `next` would overrun the length, which Go's
            // server refuses too), so the client need not wait for the handler to return.
            let complete = flow.head.method == .HEAD || passedStatus == .noContent || passedStatus == .notModified
                || passedHeaders.contains(name: "Content-Length") || before.contains(name: "Content-Length")
            guard let done else { parent.finish(); return }
            if complete { parent.finish() }
            done(StreamedResponse(status: passedStatus, headers: passedHeaders, ended: complete))
        }
    }

    func abort() {
        guard !finished else { return }
        if headWritten {
            switch target {
            case .client:
                finished = true
                flow.handler?.handlerAborted(flow: flow)
            case .capture: finish()
            case .passThrough(let parent, _, _):
                finished = true
                parent.abort()
            }
            return
        }
        deliver(LocalResponse(status: .internalServerError, body: "Internal Server Error"))
    }

    /// A response made by the gateway (a middleware's redirect, a 502 from the upstream).
    func deliver(_ response: LocalResponse) {
        var headers = response.headers
        headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
        headers.add(name: "Content-Length", value: String(response.body.utf8.count))
        writeHead(status: response.status, headers: headers)
        writeBody(ByteBuffer(string: response.body))
        finish()
    }

    /// The upstream's whole response.
    func deliver(_ response: CapturedResponse) {
        writeHead(status: response.status, headers: response.headers)
        if response.body.readableBytes > 0 { writeBody(response.body) }
        finish()
    }
}

/// Where the upstream response of a handler's `forward` goes (a sink that captures it, or
/// passes it through to the client).
final class UpstreamCapture {
    let flow: HandlerFlow
    let sink: ResponseSink

    init(flow: HandlerFlow, sink: ResponseSink) {
        self.flow = flow
        self.sink = sink
    }
}
