import XCTest
@testable import GoInterpreter

/// Programs that must fail with go build's exact message and position.
final class CheckRejectTests: XCTestCase {
    func assertErrors(_ src: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        var h = CheckHarness()
        XCTAssertEqual(h.errors(src), expected, file: file, line: line)
    }

    /// One statement list inside main; positions are in main's body (line 4 onwards).
    func assertBody(_ body: String, _ expected: [String], imports: [String] = [], decls: String = "", file: StaticString = #filePath, line: UInt = #line) {
        assertErrors(mainProgram(body, imports: imports, decls: decls), expected, file: file, line: line)
    }

    func testUndefinedAndUnused() {
        assertBody("\tfoo()", ["./x.go:4:2: undefined: foo"])
        var h = CheckHarness()
        XCTAssertEqual(h.warnings(mainProgram("\tx := 1")), ["./x.go:4:2: declared and not used: x"])
        var h2 = CheckHarness()
        XCTAssertEqual(h2.warnings(mainProgram("", imports: ["strings"])), ["./x.go:3:8: \"strings\" imported and not used"])
        assertBody("\tfmt.Foo()", ["./x.go:5:6: undefined: fmt.Foo"], imports: ["fmt"])
        assertBody("\tx := 1\n\tx := 2\n\t_ = x", ["./x.go:5:4: no new variables on left side of :="])
        assertErrors("package main\n\nvar a int\nvar a string\n\nfunc main() {}\n",
                     ["./x.go:4:5: a redeclared in this block\n\t./x.go:3:5: other declaration of a"])
    }

    func testAssignability() {
        assertBody("\tvar s string = 1\n\t_ = s", ["./x.go:4:17: cannot use 1 (untyped int constant) as string value in variable declaration"])
        assertBody("\tx := 1\n\tvar s string = x\n\t_ = s", ["./x.go:5:17: cannot use x (variable of type int) as string value in variable declaration"])
        assertBody("\tvar b int8 = 300\n\t_ = b", ["./x.go:4:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)"])
        assertBody("\tvar x int = nil\n\t_ = x", ["./x.go:4:14: cannot use nil as int value in variable declaration"])
        assertBody("\tvar f float64 = 1\n\tvar i int\n\ti = f", ["./x.go:6:6: cannot use f (variable of type float64) as int value in assignment"])
        assertErrors("""
        package main

        import "fmt"

        type T struct{}

        func (*T) String() string { return "" }

        type U struct{}

        var _ fmt.Stringer = T{}
        var _ fmt.Stringer = U{}

        func main() {}
        """, [
            "./x.go:11:22: cannot use T{} (value of type T) as fmt.Stringer value in variable declaration: T does not implement fmt.Stringer (method String has pointer receiver)",
            "./x.go:12:22: cannot use U{} (value of type U) as fmt.Stringer value in variable declaration: U does not implement fmt.Stringer (missing method String)",
        ])
        assertBody("\tconst c = 10\n\tc = 5", ["./x.go:5:2: cannot assign to c (neither addressable nor a map index expression)"])
    }

    func testOperators() {
        assertBody("\ta := 1\n\tb := \"s\"\n\t_ = a + b", ["./x.go:6:6: invalid operation: a + b (mismatched types int and string)"])
        assertBody("\ts := \"x\"\n\t_ = s == 1", ["./x.go:5:6: invalid operation: s == 1 (mismatched types string and untyped int)"])
        assertBody("\tx := 1 / 0\n\t_ = x", ["./x.go:4:11: invalid operation: division by zero"])
        assertBody("\tb := true\n\t_ = -b", ["./x.go:5:6: invalid operation: operator - not defined on b (variable of type bool)"])
        assertBody("\t1 + 2", ["./x.go:4:2: 1 + 2 (untyped int constant 3) is not used"])
        assertBody("\tx := 1\n\tif x {\n\t}", ["./x.go:5:5: non-boolean condition in if statement"])
        assertBody("\tvar s []int\n\t_ = s == s", ["./x.go:5:6: invalid operation: s == s (slice can only be compared to nil)"])
        assertErrors("package main\n\nconst c uint8 = 255 + 1\n\nfunc main() {}\n",
                     ["./x.go:3:17: cannot use 255 + 1 (untyped int constant 256) as uint8 value in constant declaration (overflows)"])
    }

