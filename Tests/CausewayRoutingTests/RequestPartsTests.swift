import XCTest
@testable import CausewayRouting

final class RequestPartsTests: XCTestCase {
    func testCanonicalHost() {
        let cases: [(String?, String)] = [
            ("Example.COM", "example.com"),
            ("example.com:8080", "example.com"),
            ("  example.com  ", "example.com"),
            ("[::1]:443", "::1"),
            ("[2001:DB8::1]", "2001:db8::1"),
            ("::1", "::1"),  // not host:port, kept whole
            ("example.com:", "example.com"),
            ("", ""),
            (nil, ""),
        ]
        for (raw, expected) in cases {
            XCTAssertEqual(CanonicalHost.make(fromHostHeader: raw), expected, raw ?? "nil")
        }
    }

    func testRoutingPath() throws {
        let cases: [(String, String)] = [
            ("/plain/path", "/plain/path"),
            ("/foo%20bar", "/foo bar"),
            ("/foo%2Fbar", "/foo%2Fbar"),
            ("/foo%2fbar", "/foo%2fbar"),
            ("/%41%62c", "/Abc"),
            ("/a%3Fb%23c%25d", "/a%3Fb%23c%25d"),
            ("/%7E%2D%5F%2E", "/~-_."),
            ("/caf%C3%A9", "/caf\u{E9}"),
            ("/%3a%40%21%24%26%27%28%29%2a%2b%2c%3b%3d%5b%5d", "/%3a%40%21%24%26%27%28%29%2a%2b%2c%3b%3d%5b%5d"),
            ("", ""),
        ]
        for (escaped, expected) in cases {
            XCTAssertEqual(try RoutingPath.make(fromEscapedPath: escaped), expected, escaped)
        }
        for malformed in ["/a%", "/a%2", "/a%zz", "/%g0/x", "%"] {
            XCTAssertThrowsError(try RoutingPath.make(fromEscapedPath: malformed), malformed) { error in
                XCTAssertEqual("\(error)", "invalid percent-encoding in URL path")
            }
        }
    }

    func testSplitRequestTarget() {
        let cases: [(String, String, String)] = [
            ("/a/b?x=1&y", "/a/b", "x=1&y"),
            ("/a/b", "/a/b", ""),
            ("/a?", "/a", ""),
            ("/a#frag", "/a", ""),
            ("http://example.com/p?q=1", "/p", "q=1"),
            ("http://example.com", "", ""),
            ("http://example.com?q", "", "q"),
            ("*", "*", ""),
        ]
        for (target, path, query) in cases {
            let split = RoutingPath.split(requestTarget: target[...])
            XCTAssertEqual(String(split.escapedPath), path, target)
            XCTAssertEqual(String(split.rawQuery), query, target)
        }
    }

    func testIPAddressParsing() {
        let valid: [(String, String)] = [
            ("192.168.0.1", "192.168.0.1"),
            ("0.0.0.0", "0.0.0.0"),
            ("255.255.255.255", "255.255.255.255"),
            ("::", "0:0:0:0:0:0:0:0"),
            ("::1", "0:0:0:0:0:0:0:1"),
            ("1::", "1:0:0:0:0:0:0:0"),
            ("2001:db8::8:800:200c:417a", "2001:db8:0:0:8:800:200c:417a"),
            ("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"),
            ("::ffff:1.2.3.4", "1.2.3.4"),
            ("64:ff9b::192.0.2.33", "64:ff9b:0:0:0:0:c000:221"),
        ]
        for (text, expected) in valid {
            XCTAssertEqual(IPAddress(text)?.description, expected, text)
        }
        for text in ["", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.-4", "a.b.c.d", "1:2:3:4:5:6:7:8:9",
                     "1::2::3", ":1", "1:", "12345::", "fe80::1%eth0", "::1.2.3", "1.2.3.4:80", "1:2:3:4:5:6:7::8:9"] {
            XCTAssertNil(IPAddress(text), text)
        }
        XCTAssertEqual(IPAddress(bytes: [10, 0, 0, 1]), IPAddress("10.0.0.1"))
        XCTAssertEqual(IPAddress(bytes: [UInt8](repeating: 0, count: 15) + [1]), IPAddress("::1"))
        XCTAssertTrue(IPAddress("10.0.0.1")!.isIPv4)
        XCTAssertFalse(IPAddress("::1")!.isIPv4)
    }

