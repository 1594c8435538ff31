package main

import "fmt"

func classify(n int) string {
	switch x := n % 3; x {
	case 0:
		return "fizz"
	case 1, 2:
		if n > 10 {
			break
		}
		return "small"
	}
	return "big"
}

func order() (out []string) {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, fmt.Sprint("d", i)) }()
	}
	return []string{"body"}
}

func find(grid [][]int, target int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	fmt.Println(classify(3), classify(4), classify(13))
	fmt.Println(order())
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 4))
	i := 0
	goto check
loop:
	i += 2
check:
	if i < 6 {
		goto loop
	}
	fmt.Println("i", i)
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 5; x > 3 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	count := 0
outer:
	for {
		select {
		default:
			count++
			if count == 3 {
				break outer
			}
		}
	}
	fmt.Println("count", count)
	var fns [3]func() int
	for i := range fns {
		fns[i] = func() int { return i * i }
	}
	fmt.Println(fns[0](), fns[1](), fns[2]())
	s := []string{"a", "b", "c"}
	for i, v := range s {
		s[len(s)-1-i] = v
	}
	fmt.Println(s)
}

// Output:
// fizz small big
// [body d2 d1 d0]
// 1 1
// i 6
// inner 5
// outer 1
// count 3
// 0 1 4
// [a b a]
