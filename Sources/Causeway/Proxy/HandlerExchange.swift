import NIOCore
import NIOHTTP1

/// A handler middleware's view of one request: the buffered request, a way to call the rest
/// of the chain, and the response it writes. Thread-safe: every call hops to the client
/// connection's event loop, so plugin code may call it from its own scheduler thread.
public final class HandlerExchange: Sendable {
    public let request: HandlerRequest
    public let routerName: String
    public let middlewareName: String
    private let loop: any EventLoop
    private let core: NIOLoopBound<HandlerExchangeCore>

    init(request: HandlerRequest, routerName: String, middlewareName: String, loop: any EventLoop, core: HandlerExchangeCore) {
        self.request = request
        self.routerName = routerName
        self.middlewareName = middlewareName
        self.loop = loop
        self.core = NIOLoopBound(core, eventLoop: loop)
    }

    /// Starts the response (ignored after the first call).
    public func writeHead(status: HTTPResponseStatus, headers: HTTPHeaders) {
        run { $0.sink.writeHead(status: status, headers: headers) }
    }

    /// Sends part of the response body (after `writeHead`).
    public func writeBody(_ buffer: ByteBuffer) {
        run { $0.sink.writeBody(buffer) }
    }

    /// Ends the response; a response never started is sent as an empty 200.
    public func finish() {
        run { $0.sink.finish() }
    }

    /// The handler failed (a plugin panicked or ran out of budget): 500 if nothing was sent
    /// yet, otherwise the response is cut.
    public func abort() {
        run { $0.sink.abort() }
    }

    /// Runs the rest of the chain with `request` and hands back its whole response. The
    /// completion runs on the event loop; keep it short (hand the work to your own thread).
    public func forward(_ request: HandlerRequest, completion: @escaping @Sendable (CapturedResponse) -> Void) {
        run { core in
            core.handler.runChain(core.flow, stage: core.stage + 1, request: request, sink: ResponseSink(.capture(completion), flow: core.flow))
        }
    }

    /// Runs the rest of the chain with `request`, its response going straight to this
    /// handler's client response after `writerHeaders` (what the handler set on its writer):
    /// the fast path when the handler passes its own writer to `next`. `completion` gets the
    /// status and the upstream's headers once the body has passed; the handler's response
    /// stays open until `finish` unless its length was fixed (`StreamedResponse.ended`).
    ///
    /// Without a `completion` the handler does nothing after this (it forwards as its last step
    /// and returns): its response ends with the forwarded one, and nothing hops back to the
    /// handler's thread.
    public func forwardStreaming(
        _ request: HandlerRequest, writerHeaders: HTTPHeaders,
        completion: (@Sendable (StreamedResponse) -> Void)?
    ) {
        run { core in
            let sink = ResponseSink(.passThrough(parent: core.sink, headers: writerHeaders, done: completion), flow: core.flow)
            core.handler.runChain(core.flow, stage: core.stage + 1, request: request, sink: sink)
        }
    }

    private func run(_ body: @escaping @Sendable (HandlerExchangeCore) -> Void) {
        if loop.inEventLoop {
            body(core.value)
        } else {
            loop.execute { body(self.core.value) }
        }
    }
}

/// The event-loop side of a `HandlerExchange`.
final class HandlerExchangeCore {
    let handler: ProxyHandler
    let flow: HandlerFlow
    let stage: Int
    let sink: ResponseSink

    init(handler: ProxyHandler, flow: HandlerFlow, stage: Int, sink: ResponseSink) {
        self.handler = handler
        self.flow = flow
        self.stage = stage
        self.sink = sink
    }
}
