import XCTest
@testable import GoInterpreter

final class ParserTests: XCTestCase {
    func parse(_ src: String, file: StaticString = #filePath, line: UInt = #line) -> File? {
        var fset = FileSet()
        let (f, diags) = GoParser.parseFile(name: "t.go", source: src, into: &fset)
        XCTAssertEqual(diags.map { $0.formatted(in: fset) }, [], file: file, line: line)
        return f
    }

    /// Parses canonical source, prints it, and expects the same text back; then checks that
    /// printing is stable on a second round.
    func roundTrip(_ src: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let f = parse(src, file: file, line: line) else { return XCTFail("no file", file: file, line: line) }
        let printed = GoPrinter.string(of: f)
        XCTAssertEqual(printed, src, file: file, line: line)
        guard let f2 = parse(printed, file: file, line: line) else { return }
        XCTAssertEqual(GoPrinter.string(of: f2), printed, file: file, line: line)
    }

    func body(_ stmts: String) -> String {
        "package p\n\nfunc f() {\n" + stmts.split(separator: "\n", omittingEmptySubsequences: false).map { "\t" + $0 }.joined(separator: "\n") + "\n}\n"
    }

    func testDeclarations() {
        roundTrip("package p\n\nimport \"fmt\"\n\nimport (\n\tstr \"strings\"\n\t. \"math\"\n\t_ \"embed\"\n)\n")
        roundTrip("package p\n\nconst (\n\tA = iota\n\tB\n\tC int = 5\n)\n\nvar x, y int = 1, 2\n\nvar z = []int{1, 2}\n")
        roundTrip("package p\n\ntype T struct {\n\ta, b int\n\t*Embedded\n\tpkg.Other\n\tName string `json:\"name\"`\n}\n\ntype A = map[string][]int\n")
        roundTrip("package p\n\ntype I interface {\n\tM(x int) (string, error)\n\tfmt.Stringer\n\tN()\n}\n")
        roundTrip("package p\n\nfunc (t *T) M(a, b int, c ...string) (n int, err error) {\n\treturn 0, nil\n}\n")
        roundTrip("package p\n\nfunc external(int) bool\n")
        roundTrip("package p\n\ntype Arr [N]int\n\ntype Arr2 [2 * N]int\n\ntype S []byte\n")
    }

    func testGenerics() {
        roundTrip("package p\n\ntype List[T any] struct {\n\thead *node[T]\n}\n\nfunc (l *List[T]) Push(v T) {\n}\n")
        roundTrip("package p\n\ntype Number interface {\n\t~int | ~int64 | float64\n}\n\nfunc Sum[T Number](xs []T) T {\n\tvar s T\n\treturn s\n}\n")
        roundTrip("package p\n\ntype Pair[K comparable, V any] struct {\n\tk K\n\tv V\n}\n\nfunc f() {\n\tp := Pair[string, int]{k: \"a\", v: 1}\n\tg := Map[int, string]\n\tx := Sum[int](nil)\n}\n")
        roundTrip("package p\n\ntype P[T *[]int] struct{}\n\ntype Q[T interface {\n\t~[]byte | string\n}] int\n")
        // `[T *int]` alone is an array length expression, as in gc.
        roundTrip("package p\n\ntype A [T * int]struct{}\n")
        roundTrip("package p\n\nfunc G[S ~[]E, E any](s S) {\n}\n")
        roundTrip("package p\n\ntype T[P any] struct {\n\tList[P]\n\tf [N]int\n}\n")
    }

    func testStatements() {
        roundTrip(body("x := 1\nx += 2\nx++\ny, z = z, y\nch <- x\n<-ch\nv, ok := <-ch\ngo f(x)\ndefer g()\nreturn"))
        roundTrip(body("if x := f(); x > 0 {\n\treturn\n} else if y {\n} else {\n\tz()\n}"))
        roundTrip(body("for i := 0; i < 10; i++ {\n\tcontinue\n}\nfor cond {\n}\nfor {\n\tbreak\n}\nfor ; ; i++ {\n}"))
        roundTrip(body("for k, v := range m {\n}\nfor i := range 10 {\n}\nfor range ch {\n}\nfor k = range m {\n}"))
        roundTrip(body("switch x := f(); x {\ncase 1, 2:\n\tfallthrough\ncase 3:\ndefault:\n\tg()\n}\nswitch {\ncase x > 1:\n}"))
        roundTrip(body("switch v := x.(type) {\ncase int, string:\n\tuse(v)\ncase nil:\ncase []int, map[string]int, func(int) bool, chan int:\n}\nswitch x.(type) {\n}"))
        roundTrip(body("select {\ncase v := <-ch:\n\tuse(v)\ncase ch2 <- 1:\ncase <-done:\ndefault:\n}"))
        roundTrip(body("outer:\nfor {\n\tbreak outer\n}\ngoto end\nend:\nvar a int\nconst c = 1\ntype local struct{}"))
        roundTrip(body("{\n\tx := 1\n}"))
    }

