package main

import "fmt"

type Point struct {
	Name string
	Z    complex128
}

type Phasor complex64

func describe(v any) string {
	switch x := v.(type) {
	case complex64:
		return fmt.Sprintf("complex64 %v", x)
	case complex128:
		return fmt.Sprintf("complex128 %v real=%v", x, real(x))
	case Phasor:
		return fmt.Sprintf("Phasor %v", complex64(x)*2)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var p Point
	fmt.Printf("%v %+v\n", p, p)
	q := Point{"a", 1 - 1i}
	r := q
	r.Z *= 1i
	fmt.Println(q, r, q == r, q == Point{"a", 1 - 1i})

	m := map[complex128]string{1i: "i", -1: "minus one"}
	m[complex(0, 1)] += "!"
	fmt.Println(len(m), m[1i], m[-1+0i], m[2] == "")
	var negZero complex128 = complex(0, 0)
	negZero = -negZero
	m[negZero] = "zero"
	m[0] = "zero again"
	fmt.Println(len(m), m[0])

	s := make([]complex64, 3)
	s[1] = 2 + 2i
	arr := [2]complex128{1, 2i}
	fmt.Println(s, arr, arr == [2]complex128{1 + 0i, 0 + 2i})

	fmt.Println(describe(complex64(1)), describe(2+3i), describe(Phasor(1i)), describe(1.5))
	var a, b any = 1 + 2i, complex(1, 2)
	fmt.Println(a == b, a == any(complex64(1+2i)))
	z, ok := a.(complex128)
	fmt.Println(z, ok)

	switch c := 2i * 2i; c {
	case -4:
		fmt.Println("minus four")
	default:
		fmt.Println("something else", c)
	}
}

// Output:
// { (0+0i)} {Name: Z:(0+0i)}
// {a (1-1i)} {a (1+1i)} false true
// 2 i! minus one true
// 3 zero again
// [(0+0i) (2+2i) (0+0i)] [(1+0i) (0+2i)] true
// complex64 (1+0i) complex128 (2+3i) real=2 Phasor (0+2i) other float64
// true false
// (1+2i) true
// minus four
