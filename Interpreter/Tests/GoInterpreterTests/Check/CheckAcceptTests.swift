import XCTest
@testable import GoInterpreter

/// Programs that must type-check without errors.
final class CheckAcceptTests: XCTestCase {
    func assertChecks(_ src: String, file: StaticString = #filePath, line: UInt = #line) {
        var h = CheckHarness()
        XCTAssertEqual(h.errors(src), [], file: file, line: line)
    }

    func testDeclarationsAndConstants() {
        assertChecks("""
        package main

        import "fmt"

        type Weekday int

        const (
        \tSunday Weekday = iota
        \tMonday
        \tTuesday
        )

        const (
        \tKB = 1 << (10 * (iota + 1))
        \tMB
        \tGB
        )

        const big = 1 << 100
        const small = big >> 98
        const f = 1.5
        const s = "a" + "b"

        var x, y = 1, "two"
        var arr [small]int
        var total = add(1, 2)

        func add(a, b int) int { return a + b }

        func (d Weekday) String() string {
        \tswitch d {
        \tcase Sunday:
        \t\treturn "Sunday"
        \tcase Monday, Tuesday:
        \t\treturn "weekday"
        \t}
        \treturn fmt.Sprintf("Weekday(%d)", int(d))
        }

        func main() {
        \tvar d fmt.Stringer = Monday
        \tfmt.Println(d, x, y, len(arr), total, GB/MB, f*2, s)
        \tvar u8 uint8 = 255
        \tu8++
        \tvar r rune = 'x'
        \tb := byte('a') + 1
        \t_, _ = r, b
        }
        """)
    }

    func testStructsMethodsEmbeddingInterfaces() {
        assertChecks("""
        package main

        import (
        \t"errors"
        \t"fmt"
        \t"strings"
        )

        type Animal interface {
        \tSound() string
        \tName() string
        }

        type Base struct{ name string }

        func (b *Base) Name() string { return b.name }

        type Dog struct {
        \t*Base
        \tAge int `json:"age"`
        }

        func (Dog) Sound() string { return "woof" }

        type Config struct {
        \tHeaders map[string]string
        \tPaths   []string
        \tLimit   int
        \tNested  struct{ On bool }
        }

        func CreateConfig() *Config {
        \treturn &Config{Headers: map[string]string{}, Paths: []string{"a", "b"}}
        }

        func find(list []Animal, name string) (Animal, error) {
        \tfor _, a := range list {
        \t\tif strings.HasPrefix(a.Name(), name) {
        \t\t\treturn a, nil
        \t\t}
        \t}
        \treturn nil, errors.New("not found")
        }

        func main() {
        \td := Dog{Base: &Base{name: "rex"}, Age: 3}
        \tvar a Animal = d
        \tlist := []Animal{a, Dog{&Base{"fido"}, 2}}
        \tif got, err := find(list, "re"); err == nil {
        \t\tfmt.Println(got.Sound(), d.Name(), d.Age, d.name)
        \t}
        \tc := CreateConfig()
        \tc.Headers["x"] = "y"
        \tc.Nested.On = true
        \tif v, ok := c.Headers["x"]; ok {
        \t\tfmt.Println(v)
        \t}
        \tswitch v := a.(type) {
        \tcase Dog:
        \t\tfmt.Println(v.Age)
        \tcase nil:
        \tdefault:
        \t\tfmt.Println(v.Name())
        \t}
        \tif dd, ok := a.(Dog); ok {
        \t\tfmt.Println(dd.Age)
        \t}
        \tf := (*Base).Name
        \tg := d.Sound
        \tfmt.Println(f(d.Base), g())
        }
        """)
    }

