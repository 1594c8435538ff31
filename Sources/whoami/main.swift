import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A tiny upstream for trying the gateway (in the spirit of traefik/whoami): answers every
/// request with its own name, the request line and the headers it received.
/// Usage: whoami [host:port] [name]
let arguments = CommandLine.arguments.dropFirst()
let address = arguments.first ?? "127.0.0.1:8081"
let name = arguments.dropFirst().first ?? "whoami"
guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]) else {
    FileHandle.standardError.write(Data("usage: whoami [host:port] [name]\n".utf8))
    exit(2)
}
let host = String(address[..<colon])

final class WhoamiHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart
    let name: String
    private var head: HTTPRequestHead?

    init(name: String) { self.name = name }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            var text = "Name: \(name)\n\(head.method.rawValue) \(head.uri) HTTP/\(head.version.major).\(head.version.minor)\n"
            for (field, value) in head.headers { text += "\(field): \(value)\n" }
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
            headers.add(name: "Content-Length", value: String(text.utf8.count))
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .ok, headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: text)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}

let channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
    .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
    .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.configureHTTPServerPipeline()
            try channel.pipeline.syncOperations.addHandler(WhoamiHandler(name: name))
        }
    }
    .bind(host: host, port: port).wait()
print("whoami \(name) listening on \(address)")
try channel.closeFuture.wait()
