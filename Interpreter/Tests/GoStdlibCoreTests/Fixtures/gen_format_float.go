// Generates format_float.txt: reference FormatFloat outputs from the Go toolchain.
// Run: go run gen_format_float.go > format_float.txt
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	r := rand.New(rand.NewSource(7))
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 100, 123456, 1234567, 1e21, 1e20, 1e-5, 1e-4, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64 * 3, 2.2250738585072014e-308, 1.0 / 3, 2.0 / 3, 9.5, 0.05, 0.15, 0.25, 1e23, 9007199254740993, 123.456, 3.14159, math.MaxFloat32, 1e-45, 16777216, 0.3, 1e100, 299792458, 6.02214076e23}
	for i := 0; i < 150; i++ {
		vals = append(vals, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 80; i++ {
		vals = append(vals, float64(math.Float32frombits(r.Uint32())))
	}
	for i := 0; i < 100; i++ {
		vals = append(vals, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
	}
	type spec struct {
		f    byte
		prec int
	}
	specs := []spec{{'g', -1}, {'e', -1}, {'f', -1}, {'G', -1}, {'e', 3}, {'E', 0}, {'f', 2}, {'f', 0}, {'g', 4}, {'g', 0}, {'f', 20}, {'e', 25}, {'x', -1}, {'X', 3}, {'x', 0}, {'b', -1}, {'g', 17}}
	for _, v := range vals {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		for _, bs := range []int{64, 32} {
			for _, s := range specs {
				if s.f == 'f' && v != 0 && (math.Abs(v) > 1e25 || math.Abs(v) < 1e-25) {
					continue
				}
				fmt.Printf("%016x %d %c %d %s\n", math.Float64bits(v), bs, s.f, s.prec, strconv.FormatFloat(v, s.f, s.prec, bs))
			}
		}
	}
}