    func testExpressions() {
        roundTrip(body("x := a + b * c - (d / e) % f\ny := -x + ^x + !b\nz := &T{1, 2}\np := *q\nq := a << 2 >> 1 &^ m\nb := x == y && z != w || !v"))
        roundTrip(body("s := a[1:2]\nt := a[:]\nu := a[1:2:3]\nv := a[:2:3]\nw := m[\"k\"]\nf := x.(T)\ng := x.(*pkg.T)"))
        roundTrip(body("fn := func(a int) int {\n\treturn a\n}\nr := fn(1)\nh(xs...)\nc := []int{1, 2, 3}\nd := [...]string{\"a\"}\ne := map[string]int{\"a\": 1}"))
        roundTrip(body("m := map[string][]T{\"a\": {{1, 2}}, \"b\": nil}\nk := struct{}{}\nl := [][]int{{1}, {2}}\nn := (*T).Method\no := T.Method\nch := make(chan<- int)\nrc := make(<-chan int)\ncc := make(chan (<-chan int))"))
        roundTrip(body("var f func(int) (int, error)\nvar i interface{}\nvar c chan struct{}\nvar p *[]map[int]chan bool"))
        roundTrip(body("x := 'a' + '\\n'\ny := \"s\" + `raw`\nz := 1.5e3 + 0x1p-2 + 2i\nw := 0b1010 | 0o17 | 017 | 1_000"))
    }

    func testCompositeLiteralVersusBlock() {
        // In control clause headers `T {` opens the block, unless the type is not a bare name.
        guard let f = parse(body("if x == y {\n}\nfor _, v := range []int{1, 2} {\n}\nif v := (T{}); v.ok {\n}\nswitch s := (S{1}); s {\n}")) else { return XCTFail() }
        let fn = f.decls[0] as! FuncDecl
        XCTAssertEqual(fn.body!.stmts.count, 4)
        XCTAssertTrue(fn.body!.stmts[0] is IfStmt)
        let r = fn.body!.stmts[1] as! RangeStmt
        XCTAssertTrue(r.x is CompositeLit)
        // Outside headers, T{} is a literal.
        guard let g = parse(body("x := T{a: 1}\ny := pkg.T{}")) else { return XCTFail() }
        let s = (g.decls[0] as! FuncDecl).body!.stmts[0] as! AssignStmt
        XCTAssertTrue(s.rhs[0] is CompositeLit)
    }

    func testConstGroupsKeepIotaAndImplicitRepetition() {
        guard let f = parse("package p\n\nconst (\n\tA, B = iota, iota * 2\n\tC, D\n\tE int = 7\n\tF\n)\n") else { return XCTFail() }
        let g = f.decls[0] as! GenDecl
        let specs = g.specs.map { $0 as! ValueSpec }
        XCTAssertEqual(specs.map(\.iota), [0, 1, 2, 3])
        XCTAssertNil(specs[0].implicitFrom)
        XCTAssertTrue(specs[1].implicitFrom === specs[0])
        XCTAssertEqual(specs[1].effectiveValues.count, 2)
        XCTAssertNil(specs[2].implicitFrom)
        XCTAssertTrue(specs[3].implicitFrom === specs[2])
        XCTAssertNotNil(specs[3].effectiveType)
    }

    func testNodeIDsAreDenseAndUnique() {
        var fset = FileSet()
        let (a, _) = GoParser.parseFile(name: "a.go", source: "package p\nfunc f() { x := 1 + 2; _ = x }\n", into: &fset)
        let firstCount = fset.nodeCount
        let (b, _) = GoParser.parseFile(name: "b.go", source: "package p\nvar y = []int{1}\n", into: &fset)
        XCTAssertNotNil(a); XCTAssertNotNil(b)
        XCTAssertGreaterThan(firstCount, 5)
        XCTAssertGreaterThanOrEqual(b!.id, firstCount)
        XCTAssertLessThan(b!.id, fset.nodeCount)
        // Every id of both files is distinct and within range.
        var ids = Set<Int>()
        func collect(_ n: any Node) {
            XCTAssertTrue(ids.insert(n.id).inserted, "duplicate id \(n.id)")
            XCTAssertLessThan(n.id, fset.nodeCount)
        }
        for f in [a!, b!] {
            collect(f); collect(f.packageName)
            for d in f.decls { collect(d) }
        }
    }

    func testReceiverAndParameterShapes() {
        guard let f = parse("package p\n\nfunc (l *List[K, V]) Get(k K) (v V, ok bool) { return }\nfunc h(int, string) {}\nfunc g(a, b int, c string) {}\n") else { return XCTFail() }
        let m = f.decls[0] as! FuncDecl
        let recvType = (m.recv!.type as! StarExpr).x as! IndexExpr
        XCTAssertEqual(recvType.indices.count, 2)
        XCTAssertEqual(m.type.results.map { $0.names.map(\.name) }, [["v"], ["ok"]])
        let h = f.decls[1] as! FuncDecl
        XCTAssertEqual(h.type.params.map(\.names.count), [0, 0])
        let g = f.decls[2] as! FuncDecl
        XCTAssertEqual(g.type.params.map { $0.names.map(\.name) }, [["a", "b"], ["c"]])
    }

    func testTypeSwitchBindingAndRangeForms() {
        guard let f = parse(body("switch y := x.(type) {\n}\nfor i := range 5 {\n}\nfor range ch {\n}")) else { return XCTFail() }
        let stmts = (f.decls[0] as! FuncDecl).body!.stmts
        let ts = stmts[0] as! TypeSwitchStmt
        XCTAssertEqual(ts.binding?.name, "y")
        let r1 = stmts[1] as! RangeStmt
        XCTAssertEqual(r1.tok, .define)
        XCTAssertEqual((r1.key as? Ident)?.name, "i")
        let r2 = stmts[2] as! RangeStmt
        XCTAssertNil(r2.key)
        XCTAssertEqual(r2.tok, .illegal)
    }
}
