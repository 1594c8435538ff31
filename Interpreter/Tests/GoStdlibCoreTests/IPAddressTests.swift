import XCTest
@testable import GoStdlibCore

/// net/netip and net address handling: parsing (with Go's error texts), formatting, prefixes,
/// masks, CIDR and host:port splitting.
final class IPAddressTests: XCTestCase {
    private func b(_ s: String) -> [UInt8] { Array(s.utf8) }
    private func s(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }

    private func addr(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> GoIPAddr {
        switch GoIPAddr.parse(b(text)) {
        case .success(let a): return a
        case .failure(let e): XCTFail("\(text): \(e)", file: file, line: line); return .invalid
        }
    }

    func testParseAndFormat() {
        // input, canonical text, family bits
        let cases: [(String, String, Int)] = [
            ("1.2.3.4", "1.2.3.4", 32), ("0.0.0.0", "0.0.0.0", 32), ("255.255.255.255", "255.255.255.255", 32),
            ("::", "::", 128), ("::1", "::1", 128), ("1::", "1::", 128), ("2001:DB8::1", "2001:db8::1", 128),
            ("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1", 128),
            ("1:0:0:1:0:0:0:1", "1:0:0:1::1", 128), ("1:0:0:2:0:0:3:4", "1::2:0:0:3:4", 128),
            ("0:0:1::", "0:0:1::", 128), ("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8", 128), ("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0", 128),
            ("::ffff:1.2.3.4", "::ffff:1.2.3.4", 128), ("::ffff:0102:0304", "::ffff:1.2.3.4", 128),
            ("::1.2.3.4", "::102:304", 128), ("64:ff9b::192.0.2.33", "64:ff9b::c000:221", 128),
            ("fe80::1%eth0", "fe80::1%eth0", 128), ("fe80::1%25", "fe80::1%25", 128), ("::%x", "::%x", 128),
        ]
        for (input, text, bits) in cases {
            let a = addr(input)
            XCTAssertEqual(s(a.string), text, input)
            XCTAssertEqual(a.bitLength, bits, input)
            // The canonical text parses back to the same address.
            XCTAssertEqual(addr(text), a, input)
        }
        XCTAssertEqual(s(GoIPAddr.invalid.string), "invalid IP")
    }

    func testParseErrors() {
        let cases: [(String, String)] = [
            ("", #"ParseAddr(""): unable to parse IP"#),
            ("1.2.3", #"ParseAddr("1.2.3"): IPv4 address too short"#),
            ("1.2.3.4.5", #"ParseAddr("1.2.3.4.5"): IPv4 address too long"#),
            ("1.2.3.256", #"ParseAddr("1.2.3.256"): IPv4 field has value >255"#),
            ("1.02.3.4", #"ParseAddr("1.02.3.4"): IPv4 field has octet with leading zero"#),
            ("1..2.3", #"ParseAddr("1..2.3"): IPv4 field must have at least one digit (at ".2.3")"#),
            ("1.2.3.4%z", #"ParseAddr("1.2.3.4%z"): unexpected character (at "%z")"#),
            ("%z", #"ParseAddr("%z"): missing IPv6 address"#),
            ("::1%", #"ParseAddr("::1%"): zone must be a non-empty string"#),
            ("12345::", #"ParseAddr("12345::"): each colon-separated field must have at most 4 hex digits (at "12345::")"#),
            ("1::2::3", #"ParseAddr("1::2::3"): multiple :: in address (at ":3")"#),
            ("1:2:3:4:5:6:7", #"ParseAddr("1:2:3:4:5:6:7"): address string too short"#),
            ("1:2:3:4:5:6:7:8:9", #"ParseAddr("1:2:3:4:5:6:7:8:9"): trailing garbage after address (at "9")"#),
            ("1:2:3:4:5:6:7:8::", #"ParseAddr("1:2:3:4:5:6:7:8::"): the :: must expand to at least one field of zeros"#),
            ("1:", #"ParseAddr("1:"): colon must be followed by more characters (at ":")"#),
            ("1:2:3:4:5:6:7:1.2.3.4", #"ParseAddr("1:2:3:4:5:6:7:1.2.3.4"): embedded IPv4 address must replace the final 2 fields of the address (at "1.2.3.4")"#),
            ("1:2:3:4:5:6:7:8::1.2.3.4", #"ParseAddr("1:2:3:4:5:6:7:8::1.2.3.4"): trailing garbage after address (at "1.2.3.4")"#),
            ("::ffff:1.2.3", #"ParseAddr("::ffff:1.2.3"): IPv4 address too short"#),
            ("1:2:x::", #"ParseAddr("1:2:x::"): each colon-separated field must have at least one digit (at "x::")"#),
            ("1:2;3::", #"ParseAddr("1:2;3::"): unexpected character, want colon (at ";3::")"#),
        ]
        for (input, want) in cases {
            if case .failure(let e) = GoIPAddr.parse(b(input)) { XCTAssertEqual(e.description, want, input) } else { XCTFail("accepted \(input)") }
        }
    }

    func testPredicatesAndMapping() {
        XCTAssertTrue(addr("127.1.2.3").isLoopback)
        XCTAssertTrue(addr("::1").isLoopback)
        XCTAssertTrue(addr("::ffff:127.0.0.1").isLoopback)
        for p in ["10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.0.1", "fc00::1", "fdff::1", "::ffff:10.1.1.1"] {
            XCTAssertTrue(addr(p).isPrivate, p)
        }
        for p in ["172.32.0.1", "11.0.0.1", "fe00::1", "8.8.8.8"] { XCTAssertFalse(addr(p).isPrivate, p) }
        let mapped = addr("::ffff:10.0.0.1")
        XCTAssertTrue(mapped.is4In6)
        XCTAssertFalse(mapped.is4)
        XCTAssertEqual(mapped.unmapped, addr("10.0.0.1"))
        XCTAssertNotEqual(mapped, addr("10.0.0.1"))
        XCTAssertEqual(addr("1.2.3.4").compare(addr("::1")), -1)
        XCTAssertEqual(addr("fe80::1%a").compare(addr("fe80::1%b")), -1)
        XCTAssertEqual(addr("10.0.0.2").compare(addr("10.0.0.10")), -1)
        XCTAssertTrue(addr("0.0.0.0").isUnspecified && addr("::").isUnspecified && !addr("::ffff:0.0.0.0").isUnspecified)
    }

    func testPrefixes() {
        func prefix(_ t: String) -> GoIPPrefix? { if case .success(let p) = GoIPPrefix.parse(b(t)) { return p }; return nil }
        let p = prefix("10.1.2.3/8")!
        XCTAssertEqual(s(p.string), "10.1.2.3/8")
        XCTAssertEqual(s(p.masked.string), "10.0.0.0/8")
        XCTAssertTrue(p.contains(addr("10.200.0.1")))
        XCTAssertFalse(p.contains(addr("::ffff:10.200.0.1")))
        XCTAssertFalse(prefix("fe80::/10")!.contains(addr("fe80::1%eth0")))
        XCTAssertTrue(prefix("fe80::/10")!.contains(addr("febf::1")))
        XCTAssertFalse(prefix("fe80::/10")!.contains(addr("fec0::1")))
        XCTAssertTrue(prefix("0.0.0.0/0")!.contains(addr("1.2.3.4")))
        XCTAssertTrue(prefix("2001:db8::/33")!.contains(addr("2001:db8:7fff::")))
        XCTAssertFalse(prefix("2001:db8::/33")!.contains(addr("2001:db8:8000::")))
        XCTAssertTrue(prefix("10.0.0.0/8")!.overlaps(prefix("10.9.0.0/16")!))
        XCTAssertFalse(prefix("10.0.0.0/16")!.overlaps(prefix("10.9.0.0/16")!))
        XCTAssertFalse(prefix("0.0.0.0/0")!.overlaps(prefix("::/0")!))
        XCTAssertEqual(s(prefix("2001:db8:abcd:1234::1/36")!.masked.string), "2001:db8:a000::/36")
        XCTAssertFalse(GoIPPrefix.from(addr("1.2.3.4"), bits: 33).isValid)
        XCTAssertEqual(GoIPPrefix.from(addr("1.2.3.4"), bits: 33).bits, -1)
        let errors: [(String, String)] = [
            ("1.2.3.4", #"netip.ParsePrefix("1.2.3.4"): no '/'"#),
            ("1.2.3.4/33", #"netip.ParsePrefix("1.2.3.4/33"): prefix length out of range"#),
            ("1.2.3.4/+8", #"netip.ParsePrefix("1.2.3.4/+8"): bad bits after slash: "+8""#),
            ("1.2.3.4/08", #"netip.ParsePrefix("1.2.3.4/08"): bad bits after slash: "08""#),
            ("::1%z/64", #"netip.ParsePrefix("::1%z/64"): IPv6 zones cannot be present in a prefix"#),
            ("1.2.3/8", #"netip.ParsePrefix("1.2.3/8"): ParseAddr("1.2.3"): IPv4 address too short"#),
        ]
        for (input, want) in errors {
            if case .failure(let e) = GoIPPrefix.parse(b(input)) { XCTAssertEqual(e.description, want, input) } else { XCTFail(input) }
        }
    }

    func testAddrPort() {
        if case .success(let ap) = GoIPAddrPort.parse(b("[fe80::1%eth0]:8080")) {
            XCTAssertEqual(s(ap.string), "[fe80::1%eth0]:8080")
            XCTAssertEqual(ap.port, 8080)
        } else { XCTFail() }
        let errors: [(String, String)] = [
            ("1.2.3.4", "not an ip:port"), (":1", "no IP"), ("1.2.3.4:", "no port"), ("[::1:80", "missing ]"),
            ("1.2.3.4:99999", #"invalid port "99999" parsing "1.2.3.4:99999""#),
            ("[1.2.3.4]:80", #"invalid ip:port "[1.2.3.4]:80", square brackets can only be used with IPv6 addresses"#),
            ("::1:80", #"invalid ip:port "::1:80", IPv6 addresses must be surrounded by square brackets"#),
        ]
        for (input, want) in errors {
            if case .failure(let e) = GoIPAddrPort.parse(b(input)) { XCTAssertEqual(e.description, want, input) } else { XCTFail(input) }
        }
    }

    func testNetIPBytes() {
        XCTAssertEqual(GoNetIP.parseIP(b("1.2.3.4")), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 1, 2, 3, 4])
        XCTAssertNil(GoNetIP.parseIP(b("fe80::1%eth0")))
        XCTAssertNil(GoNetIP.parseIP(b("1.2.3.04")))
        XCTAssertEqual(s(GoNetIP.string([1, 2, 3])), "?010203")
        XCTAssertEqual(s(GoNetIP.string([])), "<nil>")
        XCTAssertEqual(s(GoNetIP.string(GoNetIP.parseIP(b("::ffff:1.2.3.4"))!)), "1.2.3.4")
        XCTAssertTrue(GoNetIP.equal([1, 2, 3, 4], GoNetIP.ipv4(1, 2, 3, 4)))
        XCTAssertEqual(GoNetIP.cidrMask(ones: 20, bits: 32), [255, 255, 240, 0])
        XCTAssertNil(GoNetIP.cidrMask(ones: 33, bits: 32))
        XCTAssertTrue(GoNetIP.maskSize([255, 0, 255, 0]) == (0, 0))
        XCTAssertTrue(GoNetIP.maskSize([255, 255, 128, 0]) == (17, 32))
        XCTAssertEqual(GoNetIP.mask([10, 1, 2, 3], GoNetIP.cidrMask(ones: 120, bits: 128)!), [10, 1, 2, 0])
        XCTAssertNil(GoNetIP.mask([10, 1, 2, 3], GoNetIP.cidrMask(ones: 64, bits: 128)!))
    }

    func testCIDR() throws {
        let r = try XCTUnwrap(GoNetIP.parseCIDR(b("192.168.1.77/20")))
        XCTAssertEqual(s(GoNetIP.string(r.ip)), "192.168.1.77")
        XCTAssertEqual(r.network, [192, 168, 0, 0])
        XCTAssertEqual(s(GoNetIP.networkString(ip: r.network, mask: r.mask)), "192.168.0.0/20")
        XCTAssertTrue(GoNetIP.networkContains(ip: r.network, mask: r.mask, GoNetIP.parseIP(b("192.168.15.255"))!))
        XCTAssertFalse(GoNetIP.networkContains(ip: r.network, mask: r.mask, GoNetIP.parseIP(b("192.168.16.0"))!))
        XCTAssertFalse(GoNetIP.networkContains(ip: r.network, mask: r.mask, GoNetIP.parseIP(b("::1"))!))
        let v6 = try XCTUnwrap(GoNetIP.parseCIDR(b("2001:db8::/32")))
        XCTAssertEqual(s(GoNetIP.networkString(ip: v6.network, mask: v6.mask)), "2001:db8::/32")
        for bad in ["1.2.3.4", "1.2.3.4/33", "1.2.3.4/", "1.2.3.4/x", "::/129", "fe80::1%z/64", "a/8"] {
            XCTAssertNil(GoNetIP.parseCIDR(b(bad)), bad)
        }
        XCTAssertEqual(s(GoNetIP.networkString(ip: [10, 0, 0, 0], mask: [255, 0, 255, 0])), "10.0.0.0/ff00ff00")
        XCTAssertEqual(s(GoNetIP.networkString(ip: GoNetIP.parseIP(b("::1"))!, mask: [255, 0, 0, 0])), "<nil>")
    }

    func testSplitAndJoinHostPort() {
        let ok: [(String, String, String)] = [
            ("a:1", "a", "1"), ("[::1]:80", "::1", "80"), (":80", "", "80"), ("[fe80::1%lo]:0", "fe80::1%lo", "0"), ("a:", "a", ""),
        ]
        for (input, host, port) in ok {
            if case .success(let r) = GoNetIP.splitHostPort(b(input)) {
                XCTAssertEqual(s(r.host), host, input)
                XCTAssertEqual(s(r.port), port, input)
            } else { XCTFail(input) }
        }
        let bad: [(String, String)] = [
            ("a", "address a: missing port in address"), ("::1", "address ::1: too many colons in address"),
            ("[::1]", "address [::1]: missing port in address"), ("[::1", "address [::1: missing ']' in address"),
            ("[a]:b:c", "address [a]:b:c: too many colons in address"), ("a]:1", "address a]:1: unexpected ']' in address"),
            ("x[a:1", "address x[a:1: unexpected '[' in address"), ("", "missing port in address"),
        ]
        for (input, want) in bad {
            if case .failure(let e) = GoNetIP.splitHostPort(b(input)) { XCTAssertEqual(e.description, want, input) } else { XCTFail(input) }
        }
        XCTAssertEqual(s(GoNetIP.joinHostPort(b("::1"), b("80"))), "[::1]:80")
        XCTAssertEqual(s(GoNetIP.joinHostPort(b("h"), b("80"))), "h:80")
    }
}
