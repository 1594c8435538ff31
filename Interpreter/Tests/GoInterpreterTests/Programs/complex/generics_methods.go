package main

import "fmt"

type Complex interface{ ~complex64 | ~complex128 }

func Sum[T Complex](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Scale[T Complex](xs []T, k T) {
	for i := range xs {
		xs[i] *= k
	}
}

type Vec complex128

func (v Vec) Rotate() Vec    { return v * 1i }
func (v *Vec) Add(w Vec)    { *v += w }
func (v Vec) String() string { return fmt.Sprintf("<%g,%g>", real(v), imag(v)) }

func main() {
	fmt.Println(Sum(1+1i, 2, 3i), Sum[complex64](0.5, 0.5i))
	xs := []complex64{1, 1i}
	Scale(xs, 2i)
	fmt.Println(xs)

	v := Vec(1 + 0i)
	v.Add(v.Rotate())
	fmt.Println(v, v.Rotate().Rotate())
	p := &v
	p.Add(-1)
	fmt.Println(*p, Sum(v, v))

	ch := make(chan complex128, 2)
	go func() {
		defer close(ch)
		for _, z := range []complex128{1i, -1i} {
			ch <- z * z // (-1i)*(-1i): imag = 0*(-1) + (-1)*0 = -0
		}
	}()
	for z := range ch {
		fmt.Print(z, ";")
	}
	fmt.Println()

	acc := complex(0, 0)
	add := func(z complex128) { acc += z }
	add(1)
	add(1i)
	fmt.Println(acc)
}

// Output:
// (3+4i) (0.5+0.5i)
// [(0+2i) (-2+0i)]
// <1,1> <-1,-1>
// <0,1> <0,2>
// (-1+0i);(-1-0i);
// (1+1i)
