import XCTest
@testable import GoStdlibCore

final class FmtTests: XCTestCase {
    private func unhex(_ s: Substring) -> [UInt8] {
        if s == "-" { return [] }
        var out: [UInt8] = []
        var it = s.utf8.makeIterator()
        while let a = it.next(), let b = it.next() { out.append(GoStrconv.hexValue(a)! << 4 | GoStrconv.hexValue(b)!) }
        return out
    }

    /// Decodes the generator's `type:value` argument encoding.
    private func decodeArg(_ token: Substring) -> GoFormatValue {
        if token == "nil" { return GoFormatValue(.nilInterface) }
        let parts = token.split(separator: ":", maxSplits: 1)
        let type = String(parts[0]), v = parts[1]
        func bits(_ s: Substring) -> Double { Double(bitPattern: UInt64(s, radix: 16)!) }
        switch type {
        case "bool": return GoFormatValue(.bool(v == "true"))
        case "int", "int8", "int32", "int64": return GoFormatValue(.int(Int64(v)!), typeName: type)
        case "uint", "uint8", "uint16", "uint64", "uintptr": return GoFormatValue(.uint(UInt64(v)!), typeName: type)
        case "float64": return GoFormatValue(.float(bits(v), bitSize: 64))
        case "float32": return GoFormatValue(.float(bits(v), bitSize: 32))
        case "complex128", "complex64":
            let c = v.split(separator: ",")
            return GoFormatValue(.complex(bits(c[0]), bits(c[1]), bitSize: type == "complex64" ? 64 : 128))
        case "string": return GoFormatValue(.string(unhex(v)))
        case "bytes": return GoFormatValue(.bytes(v == "nil" ? nil : unhex(v)))
        case "pointer": return GoFormatValue(.pointer(UInt64(v)!))
        default: fatalError("unknown fixture type \(type)")
        }
    }

    func testSprintfAgainstGoReferenceOutputs() {
        let lines = Fixture.lines("fmt_cases.txt")
        XCTAssertGreaterThan(lines.count, 40)
        for line in lines {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            let args = f[1] == "-" ? [] : f[1].split(separator: " ").map(decodeArg)
            let expected = String(decoding: unhex(f[2]), as: UTF8.self)
            switch f[0] {
            case "SPRINT": XCTAssertEqual(GoPrintf.sprint(args), expected, line)
            case "SPRINTLN": XCTAssertEqual(GoPrintf.sprintln(args), expected, line)
            default:
                let format = String(decoding: unhex(f[0]), as: UTF8.self)
                XCTAssertEqual(GoPrintf.sprintf(format, args), expected, "format \(format)")
            }
        }
    }

    func testBriefExamples() {
        XCTAssertEqual(GoPrintf.sprintf("%08.3f", [.float64(3.14159)]), "0003.142")
        XCTAssertEqual(GoPrintf.sprintf("%-5d|", [.int(42)]), "42   |")
        XCTAssertEqual(GoPrintf.sprintf("%x", [.int(-255)]), "-ff")
        XCTAssertEqual(GoPrintf.sprintf("%U", [.int(0x1F600)]), "U+1F600")
        XCTAssertEqual(GoPrintf.sprintf("%d", [.string("hi")]), "%!d(string=hi)")
        XCTAssertEqual(GoPrintf.sprintf("%d %d", [.int(1)]), "1 %!d(MISSING)")
        XCTAssertEqual(GoPrintf.sprintf("%d", [.int(1), .int(3)]), "1%!(EXTRA int=3)")
        XCTAssertEqual(GoPrintf.sprintf("%[2]d %[1]d", [.int(1), .int(2)]), "2 1")
        XCTAssertEqual(GoPrintf.sprintln([.float64(1e21)]), "1e+21\n")
        XCTAssertEqual(GoPrintf.sprintf("%v", [.float32(0.1)]), "0.1")
        XCTAssertEqual(GoPrintf.sprintf("%p", [GoFormatValue(.pointer(0xc000012345))]), "0xc000012345")
        XCTAssertEqual(GoPrintf.sprintf("%#q", [.string("hi")]), "`hi`")
        XCTAssertEqual(GoPrintf.sprintf("% x", [.string("hi")]), "68 69")
    }

    /// A composite printer (as the interpreter will write one) reuses the walker and padding.
    func testCompositeArgumentsUseTheSameFlags() {
        struct Pair: GoFormatArguments {
            var count: Int { 1 }
            func intValue(at index: Int) -> Int? { nil }
            func typeName(at index: Int) -> String? { "main.P" }
            func print(_ index: Int, verb: GoRune, into f: inout GoFormatter) {
                guard verb == 0x76 else { f.badVerb(verb, typeName: "main.P") { $0.write("{1 2}") }; return }
                f.write(f.plusV ? "{A:" : "{")
                var inner = f
                inner.output = []
                inner.printValue(.int(1), verb: verb)
                f.output.append(contentsOf: inner.output)
                f.write(f.plusV ? " B:2}" : " 2}")
            }
        }
        var f = GoFormatter()
        GoPrintf.format(Array("%v|%+v|%d".utf8), Pair(), into: &f)
        XCTAssertEqual(String(decoding: f.output, as: UTF8.self), "{1 2}|%!v(MISSING)|%!d(MISSING)")
        var g = GoFormatter()
        GoPrintf.format(Array("[%+v]".utf8), Pair(), into: &g)
        XCTAssertEqual(String(decoding: g.output, as: UTF8.self), "[{A:1 B:2}]")
        var h = GoFormatter()
        GoPrintf.format(Array("%x".utf8), Pair(), into: &h)
        XCTAssertEqual(String(decoding: h.output, as: UTF8.self), "%!x(main.P={1 2})")
    }
}

final class FmtOrderingTests: XCTestCase {
    func testMapKeyOrdering() {
        let floats: [GoFormatValue] = [.float64(3), .float64(.nan), .float64(-.infinity), .float64(1)]
        let sorted = floats.sorted { GoFormatValue.compareForMapPrinting($0, $1) < 0 }
        XCTAssertEqual(GoPrintf.sprint(sorted), "NaN -Inf 1 3")
        let strings: [GoFormatValue] = [.string("b"), .string("B"), .string("a"), .string("")]
        XCTAssertEqual(strings.sorted { GoFormatValue.compareForMapPrinting($0, $1) < 0 }.map { GoPrintf.sprint([$0]) }, ["", "B", "a", "b"])
        XCTAssertEqual(GoFormatValue.compareForMapPrinting(.bool(false), .bool(true)), -1)
        XCTAssertEqual(GoFormatValue.compareForMapPrinting(.int(2), .int(2)), 0)
        XCTAssertEqual(GoFormatValue.compareForMapPrinting(.int(2), .string("2")), -1)
    }
}
