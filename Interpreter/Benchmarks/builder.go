package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	total := 0
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		b.WriteString("item")
		b.WriteString(strconv.Itoa(i))
		total += len(strings.ToUpper(b.String()))
	}
	fmt.Println(total)
}
