package main

import "fmt"

const (
	A = iota * 10
	B
	C
	_
	E
)

var initialized = compute()

func compute() int { return A + B + C + E }

func init() {
	initialized++
}

func main() {
	fmt.Println(A, B, C, E, initialized)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 3 {
		fmt.Print("g", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	defer fmt.Println()
	for i := range 3 {
		defer fmt.Print(i, " ")
	}
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	switch {
	case x > 1 && y < 2:
		fmt.Println("swapped")
	}
	var u uint64 = 1<<64 - 1
	fmt.Println(u, u>>60, -7/2, -7%2, 7&^5, 6|1, 6^3)
	var f float64 = 10
	fmt.Println(f/4, 1e21, 3.0, float32(0.1))
	s := "abc"
	fmt.Println(s < "abd", s[1], string(s[1]), s[1:], []byte(s), []rune("hé"))
}

// Output:
// 0 10 20 40 71
// 0 0 0 1 1 0 1 1 
// g0 g1 g2 
// 2 1
// swapped
// 18446744073709551615 15 -3 -1 2 7 5
// 2.5 1e+21 3 0.1
// true 98 b bc [97 98 99] [104 233]
// 2 1 0 
