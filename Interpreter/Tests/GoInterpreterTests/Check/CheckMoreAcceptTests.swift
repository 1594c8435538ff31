import XCTest
@testable import GoInterpreter

/// More well-typed programs covering the corners plugins use.
final class CheckMoreAcceptTests: XCTestCase {
    func assertChecks(_ src: String, file: StaticString = #filePath, line: UInt = #line) {
        var h = CheckHarness()
        XCTAssertEqual(h.errors(src), [], file: file, line: line)
    }

    func testFunctionTypesAndMethodValues() {
        assertChecks("""
        package main

        import "fmt"

        type Handler interface {
        \tServe(w []byte, r string)
        }

        type HandlerFunc func(w []byte, r string)

        func (f HandlerFunc) Serve(w []byte, r string) { f(w, r) }

        type Middleware struct {
        \tnext Handler
        \tname string
        }

        func New(next Handler, name string) (Handler, error) {
        \tif next == nil {
        \t\treturn nil, fmt.Errorf("no next for %s", name)
        \t}
        \treturn &Middleware{next: next, name: name}, nil
        }

        func (m *Middleware) Serve(w []byte, r string) {
        \tm.next.Serve(append(w, m.name...), r)
        }

        type IntSlice []int

        func (s IntSlice) Len() int { return len(s) }

        func sum(xs ...int) (t int) {
        \tfor _, x := range xs {
        \t\tt += x
        \t}
        \treturn
        }

        func main() {
        \th := HandlerFunc(func(w []byte, r string) {})
        \tvar hf HandlerFunc = func(w []byte, r string) {}
        \tm, err := New(h, "a")
        \tif err != nil {
        \t\treturn
        \t}
        \tm.Serve(nil, "x")
        \tserve := m.Serve
        \tdefer serve(nil, "y")
        \t_ = hf
        \tfmt.Println(sum(), sum(1, 2), sum([]int{1}...), IntSlice{1, 2}.Len())
        \tops := map[string]func(int, int) int{
        \t\t"add": func(a, b int) int { return a + b },
        \t}
        \tfmt.Println(ops["add"](1, 2))
        \tvar i interface{} = 1
        \tvar e error
        \tif s, ok := i.(fmt.Stringer); ok {
        \t\tfmt.Println(s.String())
        \t}
        \t_ = e
        }
        """)
    }

    func testStructsArraysAndComparisons() {
        assertChecks("""
        package main

        import "fmt"

        type Point struct{ X, Y int }

        type Key struct {
        \tHost string
        \tPort int
        }

        type Grid [3][3]int

        func (p *Point) Move(dx int) { p.X += dx }

        func main() {
        \tp := Point{1, 2}
        \tq := &Point{X: 3}
        \tp.Move(1)
        \tq.Move(2)
        \tfmt.Println(p == *q, p != Point{})
        \tseen := map[Key]bool{{"a", 80}: true}
        \tseen[Key{Host: "b"}] = false
        \tvar g Grid
        \tg[1][2] = 5
        \tarr := [2]Point{}
        \tfmt.Println(arr == [2]Point{}, len(g), g[1][2])
        \tanon := struct {
        \t\tName string `json:"name"`
        \t\tTags []string
        \t}{Name: "x"}
        \tanon.Tags = append(anon.Tags, "t")
        \tpp := new(Point)
        \tpp.Y = 4
        \tvar ptr *Point
        \tfmt.Println(ptr == nil, pp.Y, anon.Name)
        \tconst (
        \t\t_ = iota
        \t\tA
        \t\t_
        \t\tC
        \t)
        \tvar n uint = 3
        \tshifted := 1 << n
        \tvar u8 uint8 = 1 << 7
        \tx := 10
        \tx >>= 1
        \tfmt.Println(A, C, shifted, u8, x)
        \tfor i := range len("abc") {
        \t\t_ = i
        \t}
        \tfor i, c := range "héllo" {
        \t\tfmt.Println(i, string(c))
        \t}
        \tb := []byte("abc")
        \ts := string(b[:2])
        \tr := []rune(s)
        \tfmt.Println(len(r), cap(b), s[0] == 'a', s+"!")
        \tvar f32 float32 = 1.5
        \tf64 := float64(f32) * 2
        \tc := complex(1, 2)
        \tfmt.Println(f64, real(c), imag(c))
        }
        """)
    }

    func testGotoSelectSendAndClosuresInLoops() {
        assertChecks("""
        package main

        import "fmt"

        func main() {
        \tch := make(chan int, 1)
        \tquit := make(chan bool)
        \tvar funcs []func() int
        \tfor i := 0; i < 3; i++ {
        \t\tfuncs = append(funcs, func() int { return i })
        \t}
        \tselect {
        \tcase ch <- 1:
        \tcase <-quit:
        \t\treturn
        \t}
        \ti := 0
        loop:
        \tif i < 3 {
        \t\ti++
        \t\tgoto loop
        \t}
        \tfor _, f := range funcs {
        \t\tfmt.Println(f())
        \t}
        \tvar v any = ch
        \tswitch c := v.(type) {
        \tcase chan int, chan bool:
        \t\tfmt.Println(c)
        \tcase fmt.Stringer:
        \t\tfmt.Println(c.String())
        \t}
        }
        """)
    }
}
