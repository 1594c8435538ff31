package main

import "fmt"

type Speaker interface{ Speak() string }

type Base struct{ name string }

func (b Base) Speak() string { return "base " + b.name }
func (b *Base) Rename(n string) { b.name = n }

type ByValue struct{ Base }
type ByPointer struct{ *Base }

type Loud struct {
	Speaker // embedded interface: its methods are promoted
	volume  int
}

func (l Loud) Shout() string { return fmt.Sprintf("%s x%d", l.Speak(), l.volume) }

type Override struct{ Base }

func (Override) Speak() string { return "override" }

func main() {
	v := ByValue{Base{"v"}}
	v.Rename("v2") // addressable: (&v.Base).Rename
	var s Speaker = v
	fmt.Println(s.Speak())

	p := ByPointer{&Base{"p"}}
	var s2 Speaker = p
	p.Rename("p2") // shares the embedded pointer, so s2 sees it
	fmt.Println(s2.Speak())

	// *ByValue has Rename in its method set; ByValue does not.
	_, valueHasRename := any(v).(interface{ Rename(string) })
	_, ptrHasRename := any(&v).(interface{ Rename(string) })
	_, embeddedPtrHasRename := any(p).(interface{ Rename(string) })
	fmt.Println(valueHasRename, ptrHasRename, embeddedPtrHasRename)

	l := Loud{Speaker: Override{}, volume: 3}
	fmt.Println(l.Shout(), Override{Base{"x"}}.Base.Speak())

	defer func() { fmt.Println("recovered:", recover()) }()
	var empty Loud
	fmt.Println(empty.Shout())
}

// Output:
// base v2
// base p2
// false true true
// override x3 base x
// recovered: runtime error: invalid memory address or nil pointer dereference
