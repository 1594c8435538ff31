import NIOCore
import NIOHTTP1
import NIOPosix

struct TestRequest {
    enum Body {
        case none
        case bytes([UInt8])
        /// `count` bytes produced on the fly, never held in memory at once.
        case generated(count: Int, chunked: Bool)
    }

    var method: HTTPMethod = .GET
    var uri: String
    var headers: [(String, String)] = [("Host", "example.com")]
    var body: Body = .none
    var version: HTTPVersion = .http1_1
    /// Keep the response body (false: only count its bytes, for huge downloads).
    var keepBody = true
}

struct TestResponse {
    var status: HTTPResponseStatus
    var headers: HTTPHeaders
    var body: [UInt8] = []
    var bodyCount = 0
    var trailers: HTTPHeaders?
    /// 1xx heads that arrived before the final one.
    var informational: [HTTPResponseStatus] = []

    var text: String { String(decoding: body, as: UTF8.self) }
}

enum TestClientError: Error {
    case connectionClosed
}

/// A real HTTP/1.1 client over one TCP connection: sends requests one after another (keep-alive)
/// with back-pressure on uploads, and reports what came back.
enum TestClient {
    static func send(_ requests: [TestRequest], port: Int, group: EventLoopGroup) async throws -> [TestResponse] {
        let channel = try await ClientBootstrap(group: group)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    try sync.addHandler(HTTPRequestEncoder())
                    try sync.addHandler(
                        ByteToMessageHandler(HTTPResponseDecoder(leftOverBytesStrategy: .dropBytes, informationalResponseStrategy: .forward))
                    )
                    return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(wrappingChannelSynchronously: channel)
                }
            }
        return try await channel.executeThenClose { inbound, outbound in
            var responses: [TestResponse] = []
            var iterator = inbound.makeAsyncIterator()
            for request in requests {
                var headers = HTTPHeaders(request.headers)
                switch request.body {
                case .none: break
                case .bytes(let bytes):
                    if !headers.contains(name: "content-length") && !headers.contains(name: "transfer-encoding") {
                        headers.add(name: "Content-Length", value: String(bytes.count))
                    }
                case .generated(let count, let chunked):
                    headers.add(name: chunked ? "Transfer-Encoding" : "Content-Length", value: chunked ? "chunked" : String(count))
                }
                try await outbound.write(.head(HTTPRequestHead(version: request.version, method: request.method, uri: request.uri, headers: headers)))
                switch request.body {
                case .none: break
                case .bytes(let bytes):
                    if !bytes.isEmpty { try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: bytes)))) }
                case .generated(var remaining, _):
                    let chunk = ByteBuffer(repeating: UInt8(ascii: "u"), count: 64 * 1024)
                    while remaining > 0 {
                        let size = min(remaining, chunk.readableBytes)
                        try await outbound.write(.body(.byteBuffer(chunk.getSlice(at: 0, length: size)!)))
                        remaining -= size
                    }
                }
                try await outbound.write(.end(nil))
                responses.append(try await readResponse(&iterator, keepBody: request.keepBody))
            }
            return responses
        }
    }

    static func get(_ uri: String, host: String = "example.com", headers: [(String, String)] = [], port: Int, group: EventLoopGroup) async throws -> TestResponse {
        let request = TestRequest(uri: uri, headers: [("Host", host)] + headers)
        return try await send([request], port: port, group: group)[0]
    }

    private static func readResponse(
        _ iterator: inout NIOAsyncChannelInboundStream<HTTPClientResponsePart>.AsyncIterator, keepBody: Bool
    ) async throws -> TestResponse {
        var response: TestResponse?
        var informational: [HTTPResponseStatus] = []
        while let part = try await iterator.next() {
            switch part {
            case .head(let head):
                if (100..<200).contains(head.status.code) && head.status != .switchingProtocols {
                    informational.append(head.status)
                } else {
                    response = TestResponse(status: head.status, headers: head.headers, informational: informational)
                }
            case .body(let buffer):
                response?.bodyCount += buffer.readableBytes
                if keepBody { response?.body.append(contentsOf: buffer.readableBytesView) }
            case .end(let trailers):
                response?.trailers = trailers
                if let response { return response }
            }
        }
        throw TestClientError.connectionClosed
    }
}
