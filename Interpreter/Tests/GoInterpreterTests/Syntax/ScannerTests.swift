import XCTest
@testable import GoInterpreter

final class ScannerTests: XCTestCase {
    /// Scans `src` and renders each token compactly: operators as themselves, `name x`,
    /// `int 0x1F`, `;newline`.
    private func scan(_ src: String) -> (tokens: [String], errors: [String]) {
        var fset = FileSet()
        let f = fset.addFile(name: "t.go", bytes: Array(src.utf8))
        var s = Scanner(file: f)
        var out: [String] = []
        while true {
            let l = s.next()
            if l.tok == .eof { break }
            switch l.tok {
            case .ident: out.append("name \(l.lit)")
            case .int, .float, .imag, .char, .string: out.append("\(l.tok) \(l.lit)")
            case .semicolon: out.append(";\(l.lit)")
            default: out.append(l.tok.text)
            }
            if out.count > 1000 { break }
        }
        let errs = s.errors.map { d -> String in
            let p = fset.position(of: d.pos)
            return "\(p.line):\(p.column): \(d.message)"
        }
        return (out, errs)
    }

    func testSemicolonInsertion() {
        XCTAssertEqual(scan("x := 1\n").tokens, ["name x", ":=", "int 1", ";newline"])
        XCTAssertEqual(scan("return\n}").tokens, ["return", ";newline", "}", ";EOF"])
        XCTAssertEqual(scan("f()\ng[0]\nx++\ny--\n").tokens,
                       ["name f", "(", ")", ";newline", "name g", "[", "int 0", "]", ";newline",
                        "name x", "++", ";newline", "name y", "--", ";newline"])
        // No semicolon after an operator or an opening brace, nor after most keywords.
        XCTAssertEqual(scan("a +\nb {\n}").tokens, ["name a", "+", "name b", "{", "}", ";EOF"])
        XCTAssertEqual(scan("break\ncontinue\nfallthrough\nfunc\n").tokens,
                       ["break", ";newline", "continue", ";newline", "fallthrough", ";newline", "func"])
        // A line comment ends the line; the semicolon sits at the newline.
        XCTAssertEqual(scan("x // c\ny").tokens, ["name x", ";newline", "name y", ";EOF"])
        // A general comment spanning lines acts like a newline; on one line it is nothing.
        XCTAssertEqual(scan("x /* a\n b */ y").tokens, ["name x", ";newline", "name y", ";EOF"])
        XCTAssertEqual(scan("x /* a */ y").tokens, ["name x", "name y", ";EOF"])
        XCTAssertEqual(scan("'a'\n\"s\"\n`r`\n1.5\n2i\n").tokens,
                       ["char 'a'", ";newline", "string \"s\"", ";newline", "string `r`", ";newline",
                        "float 1.5", ";newline", "imag 2i", ";newline"])
        XCTAssertEqual(scan("x;y").tokens, ["name x", ";semicolon", "name y", ";EOF"])
    }

    func testSemicolonPosition() {
        var fset = FileSet()
        let f = fset.addFile(name: "t.go", bytes: Array("ab  \ncd".utf8))
        var s = Scanner(file: f)
        _ = s.next()
        let semi = s.next()
        XCTAssertEqual(semi.tok, .semicolon)
        XCTAssertEqual(fset.position(of: semi.pos).description, "t.go:1:5")
        let cd = s.next()
        XCTAssertEqual(fset.position(of: cd.pos).description, "t.go:2:1")
    }

    func testOperators() {
        let src = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :"
        let toks = scan(src).tokens.filter { !$0.hasPrefix(";") }
        let expected = src.split(separator: " ").map(String.init).filter { $0 != ";" }
        XCTAssertEqual(toks, expected)
    }

    func testKeywords() {
        let kws = "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var"
        let toks = scan(kws).tokens.filter { !$0.hasPrefix(";") }
        XCTAssertEqual(toks, kws.split(separator: " ").map(String.init))
        XCTAssertEqual(scan("héllo 世界 _x9").tokens, ["name héllo", "name 世界", "name _x9", ";EOF"])
    }

    func testNumberLiterals() {
        let ok = ["0", "42", "1_000_000", "0x1F", "0X_1f", "0o17", "0O7", "017", "0b1010", "0B_1",
                  "1.5", "1.", ".5", "1e10", "1E-3", "0x1p-2", "0x1.8p3", "0X.8P0", "1_0.2_5e1_0",
                  "2i", "1.5i", "0x1p1i", "0i", "089.5", "0.e1"]
        for lit in ok {
            let r = scan(lit)
            XCTAssertEqual(r.errors, [], lit)
            XCTAssertEqual(r.tokens.count, 2, lit)
            XCTAssertTrue(r.tokens[0].hasSuffix(" " + lit), "\(lit) -> \(r.tokens)")
        }
        XCTAssertTrue(scan("0x1p-2").tokens[0].hasPrefix("float"))
        XCTAssertTrue(scan("017").tokens[0].hasPrefix("int"))
        XCTAssertTrue(scan("1.5i").tokens[0].hasPrefix("imag"))
    }

