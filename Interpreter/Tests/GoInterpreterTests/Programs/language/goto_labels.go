package main

import "fmt"

func collatz(n int) (steps int) {
top:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto top
	}
	n = 3*n + 1
	goto top
}

func firstNegative(xs [][]int) (int, int) {
	for i, row := range xs {
		for j, v := range row {
			if v < 0 {
				fmt.Println("found at", i, j)
				goto done
			}
		}
	}
	return -1, -1
done:
	return 0, 0
}

func main() {
	fmt.Println(collatz(6), collatz(27))
	fmt.Println(firstNegative([][]int{{1, 2}, {3, -4}}))
	fmt.Println(firstNegative([][]int{{1}}))

	i := 0
again:
	if i < 3 {
		fmt.Print(i)
		i++
		goto again
	}
	fmt.Println()
}

// Output:
// 8 111
// found at 1 1
// 0 0
// -1 -1
// 012
