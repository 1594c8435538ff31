import XCTest
@testable import GoInterpreter

final class ParserErrorTests: XCTestCase {
    func errors(_ src: String) -> [String] {
        var fset = FileSet()
        let (_, diags) = GoParser.parseFile(name: "x.go", source: src, into: &fset)
        return diags.map { $0.formatted(in: fset) }
    }

    func testMessagesMatchGc() {
        XCTAssertEqual(errors("func main() {}"), ["x.go:1:1: syntax error: package statement must be first"])
        XCTAssertEqual(errors("package main\nfunc main() {\n\tfmt.Println(\"a\"\n}\n"),
                       ["x.go:3:17: syntax error: unexpected newline in argument list; possibly missing comma or )"])
        XCTAssertEqual(errors("package main\nx := 1\n"),
                       ["x.go:2:1: syntax error: non-declaration statement outside function body"])
        XCTAssertEqual(errors("package main\nfunc main() {\n\tx := 1 +\n}\n"),
                       ["x.go:4:1: syntax error: unexpected }, expected expression"])
        XCTAssertEqual(errors("package main\nfunc main() {\n\tif x {\n\t} else return\n}\n"),
                       ["x.go:4:9: syntax error: else must be followed by if or statement block"])
        XCTAssertEqual(errors("package main\nfunc main() {\n\tx y\n}\n"),
                       ["x.go:3:4: syntax error: unexpected name y at end of statement"])
        XCTAssertEqual(errors("package main\nfunc main()\n{\n}\n"),
                       ["x.go:3:1: syntax error: unexpected semicolon or newline before {"])
        XCTAssertEqual(errors("package main\nfunc main() {\n\tif x = 1 {\n\t}\n}\n"),
                       ["x.go:3:5: syntax error: cannot use assignment x = 1 as value"])
        XCTAssertEqual(errors("package main\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n"),
                       ["x.go:3:21: syntax error: cannot declare in post statement of for loop"])
        XCTAssertEqual(errors("package main\nvar x = 1 2\n"),
                       ["x.go:2:11: syntax error: unexpected literal 2 after top level declaration"])
        XCTAssertEqual(errors("package main\nfunc main() {\n\tvar x = [3]int{1, 2, 3\n}\n"),
                       ["x.go:3:24: syntax error: unexpected newline in composite literal; possibly missing comma or }"])
        XCTAssertEqual(errors("package main\nfunc main() {\n\tfor {\n}\n"),
                       ["x.go:5:1: syntax error: unexpected EOF, expected }"])
        XCTAssertEqual(errors("package main\nfunc f(a int, string) {}\n"),
                       ["x.go:2:15: syntax error: mixed named and unnamed parameters"])
        XCTAssertEqual(errors("package main\nfunc main() {\n\tdefer (f())\n}\n"),
                       ["x.go:3:8: expression in defer must not be parenthesized"])
        XCTAssertEqual(errors("package main\nfunc main() {\n\tx := a[1::3]\n}\n"),
                       ["x.go:3:11: middle index required in 3-index slice"])
        XCTAssertEqual(errors("package main\nfunc main() {\n\tgo func() {}\n}\n"), [])
        XCTAssertEqual(errors("package main\nfunc main() {\n\tswitch x {\n\tcase 1:\n\tfoo\n\t}\n}\n"), [])
        XCTAssertEqual(errors("package main\nfunc main() {\n\tvar x = 09\n}\n"),
                       ["x.go:3:11: invalid digit '9' in octal literal"])
    }

    func testKeywordAndOneErrorPerLine() {
        XCTAssertEqual(errors("package main\nfunc main() {\n\tx := range y\n}\n"),
                       ["x.go:3:7: syntax error: unexpected keyword range, expected expression"])
        // Several errors on different lines are all reported, sorted.
        let e = errors("package main\nfunc main() {\n\ta := (1\n\tb := 2)\n}\nvar = 3\n")
        XCTAssertGreaterThanOrEqual(e.count, 2)
        XCTAssertEqual(e, e.sorted { a, b in
            let la = Int(a.split(separator: ":")[1])!, lb = Int(b.split(separator: ":")[1])!
            return la < lb
        })
        XCTAssertEqual(Set(e.map { $0.split(separator: ":")[1] }).count, e.count)
    }

    func testNestingLimitStopsHostileInput() {
        let deep = String(repeating: "(", count: 3000) + "1" + String(repeating: ")", count: 3000)
        let e = errors("package main\nvar x = " + deep + "\n")
        XCTAssertEqual(e.count, 1)
        XCTAssertTrue(e[0].hasSuffix("syntax error: exceeded max nesting depth"), e[0])
        // Ordinary nesting is unaffected.
        let ok = String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200)
        XCTAssertEqual(errors("package main\nvar x = " + ok + "\n"), [])
    }
}
