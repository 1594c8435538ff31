import XCTest
@testable import GoStdlibCore

/// The JSON scanner's error texts and offsets (as Go's `*json.SyntaxError`), string decoding,
/// and the encoder's text helpers.
final class JSONCoreTests: XCTestCase {
    private func error(_ s: String) -> GoJSONSyntaxError? {
        do { _ = try GoJSONParser.parse(Array(s.utf8)); return nil } catch { return error }
    }

    func testSyntaxErrorMessages() {
        let cases: [(String, String, Int)] = [
            ("{", "unexpected end of JSON input", 1),
            ("", "unexpected end of JSON input", 0),
            ("{\"a\" 1}", "invalid character '1' after object key", 6),
            ("{\"a\":1 \"b\"}", "invalid character '\"' after object key:value pair", 8),
            ("[1,]", "invalid character ']' looking for beginning of value", 4),
            ("{\"a\":1,}", "invalid character '}' looking for beginning of object key string", 8),
            ("[1 2]", "invalid character '2' after array element", 4),
            ("trx", "invalid character 'x' in literal true (expecting 'u')", 3),
            ("nul", "invalid character ' ' in literal null (expecting 'l')", 3),
            ("{}x", "invalid character 'x' after top-level value", 3),
            ("01", "invalid character '1' after top-level value", 2),
            ("-a", "invalid character 'a' in numeric literal", 2),
            ("1.", "invalid character ' ' after decimal point in numeric literal", 2),
            ("1e+", "invalid character ' ' in exponent of numeric literal", 3),
            ("\"\\x\"", "invalid character 'x' in string escape code", 3),
            ("\"\\u12g4\"", "invalid character 'g' in \\u hexadecimal character escape", 6),
            ("\"a\nb\"", "invalid character '\\n' in string literal", 3),
            ("'a'", "invalid character '\\'' looking for beginning of value", 1),
            ("\"abc", "unexpected end of JSON input", 4),
        ]
        for (input, message, offset) in cases {
            let e = error(input)
            XCTAssertEqual(e?.message, message, input)
            XCTAssertEqual(e?.offset, offset, input)
        }
        XCTAssertTrue(GoJSONParser.isValid(Array(" {\"a\":[1,2.5e-3,true,null,\"x\"]} ".utf8)))
    }

    func testStringDecoding() throws {
        let node = try GoJSONParser.parse(Array(#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00\ud800x""#.utf8))
        guard case .string(let s) = node.value else { return XCTFail("not a string") }
        XCTAssertEqual(String(decoding: s, as: UTF8.self), "a\"\\/\u{8}\u{c}\n\r\té😀\u{FFFD}x")
    }

    func testObjectKeepsOrderAndRanges() throws {
        let text = Array(#"{"b": [1, 2], "a": {"x": null}}"#.utf8)
        let node = try GoJSONParser.parse(text)
        guard case .object(let members) = node.value else { return XCTFail("not an object") }
        XCTAssertEqual(members.map { String(decoding: $0.key, as: UTF8.self) }, ["b", "a"])
        XCTAssertEqual(String(decoding: text[members[0].value.range], as: UTF8.self), "[1, 2]")
        XCTAssertEqual(String(decoding: text[members[1].value.range], as: UTF8.self), #"{"x": null}"#)
    }

    func testStringEncoding() {
        var out: [UInt8] = []
        GoJSONWriting.appendString(&out, Array("<a&b>\"\\\n\u{1}\u{8}\u{2028}é".utf8) + [0xff], escapeHTML: true)
        XCTAssertEqual(String(decoding: out, as: UTF8.self), #""\u003ca\u0026b\u003e\"\\\n\u0001\b\u2028é\ufffd""#)
        out = []
        GoJSONWriting.appendString(&out, Array("<a>".utf8), escapeHTML: false)
        XCTAssertEqual(String(decoding: out, as: UTF8.self), "\"<a>\"")
    }

    func testFloatFormatting() {
        func f(_ v: Double, _ bits: Int = 64) -> String {
            var out: [UInt8] = []
            return GoJSONWriting.appendFloat(&out, v, bitSize: bits) ? String(decoding: out, as: UTF8.self) : "unsupported"
        }
        XCTAssertEqual(f(1), "1")
        XCTAssertEqual(f(3.14), "3.14")
        XCTAssertEqual(f(1e21), "1e+21")
        XCTAssertEqual(f(1e20), "100000000000000000000")
        XCTAssertEqual(f(0.0000001), "1e-7")
        XCTAssertEqual(f(0.000001), "0.000001")
        XCTAssertEqual(f(-0.5), "-0.5")
        XCTAssertEqual(f(.nan), "unsupported")
        XCTAssertEqual(f(Double(Float(0.1)), 32), "0.1")
    }

    func testIndentAndCompact() {
        let compact = Array(#"{"a":[1,2],"b":{},"c":[],"d":"x, y"}"#.utf8)
        XCTAssertEqual(String(decoding: GoJSONWriting.indent(compact, prefix: [], indent: Array("  ".utf8)), as: UTF8.self),
                       "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {},\n  \"c\": [],\n  \"d\": \"x, y\"\n}")
        XCTAssertEqual(String(decoding: GoJSONWriting.indent(Array("[1]".utf8), prefix: Array(">".utf8), indent: Array("\t".utf8)), as: UTF8.self), "[\n>\t1\n>]")
        XCTAssertEqual(String(decoding: GoJSONWriting.compact(Array(" { \"a\" : [ 1 , \"<x y>\" ] } ".utf8), escapeHTML: true), as: UTF8.self),
                       #"{"a":[1,"\u003cx y\u003e"]}"#)
    }
}