    func testNumberErrors() {
        XCTAssertEqual(scan("09").errors, ["1:2: invalid digit '9' in octal literal"])
        XCTAssertEqual(scan("0b102").errors, ["1:5: invalid digit '2' in binary literal"])
        XCTAssertEqual(scan("0x").errors, ["1:3: hexadecimal literal has no digits"])
        XCTAssertEqual(scan("1__0").errors, ["1:3: '_' must separate successive digits"])
        XCTAssertEqual(scan("10_").errors, ["1:3: '_' must separate successive digits"])
        XCTAssertEqual(scan("1e").errors, ["1:3: exponent has no digits"])
        XCTAssertEqual(scan("0x1.5").errors, ["1:6: hexadecimal mantissa requires a 'p' exponent"])
        XCTAssertEqual(scan("0b1.0").errors, ["1:4: invalid radix point in binary literal"])
        XCTAssertEqual(scan("1p4").errors, ["1:2: 'p' exponent requires hexadecimal mantissa"])
        XCTAssertEqual(scan("0x_1").errors, [])
    }

    func testStringsAndRunes() {
        let ok = [#"'a'"#, #"'\n'"#, #"'\x41'"#, #"'\101'"#, #"'\u00e9'"#, #"'\U0001F600'"#, #"'\''"#, "'世'",
                  #""a\tb\"c\\""#, #""\xff\377""#, "`raw\\n`", #""""#]
        for lit in ok {
            XCTAssertEqual(scan(lit).errors, [], lit)
        }
        XCTAssertEqual(scan("''").errors, ["1:2: empty rune literal or unescaped ' in rune literal"])
        XCTAssertEqual(scan("'ab'").errors, ["1:1: more than one character in rune literal"])
        XCTAssertEqual(scan(#""\q""#).errors, ["1:3: unknown escape"])
        XCTAssertEqual(scan("\"abc\nx").errors, ["1:5: newline in string"])
        XCTAssertEqual(scan("\"abc").errors, ["1:1: string literal not terminated"])
        XCTAssertEqual(scan("`abc").errors, ["1:1: string literal not terminated"])
        XCTAssertEqual(scan(#"'\400'"#).errors, ["1:6: octal escape value 256 > 255"])
        XCTAssertEqual(scan(#""\uD800""#).errors, ["1:8: escape is invalid Unicode code point U+D800"])
        XCTAssertEqual(scan(#""\xg0""#).errors, ["1:4: invalid character 'g' in hexadecimal escape"])
        XCTAssertEqual(scan("/* x").errors, ["1:5: comment not terminated"])
    }

    func testInvalidCharactersAndEncoding() {
        XCTAssertEqual(scan("a @ b").errors, ["1:3: invalid character U+0040 '@'"])
        var bytes = Array("x := \"".utf8); bytes.append(0xFF); bytes += Array("\"".utf8)
        var fset = FileSet()
        var s = Scanner(file: fset.addFile(name: "t.go", bytes: bytes))
        while s.next().tok != .eof {}
        XCTAssertEqual(s.errors.map(\.message), ["invalid UTF-8 encoding"])
        // A leading BOM is skipped; one in the middle is an error.
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var s2 = Scanner(file: fset.addFile(name: "b.go", bytes: bom + Array("x".utf8)))
        XCTAssertEqual(s2.next().lit, "x")
        XCTAssertEqual(s2.errors, [])
        var s3 = Scanner(file: fset.addFile(name: "c.go", bytes: Array("x ".utf8) + bom))
        while s3.next().tok != .eof {}
        XCTAssertEqual(s3.errors.map(\.message), ["invalid BOM in the middle of the file"])
    }

    func testPositionsAcrossFiles() {
        var fset = FileSet()
        let a = fset.addFile(name: "a.go", bytes: Array("package a\nvar x\n".utf8))
        let b = fset.addFile(name: "b.go", bytes: Array("package b".utf8))
        XCTAssertEqual(fset.position(of: a.pos(atOffset: 14)).description, "a.go:2:5")
        XCTAssertEqual(fset.position(of: b.pos(atOffset: 8)).description, "b.go:1:9")
        XCTAssertEqual(fset.position(of: .none).isValid, false)
    }
}
