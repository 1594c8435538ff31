package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type Nums struct {
	I8  int8
	U64 uint64
	F32 float32
	F64 float64
	Big int64
	Neg int
}

func main() {
	n := Nums{I8: -128, U64: ^uint64(0), F32: 0.1, F64: 1e21, Big: math.MaxInt64, Neg: -42}
	b, _ := json.Marshal(n)
	fmt.Println(string(b))

	for _, f := range []float64{0, 1, -0.5, 3.14159, 1e20, 1e21, 123456789e-15, 0.000001, 0.0000001, 5e-324, 1.7976931348623157e308} {
		b, _ := json.Marshal(f)
		fmt.Print(string(b), " ")
	}
	fmt.Println()
	b, _ = json.Marshal(float32(1e-7))
	fmt.Println(string(b))

	var back Nums
	err := json.Unmarshal([]byte(`{"I8":127,"U64":18446744073709551615,"F32":3.4e38,"F64":-2.5E-3,"Big":-9223372036854775808,"Neg":1e2}`), &back)
	fmt.Println(err)
	fmt.Println(back.I8, back.U64, back.F32, back.F64, back.Big, back.Neg)
	fmt.Println(json.Unmarshal([]byte(`{"U64":-1}`), &back))
	fmt.Println(json.Unmarshal([]byte(`{"F32":1e39}`), &back))
	fmt.Println(json.Unmarshal([]byte(`{"I8":-129}`), &back), back.I8)
}

// Output:
// {"I8":-128,"U64":18446744073709551615,"F32":0.1,"F64":1e+21,"Big":9223372036854775807,"Neg":-42}
// 0 1 -0.5 3.14159 100000000000000000000 1e+21 1.23456789e-7 0.000001 1e-7 5e-324 1.7976931348623157e+308 
// 1e-7
// json: cannot unmarshal number 1e2 into Go struct field Nums.Neg of type int
// 127 18446744073709551615 3.4e+38 -0.0025 -9223372036854775808 0
// json: cannot unmarshal number -1 into Go struct field Nums.U64 of type uint64
// json: cannot unmarshal number 1e39 into Go struct field Nums.F32 of type float32
// json: cannot unmarshal number -129 into Go struct field Nums.I8 of type int8 127
