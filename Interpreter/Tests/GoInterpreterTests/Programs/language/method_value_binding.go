package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

type Valuer interface{ Value() int }

func main() {
	c := Counter{1}
	byValue := c.Value // receiver copied now
	byPointer := c.Inc // &c bound now
	c.n = 5
	fmt.Println(byValue(), c.Value())
	byPointer()
	byPointer()
	fmt.Println(c.n)

	var v Valuer = c
	iv := v.Value // the interface's dynamic value is bound
	c.n = 100
	v = Counter{50}
	fmt.Println(iv(), v.Value())

	p := &c
	pv := p.Value // *p copied at evaluation
	p.n = 7
	fmt.Println(pv(), p.Value())

	expr := Counter.Value
	ptrExpr := (*Counter).Inc
	ptrExpr(&c)
	fmt.Println(expr(c))

	fs := []func() int{}
	for _, x := range []Counter{{1}, {2}, {3}} {
		fs = append(fs, x.Value)
	}
	for _, f := range fs {
		fmt.Print(f(), ";")
	}
	fmt.Println()
}

// Output:
// 1 5
// 7
// 7 50
// 100 7
// 8
// 1;2;3;
