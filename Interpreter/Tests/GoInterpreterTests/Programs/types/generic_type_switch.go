package main

import "fmt"

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int ", x+1)
	case string:
		return "string " + x
	case []T:
		return "slice of T"
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type name string

func (n name) String() string { return "<" + string(n) + ">" }

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func main() {
	fmt.Println(Describe(41))
	fmt.Println(Describe("go"))
	fmt.Println(Describe(name("x")))
	fmt.Println(Describe(2.5))
	fmt.Println(Describe(Box[int]{3}))
	fmt.Println(Box[string]{"in"}.Get(), Box[[]int]{[]int{1}}.Get())
	var a any = Box[int]{1}
	_, isInt := a.(Box[int])
	_, isStr := a.(Box[string])
	fmt.Println(isInt, isStr)
}

// Output:
// int 42
// string go
// stringer <x>
// other float64
// other main.Box[int]
// in [1]
// true false
