// Generates parse_float.txt: random decimal and hexadecimal literals and Go's ParseFloat
// results (64 and 32 bits), plus FormatFloat 'f' of extreme values.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
)

func main() {
	r := rand.New(rand.NewSource(11))
	digits := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteByte(byte('0' + r.Intn(10)))
		}
		return b.String()
	}
	for i := 0; i < 1500; i++ {
		var s string
		switch r.Intn(5) {
		case 0: // long mantissa near representable values
			v := math.Float64frombits(r.Uint64() & 0x7fefffffffffffff)
			s = strconv.FormatFloat(v, 'e', 17+r.Intn(25), 64)
		case 1: // halfway-ish: shortest digits plus a 5 and more
			v := math.Float64frombits(r.Uint64() & 0x7fefffffffffffff)
			s = strconv.FormatFloat(v, 'e', -1, 64)
			m := strings.Index(s, "e")
			s = s[:m] + "5" + digits(r.Intn(3)) + s[m:]
			if !strings.Contains(s[:m], ".") {
				s = s[:1] + "." + s[1:]
			}
		case 2: // random digits and exponent
			s = digits(1+r.Intn(30)) + "e" + strconv.Itoa(r.Intn(700)-350)
		case 3: // float32-oriented
			v := math.Float32frombits(r.Uint32() & 0x7f7fffff)
			s = strconv.FormatFloat(float64(v), 'e', 8+r.Intn(12), 64)
		case 4: // hexadecimal
			s = "0x" + strings.TrimLeft(fmt.Sprintf("%x", r.Uint64()), "") + "." + fmt.Sprintf("%x", r.Uint32()) + "p" + strconv.Itoa(r.Intn(2300)-1150)
		}
		if r.Intn(2) == 0 {
			s = "-" + s
		}
		f64, e64 := strconv.ParseFloat(s, 64)
		f32, e32 := strconv.ParseFloat(s, 32)
		fmt.Printf("P %s %016x %v %016x %v\n", s, math.Float64bits(f64), e64 != nil, math.Float64bits(f32), e32 != nil)
	}
	for _, v := range []float64{1e300, -1e300, math.MaxFloat64, 5e-324, 1e-300, 123456789e200, math.MaxFloat32} {
		for _, p := range []int{-1, 0, 2, 30} {
			fmt.Printf("F %016x %d %s\n", math.Float64bits(v), p, strconv.FormatFloat(v, 'f', p, 64))
		}
	}
}
