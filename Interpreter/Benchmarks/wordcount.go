package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	var b strings.Builder
	for i := 0; i < 1000000; i++ {
		b.WriteString(words[(i*7)%len(words)])
		b.WriteString(" ")
	}
	counts := map[string]int{}
	for _, w := range strings.Fields(b.String()) {
		counts[w]++
	}
	fmt.Println(len(counts), counts["alpha"])
}
