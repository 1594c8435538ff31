package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, len(ch))
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch))
	select {
	case ch <- "e":
		fmt.Println("sent e")
	default:
		fmt.Println("full")
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Printf("%q %v %d\n", v, ok, len(ch))
}

// Output:
// 2 3
// a 1
// 3
// full
// b c d 
// "" false 0
