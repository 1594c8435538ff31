import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A real HTTP/1.1 server on 127.0.0.1 that tests proxy to. Paths choose behaviour:
/// - `/echo…`: answers with the request line, headers and body it received
/// - `/bytes/N`: streams N bytes (with back-pressure), `/bytes/N?chunked` without Content-Length
/// - `/upload`: counts the request body without keeping it, answers with the count
/// - `/slow/MS`: answers after MS milliseconds
/// - `/close`: closes the connection without answering
/// - `/status/N`: answers status N with no body
/// - `/continue`: sends `100 Continue` then a final response
/// - `/trailers`: chunked body followed by a trailer
final class TestUpstream: Sendable {
    let channel: Channel
    let port: Int
    private let stats: NIOLockedValueBox<Stats>

    struct Stats {
        var connections = 0
        var requests = 0
    }

    var connectionsAccepted: Int { stats.withLockedValue { $0.connections } }
    var requestsServed: Int { stats.withLockedValue { $0.requests } }

    private init(channel: Channel, stats: NIOLockedValueBox<Stats>) {
        self.channel = channel
        self.port = channel.localAddress?.port ?? 0
        self.stats = stats
    }

    static func start(group: EventLoopGroup, name: String = "upstream") async throws -> TestUpstream {
        let stats = NIOLockedValueBox(Stats())
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    stats.withLockedValue { $0.connections += 1 }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(UpstreamBehaviour(name: name, stats: stats))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return TestUpstream(channel: channel, stats: stats)
    }

    var url: String { "http://127.0.0.1:\(port)" }

    func stop() async {
        try? await channel.close()
    }
}

private final class UpstreamBehaviour: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let name: String
    let stats: NIOLockedValueBox<TestUpstream.Stats>
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    private var uploadCount = 0
    private var streamRemaining = 0
    private var streaming = false

    init(name: String, stats: NIOLockedValueBox<TestUpstream.Stats>) {
        self.name = name
        self.stats = stats
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body = []
            uploadCount = 0
            if head.uri == "/close" { context.close(promise: nil) }
            if head.uri == "/continue" {
                context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .continue))), promise: nil)
            }
        case .body(let buffer):
            if head?.uri == "/upload" {
                uploadCount += buffer.readableBytes
            } else {
                body.append(contentsOf: buffer.readableBytesView)
            }
        case .end:
            guard let head else { return }
            stats.withLockedValue { $0.requests += 1 }
            respond(to: head, context: context)
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if streaming && context.channel.isWritable { pump(context: context) }
        context.fireChannelWritabilityChanged()
    }

    private func respond(to head: HTTPRequestHead, context: ChannelHandlerContext) {
        let path = head.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? head.uri
        let query = head.uri.split(separator: "?", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        if path.hasPrefix("/echo") {
            var text = "server: \(name)\n\(head.method.rawValue) \(head.uri) HTTP/\(head.version.major).\(head.version.minor)\n"
            for (name, value) in head.headers { text += "\(name): \(value)\n" }
            text += "\n"
            var out = Array(text.utf8)
            out.append(contentsOf: body)
            send(.ok, body: out, context: context)
        } else if path.hasPrefix("/bytes/"), let count = Int(path.dropFirst("/bytes/".count)) {
            var headers = HTTPHeaders()
            if query != "chunked" { headers.add(name: "Content-Length", value: String(count)) }
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .ok, headers: headers))), promise: nil)
            streamRemaining = count
            streaming = true
            pump(context: context)
        } else if path == "/upload" {
            send(.ok, body: Array(String(uploadCount).utf8), context: context)
        } else if path.hasPrefix("/slow/"), let ms = Int64(path.dropFirst("/slow/".count)) {
            context.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(ms)) {
                self.send(.ok, body: Array("slow \(ms)".utf8), context: context)
            }
        } else if path.hasPrefix("/status/"), let code = Int(path.dropFirst("/status/".count)) {
            var headers = HTTPHeaders()
            if code != 204 && code != 304 { headers.add(name: "Content-Length", value: "0") }
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .init(statusCode: code), headers: headers))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        } else if path == "/continue" {
            send(.ok, body: Array("continued".utf8), context: context)
        } else if path == "/trailers" {
            var headers = HTTPHeaders()
            headers.add(name: "Transfer-Encoding", value: "chunked")
            headers.add(name: "Trailer", value: "X-Checksum")
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .ok, headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: "part1-")))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: "part2")))), promise: nil)
            var trailers = HTTPHeaders()
            trailers.add(name: "X-Checksum", value: "abc123")
            context.writeAndFlush(wrapOutboundOut(.end(trailers)), promise: nil)
        } else {
            var headers = HTTPHeaders()
            headers.add(name: "X-Upstream", value: name)
            headers.add(name: "Connection", value: "X-Hop")
            headers.add(name: "X-Hop", value: "must-not-pass")
            headers.add(name: "Keep-Alive", value: "timeout=5")
            send(.ok, body: Array("hello from \(name)\n".utf8), headers: headers, context: context)
        }
    }

    private func pump(context: ChannelHandlerContext) {
        let chunk = 64 * 1024
        while streamRemaining > 0 && context.channel.isWritable {
            let size = min(chunk, streamRemaining)
            var buffer = context.channel.allocator.buffer(capacity: size)
            buffer.writeRepeatingByte(UInt8(ascii: "x"), count: size)
            streamRemaining -= size
            context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        }
        if streamRemaining == 0 {
            streaming = false
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        } else {
            context.flush()
        }
    }

    private func send(_ status: HTTPResponseStatus, body: [UInt8], headers extra: HTTPHeaders = [:], context: ChannelHandlerContext) {
        var headers = extra
        headers.add(name: "Content-Length", value: String(body.count))
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
