import NIOCore
import NIOHTTP1

/// Identifies connections that may be shared: same server, same transport settings.
struct UpstreamKey: Hashable {
    let host: String
    let port: Int
    let transport: String
}

/// A keep-alive HTTP/1.1 connection to one upstream server. Lives on a single event loop
/// (the one of the client connections it serves), so it needs no locks.
final class UpstreamConnection {
    let channel: Channel
    let key: UpstreamKey
    let handler: UpstreamResponseHandler
    /// When the connection was parked in the pool, and how long it may stay there.
    var parkedAt = NIODeadline.uptimeNanoseconds(0)
    var idleTimeout = TimeAmount.zero

    init(channel: Channel, key: UpstreamKey, handler: UpstreamResponseHandler) {
        self.channel = channel
        self.key = key
        self.handler = handler
    }

    var isUsable: Bool { channel.isActive && !handler.sawClose }
}

/// The last handler of an upstream pipeline: forwards response parts to the leased exchange and
/// holds reads while the client side cannot take more (back-pressure, upstream → client).
final class UpstreamResponseHandler: ChannelDuplexHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundIn = HTTPClientRequestPart
    typealias OutboundOut = HTTPClientRequestPart

    /// The exchange the connection is leased to. A strong reference, cleared whenever the lease
    /// ends: weak references would move both objects to slow reference counting.
    var sink: ProxyHandler?
    /// The upstream asked to close after this response (`Connection: close`, HTTP/1.0).
    private(set) var sawClose = false
    private var readsPaused = false
    private var pendingRead = false
    private var context: ChannelHandlerContext?

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }
    func handlerRemoved(context: ChannelHandlerContext) { self.context = nil }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if case .head(let head) = part, !(100..<200).contains(head.status.code) {
            sawClose = !head.isKeepAlive
        }
        sink?.upstreamReceived(part)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        sink?.upstreamReadComplete()
        context.fireChannelReadComplete()
    }

    func channelInactive(context: ChannelHandlerContext) {
        sawClose = true
        // An idle connection only needs `sawClose`: the pool skips and sweeps closed ones.
        if let sink {
            self.sink = nil
            sink.upstreamFailed(UpstreamError.connectionClosed)
        }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        sawClose = true
        if let sink {
            self.sink = nil
            sink.upstreamFailed(error)
        }
        context.close(promise: nil)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        sink?.upstreamWritabilityChanged(isWritable: context.channel.isWritable)
        context.fireChannelWritabilityChanged()
    }

    func read(context: ChannelHandlerContext) {
        if readsPaused { pendingRead = true } else { context.read() }
    }

    /// Stops reading from the upstream socket until `resumeReads` (the client is not writable).
    func pauseReads() { readsPaused = true }

    func resumeReads() {
        guard readsPaused else { return }
        readsPaused = false
        if pendingRead {
            pendingRead = false
            context?.read()
        }
    }
}

enum UpstreamError: Error, CustomStringConvertible {
    case connectionClosed
    case responseHeaderTimeout
    case connectTimeout

    var description: String {
        switch self {
        case .connectionClosed: return "upstream closed the connection"
        case .responseHeaderTimeout: return "timeout awaiting response headers"
        case .connectTimeout: return "dial timeout"
        }
    }
}
