package main

import "fmt"

type Base struct {
	ID int
}

func (b Base) Describe() string { return fmt.Sprintf("base %d", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Derived struct {
	Base
	Name string
}

type Describer interface{ Describe() string }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Counter int

func (c *Counter) Inc() { *c++ }

func main() {
	d := Derived{Base{1}, "x"}
	d.SetID(7)
	fmt.Println(d.ID, d.Describe(), d.Base.ID)
	var i Describer = d
	fmt.Println(i.Describe())
	var p Describer = &d
	d.ID = 9
	fmt.Println(p.Describe())
	fmt.Println(Celsius(21.5))
	fmt.Printf("%v %s\n", Celsius(3), Celsius(4))
	var n Counter
	n.Inc()
	n.Inc()
	fmt.Println(n)
	fmt.Printf("%+v\n", d)
	type pair struct {
		a, b int
	}
	fmt.Println(pair{1, 2} == pair{1, 2}, pair{1, 2} == pair{2, 1})
	pp := &pair{3, 4}
	pp.a = 5
	fmt.Println(*pp, pp.a+pp.b)
}

// Output:
// 7 base 7 7
// base 7
// base 9
// 21.5°C
// 3.0°C 4.0°C
// 2
// {Base:{ID:9} Name:x}
// true false
// {5 4} 9
