package main

import "fmt"

func main() {
	// range over an integer (Go 1.22): 0..n-1, n evaluated once.
	n := 3
	for i := range n {
		n = 10
		fmt.Print(i)
	}
	fmt.Println(" n =", n)
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	type Small uint8
	var s Small = 3
	for i := range s {
		fmt.Printf("%T:%d;", i, i)
	}
	fmt.Println()

	// range over a string yields byte offsets and runes.
	for i, r := range "aé" {
		fmt.Print(i, string(r), ";")
	}
	fmt.Println()

	// range over a channel stops when it is closed and drained.
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum", sum)

	// Labeled continue across a range-over-int and a range over a map with one key.
	found := 0
outer:
	for i := range 5 {
		for k := range map[string]int{"only": 1} {
			if i%2 == 0 {
				continue outer
			}
			found += len(k)
		}
	}
	fmt.Println("found", found)

	// Ranging over a nil slice or a nil map does nothing.
	var ns []int
	var nm map[int]int
	for range ns {
		fmt.Println("never")
	}
	for range nm {
		fmt.Println("never")
	}
	arr := [3]int{1, 2, 3}
	for i := range arr { // only the index: the array is not copied or read
		arr[len(arr)-1-i] = i
	}
	fmt.Println(arr)
}

// Output:
// 012 n = 10
// xx
// main.Small:0;main.Small:1;main.Small:2;
// 0a;1é;
// sum 3
// found 8
// [2 1 0]
