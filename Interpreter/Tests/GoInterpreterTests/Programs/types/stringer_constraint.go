package main

import (
	"fmt"
	"strings"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Numeric interface {
	~int | ~float64
	String() string
}

func Double[T Numeric](x T) string { return (x * 2).String() }

func main() {
	fmt.Println(Join([]ID{1, 2, 3}, ", "))
	fmt.Println(Double(ID(21)))
}

// Output:
// #1, #2, #3
// #42
