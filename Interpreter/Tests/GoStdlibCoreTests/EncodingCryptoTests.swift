import XCTest
@testable import GoStdlibCore

/// Known-answer vectors: RFC 4648 (base64), FIPS 180 examples (SHA-1, SHA-256), RFC 1321
/// (MD5), RFC 2202 and RFC 4231 (HMAC), and the error offsets of Go's own base64 tests.
final class EncodingCryptoTests: XCTestCase {
    private func hex(_ bytes: [UInt8]) -> String { String(decoding: GoHex.encode(bytes), as: UTF8.self) }
    private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    func testBase64RFC4648Vectors() {
        let vectors = [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")]
        for (plain, encoded) in vectors {
            XCTAssertEqual(String(decoding: GoBase64.std.encode(bytes(plain)), as: UTF8.self), encoded)
            XCTAssertEqual(String(decoding: GoBase64.rawStd.encode(bytes(plain)), as: UTF8.self), encoded.replacingOccurrences(of: "=", with: ""))
            let decoded = GoBase64.std.decode(bytes(encoded))
            XCTAssertNil(decoded.error)
            XCTAssertEqual(decoded.bytes, bytes(plain))
            XCTAssertEqual(GoBase64.rawStd.decode(bytes(encoded.replacingOccurrences(of: "=", with: ""))).bytes, bytes(plain))
        }
        XCTAssertEqual(String(decoding: GoBase64.url.encode([0xfb, 0xff]), as: UTF8.self), "-_8=")
        XCTAssertEqual(String(decoding: GoBase64.std.encode([0xfb, 0xff]), as: UTF8.self), "+/8=")
        XCTAssertEqual(GoBase64.std.encodedLength(5), 8)
        XCTAssertEqual(GoBase64.rawStd.encodedLength(5), 7)
        XCTAssertEqual(GoBase64.std.decodedLength(8), 6)
        XCTAssertEqual(GoBase64.rawStd.decodedLength(7), 5)
    }

    func testBase64CorruptInputOffsets() {
        let cases: [(String, Int)] = [("A", 0), ("!!!!", 0), ("x===", 1), ("AA=", 3), ("AAA=AAAA", 4), ("AAAAA", 4), ("AAAAAA", 4), ("AAA", 0), ("A=AA", 1)]
        for (input, offset) in cases {
            XCTAssertEqual(GoBase64.std.decode(bytes(input)).error?.offset, offset, input)
        }
        XCTAssertEqual(GoBase64.std.decode(bytes("AAA=AAAA")).bytes.count, 2)
        XCTAssertEqual(GoBase64.rawStd.decode(bytes("Zg==")).error?.offset, 2)
        XCTAssertEqual(GoBase64.std.decode(bytes("Zm9v\r\nYmFy")).bytes, bytes("foobar"))
        XCTAssertEqual(GoBase64.std.decode(bytes("!")).error?.description, "illegal base64 data at input byte 0")
    }

    func testBase32RFC4648Vectors() {
        let std = [("", ""), ("f", "MY======"), ("fo", "MZXQ===="), ("foo", "MZXW6==="), ("foob", "MZXW6YQ="), ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI======")]
        let hex = [("", ""), ("f", "CO======"), ("fo", "CPNG===="), ("foo", "CPNMU==="), ("foob", "CPNMUOG="), ("fooba", "CPNMUOJ1"), ("foobar", "CPNMUOJ1E8======")]
        for (plain, encoded) in std {
            XCTAssertEqual(String(decoding: GoBase32.std.encode(bytes(plain)), as: UTF8.self), encoded)
            XCTAssertEqual(GoBase32.std.decode(bytes(encoded)).bytes, bytes(plain))
            XCTAssertNil(GoBase32.std.decode(bytes(encoded)).error)
        }
        for (plain, encoded) in hex {
            XCTAssertEqual(String(decoding: GoBase32.hex.encode(bytes(plain)), as: UTF8.self), encoded)
            XCTAssertEqual(GoBase32.hex.decode(bytes(encoded)).bytes, bytes(plain))
        }
        let raw = GoBase32(alphabet: GoBase32.std.alphabet, padding: nil)
        XCTAssertEqual(String(decoding: raw.encode(bytes("foobar")), as: UTF8.self), "MZXW6YTBOI")
        XCTAssertEqual(raw.decode(bytes("MZXW6YTBOI")).bytes, bytes("foobar"))
        XCTAssertEqual(GoBase32.std.decode(bytes("MZXW6YT!")).error?.offset, 7)
        XCTAssertEqual(GoBase32.std.decode(bytes("MZXW6")).error?.offset, 0)
        XCTAssertEqual(GoBase32.std.decode(bytes("MY=====")).error?.offset, 7)
        XCTAssertEqual(GoBase32.std.encodedLength(6), 16)
        XCTAssertEqual(raw.encodedLength(6), 10)
    }

    func testHex() {
        XCTAssertEqual(hex([0x00, 0x7f, 0xff, 0x10]), "007fff10")
        XCTAssertEqual(GoHex.decode(bytes("48656C6c6f")).bytes, bytes("Hello"))
        XCTAssertEqual(GoHex.decode(bytes("0g")).error?.description, "encoding/hex: invalid byte: U+0067 'g'")
        XCTAssertEqual(GoHex.decode(bytes("abc")).error, .oddLength)
        XCTAssertEqual(GoHex.decode(bytes("abz")).error, .invalidByte(UInt8(ascii: "z")))
        XCTAssertEqual(GoHex.decode([0x0a, 0x30]).error?.description, "encoding/hex: invalid byte: U+000A")
        XCTAssertEqual(GoHex.decode(bytes("abc")).bytes, [0xab])
    }

    func testSHA256() {
        XCTAssertEqual(hex(GoSHA256.digest(bytes(""))), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(hex(GoSHA256.digest(bytes("abc"))), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(hex(GoSHA256.digest(bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Streaming in pieces, and summing mid-stream, give the same answers.
        var h = GoSHA256()
        h.write(bytes("ab"))
        XCTAssertEqual(hex(h.sum()), hex(GoSHA256.digest(bytes("ab"))))
        h.write(bytes("c"))
        XCTAssertEqual(hex(h.sum()), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testSHA1AndMD5() {
        XCTAssertEqual(hex(GoSHA1.digest(bytes(""))), "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        XCTAssertEqual(hex(GoSHA1.digest(bytes("abc"))), "a9993e364706816aba3e25717850c26c9cd0d89d")
        XCTAssertEqual(hex(GoSHA1.digest(bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))), "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        XCTAssertEqual(hex(GoMD5.digest(bytes(""))), "d41d8cd98f00b204e9800998ecf8427e")
        XCTAssertEqual(hex(GoMD5.digest(bytes("abc"))), "900150983cd24fb0d6963f7d28e17f72")
        XCTAssertEqual(hex(GoMD5.digest(bytes("The quick brown fox jumps over the lazy dog"))), "9e107d9d372bb6826bd81d3542a419d6")
        XCTAssertEqual(hex(GoMD5.digest(bytes("12345678901234567890123456789012345678901234567890123456789012345678901234567890"))), "57edf4a22be3c955ac49da2e2107b67a")
    }

    func testSHA512() {
        XCTAssertEqual(hex(GoSHA512.digest(bytes("abc"))),
                       "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
        XCTAssertEqual(hex(GoSHA512.digest(bytes("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"))),
                       "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909")
        XCTAssertEqual(hex(GoHMAC<GoSHA512>.mac(key: bytes("Jefe"), message: bytes("what do ya want for nothing?"))),
                       "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737")
    }

    func testSHA384() {
        XCTAssertEqual(hex(GoSHA384.digest(bytes("abc"))),
                       "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7")
        XCTAssertEqual(hex(GoHMAC<GoSHA384>.mac(key: bytes("Jefe"), message: bytes("what do ya want for nothing?"))),
                       "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649")
    }

    func testFNVAndCRC32() {
        XCTAssertEqual(hex(GoFNV32.digest(bytes("a"))), "050c5d7e")
        XCTAssertEqual(hex(GoFNV32a.digest(bytes("a"))), "e40c292c")
        XCTAssertEqual(hex(GoFNV64.digest(bytes("a"))), "af63bd4c8601b7be")
        XCTAssertEqual(hex(GoFNV64a.digest(bytes("a"))), "af63dc4c8601ec8c")
        XCTAssertEqual(hex(GoFNV32a.digest(bytes("foobar"))), "bf9cf968")
        XCTAssertEqual(hex(GoFNV64a.digest(bytes(""))), "cbf29ce484222325")
        XCTAssertEqual(hex(GoCRC32.digest(bytes("123456789"))), "cbf43926")
        XCTAssertEqual(hex(GoCRC32.digest(bytes(""))), "00000000")
        var crc = GoCRC32()
        crc.write(bytes("1234"))
        crc.write(bytes("56789"))
        XCTAssertEqual(crc.value, 0xcbf43926)
        // Castagnoli polynomial: the CRC-32C check value.
        XCTAssertEqual(GoCRC32.update(0, table: GoCRC32.makeTable(0x82f63b78), bytes("123456789")), 0xe3069283)
    }

    func testHMAC() {
        XCTAssertEqual(hex(GoHMAC<GoSHA256>.mac(key: [UInt8](repeating: 0x0b, count: 20), message: bytes("Hi There"))),
                       "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        XCTAssertEqual(hex(GoHMAC<GoSHA256>.mac(key: bytes("Jefe"), message: bytes("what do ya want for nothing?"))),
                       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        XCTAssertEqual(hex(GoHMAC<GoSHA256>.mac(key: [UInt8](repeating: 0xaa, count: 131), message: bytes("Test Using Larger Than Block-Size Key - Hash Key First"))),
                       "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
        XCTAssertEqual(hex(GoHMAC<GoSHA1>.mac(key: bytes("Jefe"), message: bytes("what do ya want for nothing?"))), "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79")
        XCTAssertEqual(hex(GoHMAC<GoMD5>.mac(key: bytes("Jefe"), message: bytes("what do ya want for nothing?"))), "750c783e6ab0b503eaa86e310a5db738")
        var h = GoHMAC<GoSHA256>(key: bytes("Jefe"))
        h.write(bytes("garbage"))
        h.reset()
        h.write(bytes("what do ya want "))
        h.write(bytes("for nothing?"))
        XCTAssertEqual(hex(h.sum()), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        XCTAssertTrue(goConstantTimeEqual([1, 2], [1, 2]))
        XCTAssertFalse(goConstantTimeEqual([1, 2], [1, 3]))
        XCTAssertFalse(goConstantTimeEqual([1], [1, 2]))
    }
}