    func testCalls() {
        assertBody("\tf := func(a int) {}\n\tf()", ["./x.go:5:4: not enough arguments in call to f\n\thave ()\n\twant (int)"])
        assertBody("\tf := func(a int) {}\n\tf(1, 2)", ["./x.go:5:7: too many arguments in call to f\n\thave (number, number)\n\twant (int)"])
        assertBody("\tf := func(a int) {}\n\tf(\"s\")", ["./x.go:5:4: cannot use \"s\" (untyped string constant) as int value in argument to f"])
        assertBody("\tx := 1\n\tx()", ["./x.go:5:2: invalid operation: cannot call non-function x (variable of type int)"])
        assertBody("\t_ = len(1)", ["./x.go:4:10: invalid argument: 1 (untyped int constant) for built-in len"])
        assertBody("\ta, b := 1\n\t_, _ = a, b", ["./x.go:4:10: assignment mismatch: 2 variables but 1 value"])
        assertBody("\ta, b := f()\n\t_, _ = a, b", ["./x.go:5:10: assignment mismatch: 2 variables but f returns 1 value"], decls: "func f() int { return 1 }\n")
        assertBody("\tx := 1\n\t_ = x.(int)", ["./x.go:5:6: invalid operation: x (variable of type int) is not an interface"])
    }

    func testDeclarationsAndStatements() {
        assertErrors("package main\n\nfunc f() int {\n}\n\nfunc main() {}\n", ["./x.go:4:1: missing return"])
        assertErrors("package main\n\nfunc f() int {\n\treturn 1, 2\n}\n\nfunc main() {}\n",
                     ["./x.go:4:12: too many return values\n\thave (number, number)\n\twant (int)"])
        assertErrors("package main\n\nfunc f() (int, string) {\n\treturn 1\n}\n\nfunc main() {}\n",
                     ["./x.go:4:9: not enough return values\n\thave (number)\n\twant (int, string)"])
        assertErrors("package main\n\nconst a = b\nconst b = a\n\nfunc main() {}\n", ["./x.go:3:7: invalid cycle in declaration of a"])
        assertBody("\tvar x any\n\tswitch x.(type) {\n\tcase int, string, int:\n\t}",
                   ["./x.go:6:20: duplicate case int in type switch\n\t./x.go:6:7: previous case"])
        assertBody("\tbreak", ["./x.go:4:2: break is not in a loop, switch, or select"])
        assertBody("\tm := map[[]int]int{}\n\t_ = m", ["./x.go:4:11: invalid map key type []int"])
        assertErrors("package main\n\ntype T struct{ a int }\n\nfunc main() {\n\tvar t T\n\t_ = t.foo\n}\n",
                     ["./x.go:7:8: t.foo undefined (type T has no field or method foo)"])
        assertBody("L:\n\tfor {\n\t}", ["./x.go:4:1: label L defined and not used"])
    }

    func testAddressabilityAndMethods() {
        let decls = "type P struct{ X int }\n\nfunc (p *P) Move() {}\n\n"
        assertBody("\tP{}.Move()", ["./x.go:8:2: cannot call pointer method Move on P"], decls: decls)
        assertBody("\tm := map[string]P{}\n\tm[\"a\"].X = 1", ["./x.go:9:2: cannot assign to struct field m[\"a\"].X in map"], decls: decls)
        assertBody("\t_ = &P{}.X\n\t_ = &len(\"a\")", ["./x.go:8:6: invalid operation: cannot take address of P{}.X (value of type int)", "./x.go:9:6: invalid operation: cannot take address of len(\"a\") (constant 1 of type int)"], decls: decls)
        assertErrors("""
        package main

        type I interface{ M(int) }

        type T struct{}

        func (T) M(string) {}

        var _ I = T{}

        func main() {}
        """, ["./x.go:9:11: cannot use T{} (value of type T) as I value in variable declaration: T does not implement I (wrong type for method M)\n\t\thave M(string)\n\t\twant M(int)"])
        assertBody("\tvar i interface{ M() }\n\t_ = i.(int)",
                   ["./x.go:5:9: impossible type assertion: i.(int)\n\tint does not implement interface{M()} (missing method M)"])
    }

