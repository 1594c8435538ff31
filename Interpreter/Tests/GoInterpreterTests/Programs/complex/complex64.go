package main

import "fmt"

func main() {
	c := complex64(1.1 + 2.2i)
	fmt.Println(c, real(c), imag(c))
	fmt.Printf("%T %T\n", c, real(c))
	w := complex128(c)
	fmt.Println(w)
	back := complex64(w)
	fmt.Println(back == c)
	var f32 float32 = 0.1
	d := complex(f32, f32)
	fmt.Printf("%T %v\n", d, d*d)
	var sum complex64
	for i := 0; i < 10; i++ {
		sum += complex(float32(0.1), 0)
	}
	fmt.Println(sum)
}

// Output:
// (1.1+2.2i) 1.1 2.2
// complex64 float32
// (1.100000023841858+2.200000047683716i)
// true
// complex64 (0+0.020000001i)
// (1.0000001+0i)
