package main

import (
	"errors"
	"fmt"
)

func grade(n int) []string {
	var out []string
	switch {
	case n >= 90:
		out = append(out, "A")
		fallthrough
	case n >= 80:
		out = append(out, "B")
		fallthrough
	case n >= 70:
		out = append(out, "C")
	case n >= 60:
		out = append(out, "D")
	default:
		out = append(out, "F")
	}
	return out
}

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %T", x) // x keeps the interface type here
	case string:
		return "string of " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type name string

func (n name) String() string { return "<" + string(n) + ">" }

func main() {
	fmt.Println(grade(95), grade(85), grade(72), grade(65), grade(10))
	fmt.Println(kind(nil), kind(3), kind(int64(4)), kind("héllo"))
	fmt.Println(kind(errors.New("e")), kind(name("n")), kind(1.5), kind([]int(nil)))

	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
		if x == 5 {
			break
		}
		fmt.Println("not printed")
	default:
		fmt.Println("large")
	}

	// Cases are evaluated top to bottom, left to right, stopping at the first match.
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 2 {
	case f(1), f(2), f(3):
	case f(4):
	}
	fmt.Println("calls", calls)
}

// Output:
// [A B C] [B C] [C] [D] [F]
// nil integer int integer int64 string of 6
// error e stringer <n> other float64 other []int
// medium
// calls 2