    func testIPNetwork() {
        XCTAssertEqual(IPNetwork("10.1.2.3/8")?.address, IPAddress("10.0.0.0"))
        XCTAssertEqual(IPNetwork("10.1.2.3/8")?.prefixLength, 8)
        XCTAssertEqual(IPNetwork("2001:db8:1234::/33")?.address, IPAddress("2001:db8::"))
        XCTAssertTrue(IPNetwork("0.0.0.0/0")!.contains(IPAddress("8.8.8.8")!))
        XCTAssertTrue(IPNetwork("192.168.1.0/24")!.contains(IPAddress("192.168.1.255")!))
        XCTAssertFalse(IPNetwork("192.168.1.0/24")!.contains(IPAddress("192.168.2.0")!))
        XCTAssertTrue(IPNetwork("192.168.1.7/32")!.contains(IPAddress("192.168.1.7")!))
        XCTAssertTrue(IPNetwork("::1/128")!.contains(IPAddress("::1")!))
        XCTAssertFalse(IPNetwork("::1/128")!.contains(IPAddress("::2")!))
        XCTAssertTrue(IPNetwork("2001:db8::/64")!.contains(IPAddress("2001:db8::ffff:ffff:ffff:ffff")!))
        XCTAssertFalse(IPNetwork("2001:db8::/64")!.contains(IPAddress("2001:db8:0:1::")!))
        for text in ["10.0.0.0", "10.0.0.0/", "10.0.0.0/33", "::/129", "10.0.0.0/-1", "10.0.0.0/ 8", "x/8", "10.0.0.0/8/8"] {
            XCTAssertNil(IPNetwork(text), text)
        }
    }
}

final class ByteComparisonTests: XCTestCase {
    func testUTF8BytesComparesBytesNotCanonicalEquivalence() {
        let composed = "/caf\u{E9}", decomposed = "/cafe\u{301}"
        XCTAssertTrue(composed == decomposed)  // Swift's String equality...
        XCTAssertFalse(UTF8Bytes.equal(composed, decomposed))  // ...is not Go's.
        XCTAssertTrue(UTF8Bytes.equal(composed, "/caf\u{E9}"))
        XCTAssertTrue(UTF8Bytes.hasPrefix("/api/v1", "/api"))
        XCTAssertTrue(UTF8Bytes.hasPrefix("/api", "/api"))
        XCTAssertFalse(UTF8Bytes.hasPrefix("/ap", "/api"))
        XCTAssertTrue(UTF8Bytes.hasPrefix(decomposed, "/cafe"))  // byte prefix, mid-character
        XCTAssertTrue(UTF8Bytes.hasPrefix("x", ""))
    }

    func testByteKeysHashAndCompareRawBytes() {
        let storage = ByteKeyStorage(capacity: 32)
        let stored = storage.store("example.com")
        var table: [ByteKey: Int] = [stored: 1, storage.store("/caf\u{E9}"): 2]
        let hits = ByteKey.withBytes(of: "www.example.com") { bytes in
            table[ByteKey(UnsafeRawBufferPointer(rebasing: bytes[4...]))]
        }
        XCTAssertEqual(hits, 1)
        XCTAssertNil(ByteKey.withBytes(of: "/cafe\u{301}") { table[ByteKey($0)] })
        XCTAssertEqual(ByteKey.withBytes(of: "/caf\u{E9}") { table[ByteKey($0)] }, 2)
        table[stored] = 3
        XCTAssertEqual(table.count, 2)
    }
}

final class RoutingRequestFromRawPartsTests: XCTestCase {
    func testBuildsCanonicalValuesOnce() throws {
        let request = try RoutingRequest(
            method: "GET", hostHeader: "API.Example.com:8443", requestTarget: "/foo%20bar/x%2Fy?mobile=true&q",
            headers: HeaderFieldList(), clientIP: IPAddress("10.0.0.1"))
        XCTAssertEqual(request.host, "api.example.com")
        XCTAssertEqual(request.path, "/foo bar/x%2Fy")
        XCTAssertEqual(request.rawQuery, "mobile=true&q")
        XCTAssertTrue(try Rule("Host(`api.example.com`) && PathPrefix(`/foo bar/`) && Query(`mobile`, `true`) && Query(`q`)").matches(request))
    }

    func testMalformedPercentEncodingIsReported() {
        XCTAssertThrowsError(try RoutingRequest(
            method: "GET", hostHeader: "a.com", requestTarget: "/bad%2", headers: HeaderFieldList(), clientIP: nil)
        ) { error in
            XCTAssertEqual(error as? MalformedPercentEncoding, MalformedPercentEncoding())
        }
    }
}
