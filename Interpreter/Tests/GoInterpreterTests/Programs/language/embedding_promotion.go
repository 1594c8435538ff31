package main

import (
	"fmt"
	"strings"
	"sync"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }
func (l Logger) Count() int    { return len(l.lines) }

type Named struct{ Name string }

func (n Named) Describe() string { return "named " + n.Name }
func (n Named) Hello() string    { return "hello from Named" }

type Service struct {
	*Logger
	Named
	sync.Mutex
	Name string // shadows Named.Name at depth 0
}

func (s Service) Hello() string { return "hello from Service" }

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type file struct{ data []string }

func (f *file) Read() string    { return strings.Join(f.data, "|") }
func (f *file) Write(s string) { f.data = append(f.data, s) }

// Embedding an interface in a struct: methods forward to the held value.
type countingWriter struct {
	Writer
	n int
}

func (c *countingWriter) Write(s string) {
	c.n++
	c.Writer.Write(strings.ToUpper(s))
}

type Base struct{ id int }

func (b *Base) SetID(id int) { b.id = id }
func (b Base) ID() int       { return b.id }

type Derived struct {
	Base
	extra string
}

func main() {
	svc := Service{Logger: &Logger{prefix: "> "}, Named: Named{"inner"}, Name: "outer"}
	svc.Log("start")
	svc.Logger.Log("direct")
	svc.Lock()
	svc.Unlock()
	fmt.Println(svc.Count(), svc.lines, svc.Name, svc.Named.Name)
	fmt.Println(svc.Describe(), "|", svc.Hello(), "|", svc.Named.Hello())

	// Promoted methods through a pointer embedding are shared between copies.
	copySvc := svc
	copySvc.Log("from copy")
	fmt.Println(len(svc.lines), len(copySvc.lines))

	f := &file{}
	var rw ReadWriter = f
	rw.Write("a")
	var w Writer = rw
	w.Write("b")
	fmt.Println(rw.Read())

	cw := &countingWriter{Writer: f}
	cw.Write("c")
	var asWriter Writer = cw
	asWriter.Write("d")
	fmt.Println(f.Read(), cw.n)

	// Pointer-receiver methods of an embedded value are promoted to the addressable outer.
	d := Derived{extra: "x"}
	d.SetID(7)
	fmt.Println(d.ID(), d.Base.id)
	dp := &d
	dp.SetID(8)
	fmt.Println(d.ID())
	type idSetter interface{ SetID(int) }
	var setter idSetter = dp
	setter.SetID(9)
	fmt.Println(d.id)
	_, valueImplements := any(d).(idSetter)
	fmt.Println(valueImplements)

	// fmt shows embedded fields by type name.
	fmt.Printf("%+v\n", d)
}

// Output:
// 2 [> start > direct] outer inner
// named inner | hello from Service | hello from Named
// 3 3
// a|b
// a|b|C|D 2
// 7 7
// 8
// 9
// false
// {Base:{id:9} extra:x}
