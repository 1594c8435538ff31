package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Add(d int) { c.n += d }

func main() {
	c := &Counter{}
	for i := 0; i < 1000000; i++ {
		c.Add(i & 3)
	}
	fmt.Println(c.n)
}
