import XCTest
@testable import GoStdlibCore

final class UTF8Tests: XCTestCase {
    func testDecodeValidSequences() {
        XCTAssertEqual(GoUTF8.decodeRune([0x61]).rune, 0x61)
        let euro: [UInt8] = [0xE2, 0x82, 0xAC]
        XCTAssertEqual(GoUTF8.decodeRune(euro).rune, 0x20AC)
        XCTAssertEqual(GoUTF8.decodeRune(euro).size, 3)
        let grin: [UInt8] = [0xF0, 0x9F, 0x98, 0x80]
        XCTAssertEqual(GoUTF8.decodeRune(grin).rune, 0x1F600)
        XCTAssertEqual(GoUTF8.decodeRune(grin).size, 4)
        XCTAssertEqual(GoUTF8.decodeRune([0xC2, 0x80]).rune, 0x80)
        XCTAssertEqual(GoUTF8.decodeRune([0xF4, 0x8F, 0xBF, 0xBF]).rune, 0x10FFFF)
    }

    func testDecodeInvalidIsErrorWidthOne() {
        let cases: [[UInt8]] = [
            [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
            [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xFF], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xE2, 0x41, 0x41],
        ]
        for c in cases {
            let d = GoUTF8.decodeRune(c)
            XCTAssertEqual(d.rune, GoUTF8.runeError, "\(c)")
            XCTAssertEqual(d.size, 1, "\(c)")
        }
        XCTAssertEqual(GoUTF8.decodeRune([]).size, 0)
        XCTAssertEqual(GoUTF8.decodeRune([]).rune, GoUTF8.runeError)
    }

    func testDecodeLastRune() {
        XCTAssertEqual(GoUTF8.decodeLastRuneInString("a€").rune, 0x20AC)
        XCTAssertEqual(GoUTF8.decodeLastRuneInString("a€").size, 3)
        XCTAssertEqual(GoUTF8.decodeLastRune([0x61, 0xE2, 0x82]).size, 1)
        XCTAssertEqual(GoUTF8.decodeLastRune([0x61, 0xE2, 0x82]).rune, GoUTF8.runeError)
        XCTAssertEqual(GoUTF8.decodeLastRune([0x80, 0x80, 0x80, 0x80, 0x80]).size, 1)
        XCTAssertEqual(GoUTF8.decodeLastRune([]).size, 0)
        XCTAssertEqual(GoUTF8.decodeLastRune([0xF0, 0x9F, 0x98, 0x80]).rune, 0x1F600)
    }

    func testEncodeAndRuneLen() {
        XCTAssertEqual(GoUTF8.encodeRune(0x20AC), [0xE2, 0x82, 0xAC])
        XCTAssertEqual(GoUTF8.encodeRune(0xD800), [0xEF, 0xBF, 0xBD])
        XCTAssertEqual(GoUTF8.encodeRune(-1), [0xEF, 0xBF, 0xBD])
        XCTAssertEqual(GoUTF8.encodeRune(0x110000), [0xEF, 0xBF, 0xBD])
        XCTAssertEqual(GoUTF8.encodeRune(0x7F), [0x7F])
        XCTAssertEqual(GoUTF8.runeLen(0x61), 1)
        XCTAssertEqual(GoUTF8.runeLen(0x20AC), 3)
        XCTAssertEqual(GoUTF8.runeLen(0x1F600), 4)
        XCTAssertEqual(GoUTF8.runeLen(0xDFFF), -1)
        XCTAssertEqual(GoUTF8.runeLen(-5), -1)
        XCTAssertEqual(GoUTF8.runeLen(0x110000), -1)
    }

    func testEncodeDecodeRoundTripAllScalars() {
        var r: GoRune = 0
        while r <= GoUTF8.maxRune {
            let enc = GoUTF8.encodeRune(r)
            if GoUTF8.validRune(r) {
                XCTAssertEqual(enc.count, GoUTF8.runeLen(r))
                let d = GoUTF8.decodeRune(enc)
                if d.rune != r || d.size != enc.count { XCTFail("rune \(r)"); return }
                // Swift agrees on the encoding of every scalar.
                if Array(String(Unicode.Scalar(UInt32(r))!).utf8) != enc { XCTFail("swift \(r)"); return }
            }
            r += r < 0x3000 ? 1 : 97
        }
    }

    func testCountValidFull() {
        XCTAssertEqual(GoUTF8.runeCountInString("Hello, 世界"), 9)
        XCTAssertEqual(GoUTF8.runeCount([0x61, 0xFF, 0xE2, 0x82]), 4)
        XCTAssertTrue(GoUTF8.validString("Hello, 世界"))
        XCTAssertFalse(GoUTF8.valid([0x61, 0xFF]))
        XCTAssertFalse(GoUTF8.valid([0xED, 0xA0, 0x80]))
        XCTAssertTrue(GoUTF8.fullRune([0xE2, 0x82, 0xAC]))
        XCTAssertFalse(GoUTF8.fullRune([0xE2, 0x82]))
        XCTAssertTrue(GoUTF8.fullRune([0xE2, 0x41]))
        XCTAssertTrue(GoUTF8.fullRune([0x80]))
        XCTAssertFalse(GoUTF8.fullRune([]))
        XCTAssertEqual(GoUTF8.runes([0x61, 0xFF, 0x62]), [0x61, 0xFFFD, 0x62])
    }
}

final class UTF16Tests: XCTestCase {
    func testEncodeDecode() {
        XCTAssertEqual(GoUTF16.encode([0x61, 0x1F600, 0xD800, 0x110000, 0xFFFF]), [0x61, 0xD83D, 0xDE00, 0xFFFD, 0xFFFD, 0xFFFF])
        XCTAssertEqual(GoUTF16.decode([0x61, 0xD83D, 0xDE00, 0xDE00, 0xD83D, 0x62, 0xD83D]), [0x61, 0x1F600, 0xFFFD, 0xFFFD, 0x62, 0xFFFD])
        XCTAssertTrue(GoUTF16.encodeRune(0x1F600) == (0xD83D, 0xDE00))
        XCTAssertTrue(GoUTF16.encodeRune(0x41) == (0xFFFD, 0xFFFD))
        XCTAssertEqual(GoUTF16.decodeRune(0xD83D, 0x41), 0xFFFD)
        XCTAssertTrue(GoUTF16.isSurrogate(0xDFFF))
        XCTAssertFalse(GoUTF16.isSurrogate(0xE000))
        // Swift's own UTF-16 agrees for every valid scalar sampled.
        for r in stride(from: GoRune(0), through: GoUTF8.maxRune, by: 251) where GoUTF8.validRune(r) {
            let swift = Array(String(Unicode.Scalar(UInt32(r))!).utf16)
            XCTAssertEqual(GoUTF16.encode([r]), swift)
            XCTAssertEqual(GoUTF16.decode(swift), [r])
        }
    }
}