    func testControlFlowClosuresAndChannels() {
        assertChecks("""
        package main

        import "fmt"

        func counter() func() int {
        \tn := 0
        \treturn func() int {
        \t\tn++
        \t\treturn n
        \t}
        }

        func worker(jobs <-chan int, results chan<- int, done chan struct{}) {
        \tfor j := range jobs {
        \t\tresults <- j * 2
        \t}
        \tclose(done)
        }

        func divide(a, b int) (q int, err error) {
        \tdefer func() {
        \t\tif r := recover(); r != nil {
        \t\t\terr = fmt.Errorf("recovered: %v", r)
        \t\t}
        \t}()
        \tq = a / b
        \treturn
        }

        func classify(n int) string {
        \tswitch {
        \tcase n < 0:
        \t\treturn "neg"
        \tcase n == 0:
        \t\tfallthrough
        \tdefault:
        \t\treturn "non-neg"
        \t}
        }

        func loop() int {
        \tfor {
        \t\treturn 1
        \t}
        }

        func main() {
        \tc := counter()
        \tc()
        \tjobs := make(chan int, 10)
        \tresults := make(chan int, 10)
        \tdone := make(chan struct{})
        \tgo worker(jobs, results, done)
        \tfor i := range 5 {
        \t\tjobs <- i
        \t}
        \tclose(jobs)
        \t<-done
        \tselect {
        \tcase r := <-results:
        \t\tfmt.Println(r)
        \tcase v, ok := <-results:
        \t\tfmt.Println(v, ok)
        \tdefault:
        \t}
        outer:
        \tfor i := 0; i < 3; i++ {
        \t\tfor j := 0; j < 3; j++ {
        \t\t\tif j == 1 {
        \t\t\t\tcontinue outer
        \t\t\t}
        \t\t\tif i == 2 {
        \t\t\t\tbreak outer
        \t\t\t}
        \t\t}
        \t}
        \tm := map[string][]int{"a": {1, 2}}
        \tm["b"] = append(m["b"], 3)
        \tdelete(m, "a")
        \ts := []int{1, 2, 3}
        \ts2 := s[1:2:3]
        \tcopy(s, s2)
        \tarr := [...]string{"x", "y"}
        \tp := &arr
        \tfmt.Println(len(p), p[0], arr[1:], classify(-1), loop())
        \tq, err := divide(1, 0)
        \tfmt.Println(q, err, min(1, 2.5), max(3, 4))
        \tvar bs []byte = []byte("abc")
        \tbs = append(bs, "def"...)
        \tstr := string(bs) + string(rune(65))
        \tfor i, r := range str {
        \t\t_, _ = i, r
        \t}
        \tgoto end
        end:
        \tfmt.Println(str)
        }
        """)
    }

    func testGenerics() {
        assertChecks("""
        package main

        import "fmt"

        type Number interface {
        \t~int | ~int64 | ~float64
        }

        func Sum[T Number](xs []T) T {
        \tvar s T
        \tfor _, x := range xs {
        \t\ts += x
        \t}
        \treturn s
        }

        func Map[T, U any](xs []T, f func(T) U) []U {
        \tout := make([]U, 0, len(xs))
        \tfor _, x := range xs {
        \t\tout = append(out, f(x))
        \t}
        \treturn out
        }

        type List[T any] struct {
        \titems []T
        }

        func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

        func (l *List[T]) Len() int { return len(l.items) }

        type Pair[K comparable, V any] struct {
        \tKey K
        \tVal V
        }

        func Keys[K comparable, V any](m map[K]V) []K {
        \tvar ks []K
        \tfor k := range m {
        \t\tks = append(ks, k)
        \t}
        \treturn ks
        }

        type MyInt int

        func First[S ~[]E, E any](s S) E { return s[0] }

        type Names []string

        func Max[T Number](a, b T) T {
        \tif a > b {
        \t\treturn a
        \t}
        \treturn b
        }

        func main() {
        \tvar n string = First(Names{"a"})
        \tvar f float64 = Max(1, 2.5)
        \t_, _ = n, f
        \tfmt.Println(Sum([]int{1, 2}), Sum([]float64{1.5}), Sum([]MyInt{1}))
        \tstrs := Map([]int{1, 2}, func(i int) string { return fmt.Sprintf("%d", i) })
        \tvar l List[string]
        \tl.Push("a")
        \tp := Pair[string, int]{Key: "a", Val: 1}
        \tfmt.Println(strs, l.Len(), p.Key, Keys(map[string]int{"a": 1}), Sum[int](nil))
        }
        """)
    }

