package main

import (
	"fmt"
	"sort"
)

func main() {
	s := make([]int, 200000)
	x := 12345
	for i := range s {
		x = (x*1103515245 + 12345) % 2147483648
		s[i] = x
	}
	sort.Ints(s)
	fmt.Println(s[0] <= s[1], s[len(s)-1] >= s[len(s)-2])
}