    func testUnusedInsideClosuresAndLoops() {
        var h = CheckHarness()
        XCTAssertEqual(h.warnings(mainProgram("\tfor i := 0; i < 3; i++ {\n\t\tx := i\n\t}\n\tf := func() {\n\t\ty := 1\n\t}\n\tf()")),
                       ["./x.go:5:3: declared and not used: x", "./x.go:8:3: declared and not used: y"])
        // Assigning is not using.
        var h2 = CheckHarness()
        XCTAssertEqual(h2.warnings(mainProgram("\tz := 1\n\tz = 2")), ["./x.go:4:2: declared and not used: z"])
    }

    func testRecursiveTypesAndDefaultTypeOverflow() {
        assertErrors("package main\n\ntype T struct{ next T }\n\ntype L struct{ next *L }\n\nfunc main() {}\n",
                     ["./x.go:3:6: invalid recursive type: T refers to itself"])
        assertErrors("package main\n\ntype A struct{ b B }\n\ntype B [2]A\n\nfunc main() {}\n",
                     ["./x.go:3:6: invalid recursive type A\n\t./x.go:3:6: A refers to B\n\t./x.go:5:6: B refers to A"])
        assertBody("\tx := 1 << 70\n\t_ = x",
                   ["./x.go:4:7: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment (overflows)"])
    }

    func testGotoRules() {
        assertBody("\tgoto L\n\tx := 1\n\t_ = x\nL:\n\treturn", ["./x.go:4:7: goto L jumps over variable declaration at line 5"])
        assertBody("\tgoto L\n\t{\n\tL:\n\t\treturn\n\t}", ["./x.go:4:7: goto L jumps into block"])
        assertBody("\ti := 0\nL:\n\tif i < 3 {\n\t\ti++\n\t\tgoto L\n\t}", [])
    }

    func testGenericInferenceAndConstraints() {
        let decls = "type Ordered interface{ ~int | ~string }\n\nfunc Filter[T any](xs []T, keep func(T) bool) []T { return xs }\n\nfunc Max[T Ordered](a, b T) T { return a }\n\n"
        assertBody("\t_ = Filter([]string{\"a\"}, func(n int) bool { return true })",
                   ["./x.go:10:28: in call to Filter, type func(n int) bool of func(n int) bool {…} does not match inferred type func(string) bool for func(T) bool"], decls: decls)
        assertBody("\t_ = Max(1.5, 2.5)", ["./x.go:10:10: float64 does not satisfy Ordered (float64 missing in ~int | ~string)"], decls: decls)
        assertBody("\t_ = Max[[]int]", ["./x.go:10:10: []int does not satisfy Ordered ([]int missing in ~int | ~string)"], decls: decls)
    }

    func testNoFollowUpErrorsAfterInvalidTypes() {
        assertBody("\tvar e error\n\t_, _ = e.(*Missing)\n\tvar m map[string]Nope\n\t_ = m",
                   ["./x.go:5:13: undefined: Missing", "./x.go:6:19: undefined: Nope"])
    }

    func testUntypedConstantIntoInterfaceMustFitDefaultType() {
        assertBody("\tvar a any = 1 << 70\n\t_ = a",
                   ["./x.go:4:14: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)"])
        assertBody("\tvar a any = 1 << 40\n\tvar b any = 'x'\n\t_, _ = a, b", [])
    }
}
