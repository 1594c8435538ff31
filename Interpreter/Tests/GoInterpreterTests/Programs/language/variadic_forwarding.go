package main

import "fmt"

func count(prefix string, xs ...int) string {
	return fmt.Sprintf("%s%d%v", prefix, len(xs), xs == nil)
}

func forward(xs ...int) string { return count("f:", xs...) }

func mutateAll(xs ...int) {
	for i := range xs {
		xs[i] *= 10
	}
}

func logf(format string, args ...any) string {
	return fmt.Sprintf("["+format+"]", args...)
}

func wrapLog(args ...any) string { return logf("%v-%v", args...) }

func main() {
	fmt.Println(count("a"), count("b", 1, 2), count("c", []int{}...), count("d", nil...))
	fmt.Println(forward(), forward(1, 2, 3))

	s := []int{1, 2, 3}
	mutateAll(s...) // the slice itself is passed: callee sees and changes it
	fmt.Println(s)
	mutateAll(s[0], s[1]) // a new slice is built
	fmt.Println(s)

	fmt.Println(wrapLog(1, "x"), wrapLog([]any{2, 3}...), wrapLog([]any{2, 3}))
	args := []any{"p", 1}
	fmt.Println(logf("%s=%d", args...))
}

// Output:
// a0true b2false c0false d0true
// f:0true f:3false
// [10 20 30]
// [10 20 30]
// [1-x] [2-3] [[2 3]-%!v(MISSING)]
// [p=1]