    func testInfoTables() {
        var h = CheckHarness()
        let (r, files) = h.check(mainProgram("\tx := 1\n\tvar y float64 = 2\n\t_ = float64(x) + y\n\tconst c = 3 << 2\n\t_ = c"))
        XCTAssertEqual(r.errors.map { $0.formatted(in: h.fset) }, [])
        let main = files[0].decls.compactMap { $0 as? FuncDecl }.first!
        let assign = main.body!.stmts[0] as! AssignStmt
        let xIdent = assign.lhs[0] as! Ident
        XCTAssertEqual(r.info.object(of: xIdent)?.type, GoType.int)
        // The untyped constant 1 took the type int.
        XCTAssertEqual(r.info.type(of: assign.rhs[0]), GoType.int)
        XCTAssertEqual(r.info.constant(of: assign.rhs[0]), .integer(1))
        let varDecl = (main.body!.stmts[1] as! DeclStmt).decl.specs[0] as! ValueSpec
        XCTAssertEqual(r.info.type(of: varDecl.values[0]), GoType.float64)
        let constDecl = (main.body!.stmts[3] as! DeclStmt).decl.specs[0] as! ValueSpec
        XCTAssertEqual(r.info.constant(of: constDecl.values[0]), .integer(12))
    }

    func testPackageInitializationOrder() {
        var h = CheckHarness()
        let (r, _) = h.check("""
        package main

        var a = c + b
        var b = f()
        var c = f()
        var d = 3
        var e = T{}.Get()
        var g = 7

        type T struct{}

        func (T) Get() int { return g }

        func f() int {
        \td++
        \treturn d
        }

        func main() {}
        """)
        XCTAssertEqual(r.errors.map { $0.formatted(in: h.fset) }, [])
        // Spec example: d, b, c, a.
        XCTAssertEqual(r.info.initOrder.flatMap { $0.variables.map(\.name) }, ["d", "b", "c", "a", "g", "e"])
    }

    func testCaptureAnalysis() {
        var h = CheckHarness()
        let (r, files) = h.check(mainProgram("\tn := 0\n\tm := 1\n\tf := func() { n++ }\n\tf()\n\t_ = m"))
        XCTAssertEqual(r.errors.map { $0.formatted(in: h.fset) }, [])
        let body = files[0].decls.compactMap { $0 as? FuncDecl }.first!.body!
        let n = r.info.object(of: (body.stmts[0] as! AssignStmt).lhs[0] as! Ident)!
        let m = r.info.object(of: (body.stmts[1] as! AssignStmt).lhs[0] as! Ident)!
        XCTAssertTrue(n.isCaptured)
        XCTAssertFalse(m.isCaptured)
        // Receivers and parameters captured by closures inside methods.
        var h2 = CheckHarness()
        let (r2, files2) = h2.check("package main\n\ntype T struct{ n int }\n\nfunc (t *T) add(k int) func() int {\n\treturn func() int { return t.n + k }\n}\n\nfunc main() {}\n")
        XCTAssertEqual(r2.errors.map { $0.formatted(in: h2.fset) }, [])
        let method = files2[0].decls.compactMap { $0 as? FuncDecl }.first { $0.recv != nil }!
        XCTAssertEqual(r2.info.object(of: method.recv!.names[0])?.isCaptured, true)
        XCTAssertEqual(r2.info.object(of: method.type.params[0].names[0])?.isCaptured, true)
    }
}
