#if canImport(Glibc)
import Glibc
#endif
import NIOCore
import NIOHTTP1
import NIOPosix
import XCTest
@testable import Causeway

/// End-to-end tests of the proxy engine: a real upstream, the gateway and a real client, all on
/// 127.0.0.1.
final class ProxyEngineTests: XCTestCase {
    var group: MultiThreadedEventLoopGroup!
    var upstream: TestUpstream!

    override func setUp() async throws {
        group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        upstream = try await TestUpstream.start(group: group, name: "one")
    }

    override func tearDown() async throws {
        await upstream.stop()
        try await group.shutdownGracefully()
    }

    private func withGateway(
        _ service: HTTPService? = nil, forwarded: ForwardedHeadersPolicy = ForwardedHeadersPolicy(serverName: "causeway-test"),
        _ body: (Int) async throws -> Void
    ) async throws {
        let (gateway, port) = try await Harness.gateway(routes: [("/", try service ?? Harness.service([upstream.url]))], forwarded: forwarded)
        do {
            try await body(port)
        } catch {
            await gateway.shutdown()
            throw error
        }
        await gateway.shutdown()
    }

    func testProxiesAndStripsHopByHopResponseHeaders() async throws {
        try await withGateway { port in
            let response = try await TestClient.get("/", port: port, group: self.group)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.text, "hello from one\n")
            XCTAssertEqual(response.headers.first(name: "X-Upstream"), "one")
            XCTAssertFalse(response.headers.contains(name: "X-Hop"), "header named in Connection must not pass")
            XCTAssertFalse(response.headers.contains(name: "Keep-Alive"))
        }
    }

    func testSetsForwardedHeadersAndStripsUntrustedOnes() async throws {
        try await withGateway { port in
            let response = try await TestClient.get(
                "/echo?a=1", host: "api.example.com:8443",
                headers: [("X-Forwarded-For", "6.6.6.6"), ("X-Real-Ip", "6.6.6.6"), ("Connection", "X-Secret"), ("X-Secret", "s")],
                port: port, group: self.group
            )
            let echoed = response.text
            XCTAssertTrue(echoed.contains("GET /echo?a=1 HTTP/1.1\n"), echoed)
            XCTAssertTrue(echoed.contains("Host: api.example.com:8443\n"), "Host passes through by default")
            XCTAssertTrue(echoed.contains("X-Forwarded-For: 127.0.0.1\n"), echoed)
            XCTAssertTrue(echoed.contains("X-Real-Ip: 127.0.0.1\n"), echoed)
            XCTAssertTrue(echoed.contains("X-Forwarded-Proto: http\n"))
            XCTAssertTrue(echoed.contains("X-Forwarded-Host: api.example.com:8443\n"))
            XCTAssertTrue(echoed.contains("X-Forwarded-Port: 8443\n"))
            XCTAssertTrue(echoed.contains("X-Forwarded-Server: causeway-test\n"))
            XCTAssertFalse(echoed.contains("6.6.6.6"), "forwarding headers from an untrusted client are dropped")
            XCTAssertFalse(echoed.lowercased().contains("x-secret"), "headers named in Connection are hop-by-hop")
        }
    }

    func testKeepsForwardedHeadersFromTrustedClients() async throws {
        let policy = ForwardedHeadersPolicy(serverName: "gw", isTrusted: { $0 == "127.0.0.1" })
        try await withGateway(forwarded: policy) { port in
            let response = try await TestClient.get(
                "/echo", headers: [("X-Forwarded-For", "10.1.2.3"), ("X-Forwarded-Proto", "https")], port: port, group: self.group
            )
            XCTAssertTrue(response.text.contains("X-Forwarded-For: 10.1.2.3, 127.0.0.1\n"), response.text)
            XCTAssertTrue(response.text.contains("X-Forwarded-Proto: https\n"), response.text)
        }
    }

    func testPassHostHeaderFalseSendsServerHost() async throws {
        let service = try Harness.service([upstream.url], passHostHeader: false)
        try await withGateway(service) { port in
            let response = try await TestClient.get("/echo", host: "public.example.com", port: port, group: self.group)
            XCTAssertTrue(response.text.contains("Host: 127.0.0.1:\(self.upstream.port)\n"), response.text)
            XCTAssertTrue(response.text.contains("X-Forwarded-Host: public.example.com\n"), response.text)
        }
    }

    func testNoRouteGives404() async throws {
        let (gateway, port) = try await Harness.gateway(routes: [("/only", try Harness.service([upstream.url]))])
        let response = try await TestClient.get("/elsewhere", port: port, group: group)
        XCTAssertEqual(response.status, .notFound)
        XCTAssertEqual(response.text, "404 page not found\n")
        await gateway.shutdown()
    }

    func testRefusedUpstreamGives502() async throws {
        // Bind then close a socket to get a port nobody listens on.
        let probe = try await ServerBootstrap(group: group).bind(host: "127.0.0.1", port: 0).get()
        let deadPort = probe.localAddress!.port!
        try await probe.close()
        try await withGateway(try Harness.service(["http://127.0.0.1:\(deadPort)"])) { port in
            let response = try await TestClient.get("/", port: port, group: self.group)
            XCTAssertEqual(response.status, .badGateway)
        }
    }

    func testUpstreamClosingWithoutAnswerGives502() async throws {
        try await withGateway { port in
            let response = try await TestClient.get("/close", port: port, group: self.group)
            XCTAssertEqual(response.status, .badGateway)
        }
    }

    func testResponseHeaderTimeoutGives504() async throws {
        let transport = TransportSettings(name: "fast", responseHeaderTimeout: .milliseconds(200))
        try await withGateway(try Harness.service([upstream.url], transport: transport)) { port in
            let response = try await TestClient.get("/slow/3000", port: port, group: self.group)
            XCTAssertEqual(response.status, .gatewayTimeout)
            let quick = try await TestClient.get("/slow/10", port: port, group: self.group)
            XCTAssertEqual(quick.status, .ok)
            XCTAssertEqual(quick.text, "slow 10")
        }
    }

    func testKeepAliveReusesUpstreamConnections() async throws {
        try await withGateway { port in
            let requests = (0..<5).map { _ in TestRequest(uri: "/") }
            let responses = try await TestClient.send(requests, port: port, group: self.group)
            XCTAssertEqual(responses.map(\.status), Array(repeating: .ok, count: 5))
            let second = try await TestClient.send(requests, port: port, group: self.group)
            XCTAssertEqual(second.count, 5)
            XCTAssertEqual(self.upstream.requestsServed, 10)
            XCTAssertEqual(self.upstream.connectionsAccepted, 1, "ten requests over one pooled upstream connection")
        }
    }

    func testChunkedUploadStreams() async throws {
        try await withGateway { port in
            let upload = TestRequest(method: .POST, uri: "/upload", body: .generated(count: 3_000_000, chunked: true))
            let response = try await TestClient.send([upload], port: port, group: self.group)[0]
            XCTAssertEqual(response.text, "3000000")
        }
    }

    func testChunkedDownloadStreams() async throws {
        try await withGateway { port in
            let download = TestRequest(uri: "/bytes/2000000?chunked", keepBody: false)
            let response = try await TestClient.send([download], port: port, group: self.group)[0]
            XCTAssertEqual(response.bodyCount, 2_000_000)
            XCTAssertEqual(response.headers.first(name: "transfer-encoding"), "chunked")
        }
    }

    func testLargeSizedDownloadStreams() async throws {
        try await withGateway { port in
            let response = try await TestClient.send([TestRequest(uri: "/bytes/2000000", keepBody: false)], port: port, group: self.group)[0]
            XCTAssertEqual(response.bodyCount, 2_000_000)
        }
    }

    func testSizedDownloadKeepsContentLength() async throws {
        try await withGateway { port in
            let response = try await TestClient.send([TestRequest(uri: "/bytes/100000")], port: port, group: self.group)[0]
            XCTAssertEqual(response.body.count, 100_000)
            XCTAssertEqual(response.headers.first(name: "content-length"), "100000")
        }
    }

    func testRequestBodyWithContentLengthIsForwarded() async throws {
        try await withGateway { port in
            let request = TestRequest(method: .PUT, uri: "/echo", body: .bytes(Array("payload-123".utf8)))
            let response = try await TestClient.send([request], port: port, group: self.group)[0]
            XCTAssertTrue(response.text.hasSuffix("\n\npayload-123"), response.text)
            XCTAssertTrue(response.text.contains("content-length: 11\n") || response.text.contains("Content-Length: 11\n"), response.text)
        }
    }

    func testHeadAndBodylessStatuses() async throws {
        try await withGateway { port in
            let head = TestRequest(method: .HEAD, uri: "/bytes/5000")
            let noContent = TestRequest(uri: "/status/204")
            let notModified = TestRequest(uri: "/status/304")
            let after = TestRequest(uri: "/")
            let responses = try await TestClient.send([head, noContent, notModified, after], port: port, group: self.group)
            XCTAssertEqual(responses[0].status, .ok)
            XCTAssertEqual(responses[0].headers.first(name: "content-length"), "5000")
            XCTAssertEqual(responses[0].bodyCount, 0)
            XCTAssertEqual(responses[1].status, .noContent)
            XCTAssertEqual(responses[1].bodyCount, 0)
            XCTAssertEqual(responses[2].status, .notModified)
            XCTAssertEqual(responses[3].text, "hello from one\n", "connection stays in sync after bodyless responses")
        }
    }

    func testInformationalResponsesAndTrailersPassThrough() async throws {
        try await withGateway { port in
            let expect = TestRequest(method: .POST, uri: "/continue", headers: [("Host", "x"), ("Expect", "100-continue")], body: .bytes(Array("b".utf8)))
            let trailers = TestRequest(uri: "/trailers", headers: [("Host", "x"), ("TE", "trailers")])
            let responses = try await TestClient.send([expect, trailers], port: port, group: self.group)
            XCTAssertEqual(responses[0].informational, [.continue])
            XCTAssertEqual(responses[0].text, "continued")
            XCTAssertEqual(responses[1].text, "part1-part2")
            XCTAssertEqual(responses[1].trailers?.first(name: "X-Checksum"), "abc123")
        }
    }

    func testConnectionCloseFromClientIsHonoured() async throws {
        try await withGateway { port in
            let closing = TestRequest(uri: "/", headers: [("Host", "x"), ("Connection", "close")])
            let response = try await TestClient.send([closing], port: port, group: self.group)[0]
            XCTAssertEqual(response.headers.first(name: "connection"), "close")
            do {
                _ = try await TestClient.send([closing, TestRequest(uri: "/")], port: port, group: self.group)
                XCTFail("the gateway must close the connection after a Connection: close request")
            } catch TestClientError.connectionClosed {
            } catch let error as ChannelError where error == .ioOnClosedChannel || error == .outputClosed {
            } catch let error as IOError where error.errnoCode == ECONNRESET || error.errnoCode == EPIPE {
                // The second request raced the close: the gateway reset the connection.
            }
        }
    }

    func testPipelinedRequestsAreAnsweredInOrder() async throws {
        try await withGateway { port in
            let pipelined = "GET /echo/first HTTP/1.1\r\nHost: a\r\n\r\n"
                + "GET /nowhere-routed-but-root HTTP/1.1\r\nHost: b\r\n\r\n"
                + "GET /echo/third HTTP/1.1\r\nHost: c\r\nConnection: close\r\n\r\n"
            let text = RawSocket.exchange(port: port, send: pipelined)
            let first = text.range(of: "GET /echo/first")
            let second = text.range(of: "hello from one")
            let third = text.range(of: "GET /echo/third")
            XCTAssertNotNil(first, text)
            XCTAssertNotNil(second, text)
            XCTAssertNotNil(third, text)
            if let first, let second, let third {
                XCTAssertTrue(first.lowerBound < second.lowerBound && second.lowerBound < third.lowerBound, text)
            }
            XCTAssertEqual(text.components(separatedBy: "HTTP/1.1 200 OK").count - 1, 3, text)
        }
    }

    func testMalformedRequestGets400() async throws {
        try await withGateway { port in
            let text = RawSocket.exchange(port: port, send: "GARBAGE\r\n\r\n")
            XCTAssertTrue(text.hasPrefix("HTTP/1.1 400"), text)
        }
    }

    func testIdleUpstreamConnectionsAreClosedAfterIdleConnTimeout() async throws {
        let transport = TransportSettings(name: "short-idle", idleConnTimeout: .milliseconds(300))
        try await withGateway(try Harness.service([upstream.url], transport: transport)) { port in
            _ = try await TestClient.get("/", port: port, group: self.group)
            _ = try await TestClient.get("/", port: port, group: self.group)
            XCTAssertEqual(self.upstream.connectionsAccepted, 1)
            // The pool sweeps once a second; after it the parked connection must be gone.
            try await Task.sleep(for: .milliseconds(2300))
            _ = try await TestClient.get("/", port: port, group: self.group)
            XCTAssertEqual(self.upstream.connectionsAccepted, 2)
        }
    }

    func testIdleClientConnectionsAreClosed() async throws {
        let (gateway, port) = try await Harness.gateway(
            routes: [("/", try Harness.service([upstream.url]))], idleTimeout: .milliseconds(300)
        )
        let client = try await ClientBootstrap(group: group).connect(host: "127.0.0.1", port: port).get()
        let started = ContinuousClock.now
        while client.isActive && ContinuousClock.now - started < .seconds(5) {
            try await Task.sleep(for: .milliseconds(50))
        }
        XCTAssertFalse(client.isActive, "an idle keep-alive connection must be closed after idleTimeout")
        try? await client.close()
        await gateway.shutdown()
    }

    func testSlowRequestBodyHitsReadTimeout() async throws {
        let (gateway, port) = try await Harness.gateway(
            routes: [("/", try Harness.service([upstream.url]))], readTimeout: .milliseconds(300)
        )
        let started = ContinuousClock.now
        // Promises 10 body bytes, sends 2, then goes quiet.
        let text = RawSocket.exchange(port: port, send: "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab", timeoutMilliseconds: 5000)
        let elapsed = ContinuousClock.now - started
        XCTAssertLessThan(elapsed, .seconds(3), "the connection must be closed by the read timeout, not by the client giving up")
        XCTAssertFalse(text.contains("200 OK"), text)
        // A normal request on a new connection still works.
        let fine = try await TestClient.get("/", port: port, group: group)
        XCTAssertEqual(fine.status, .ok)
        await gateway.shutdown()
    }

    func testWeightedRoundRobinAcrossServers() async throws {
        let second = try await TestUpstream.start(group: group, name: "two")
        let service = try Harness.service([upstream.url, second.url], weights: [3, 1])
        try await withGateway(service) { port in
            let responses = try await TestClient.send((0..<8).map { _ in TestRequest(uri: "/") }, port: port, group: self.group)
            let fromOne = responses.filter { $0.headers.first(name: "X-Upstream") == "one" }.count
            XCTAssertEqual(fromOne, 6)
            XCTAssertEqual(responses.count - fromOne, 2)
        }
        await second.stop()
    }

    /// A 1 GiB download and a 1 GiB upload pass through while the process stays far below
    /// the size of either body.
    func testGigabyteBodiesStreamWithFlatMemory() async throws {
        let gigabyte = 1 << 30
        try await withGateway { port in
            _ = try await TestClient.get("/", port: port, group: self.group)
            let before = residentMemoryBytes()
            let download = TestRequest(uri: "/bytes/\(gigabyte)", keepBody: false)
            let upload = TestRequest(method: .POST, uri: "/upload", body: .generated(count: gigabyte, chunked: false))
            let responses = try await TestClient.send([download, upload], port: port, group: self.group)
            let growth = residentMemoryBytes() - before
            XCTAssertEqual(responses[0].bodyCount, gigabyte)
            XCTAssertEqual(responses[1].text, String(gigabyte))
            XCTAssertLessThan(growth, 128 << 20, "memory grew by \(growth >> 20) MiB while streaming 2 GiB")
        }
    }
}
