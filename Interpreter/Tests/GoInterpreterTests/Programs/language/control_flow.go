package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "C"
	}
}

func fall(n int) []string {
	var out []string
	switch n {
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
		fallthrough
	case 3:
		out = append(out, "three")
	case 4, 5:
		out = append(out, "four-five")
	default:
		out = append(out, "other")
	}
	return out
}

func main() {
	fmt.Println(grade(95), grade(85), grade(10))
	fmt.Println(fall(1), fall(2), fall(3), fall(5), fall(9))

	// Labeled break and continue.
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

	// break inside switch and select exits only those; a label exits the loop.
	count := 0
loop:
	for {
		switch {
		case count < 3:
			count++
			continue
		case count == 3:
			count += 10
			break
		default:
			break loop
		}
		count++
	}
	fmt.Println(count)

	// goto forms a loop.
	i := 0
again:
	if i < 3 {
		fmt.Print("g", i, " ")
		i++
		goto again
	}
	fmt.Println()

	// Switch with init statement and no tag; switch on types of values evaluated once.
	calls := 0
	next := func() int { calls++; return calls }
	switch x := next(); x {
	case 0:
		fmt.Println("zero")
	case 1:
		fmt.Println("one, calls", calls)
	}
	switch v := 5; {
	case v > 3:
		fmt.Println("big")
	}

	// For with only a condition, and the three-clause form with multiple variables.
	n := 1
	for n < 100 {
		n *= 3
	}
	for a, b := 0, 10; a < b; a, b = a+1, b-2 {
		fmt.Print(a, b, " ")
	}
	fmt.Println(n)

	// Evaluation order: operands left to right, assignments after all are evaluated.
	x, y := 1, 2
	x, y = y, x
	arr := []int{0, 0, 0}
	k := 0
	k, arr[k] = 1, 9
	fmt.Println(x, y, arr, k)
	trace := func(s string, v int) int { fmt.Print(s, " "); return v }
	_ = trace("a", 1) + trace("b", 2)*trace("c", 3)
	fmt.Println()
	// Index operands on the left are evaluated before the right-hand side.
	idx := []int{0, 0}
	idx[trace("lhs", 1)] = trace("rhs", 5)
	m := map[string]int{}
	m[fmt.Sprint(trace("key", 1))], k = trace("val", 2), 7
	fmt.Println(idx, m, k)
	// Swapping through pointers and slice elements.
	p, q := &x, &y
	*p, *q = *q, *p
	arr[0], arr[2] = arr[2], arr[0]
	fmt.Println(x, y, arr)
}

// Output:
// A B C
// [one two three] [two three] [three] [four-five] [other]
// 0 0 0 1 1 0 1 1 
// 14
// g0 g1 g2 
// one, calls 1
// big
// 0 10 1 8 2 6 3 4 243
// 2 1 [9 0 0] 1
// a b c 
// lhs rhs key val [0 5] map[1:2] 7
// 1 2 [0 0 9]
