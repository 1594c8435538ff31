package main

import (
	"errors"
	"fmt"
	"strconv"
)

func show(v int64, err error) { fmt.Println(v, err) }

func main() {
	show(strconv.ParseInt("ff", 16, 64))
	show(strconv.ParseInt("0x1f", 0, 64))
	show(strconv.ParseInt("0o17", 0, 64))
	show(strconv.ParseInt("017", 0, 64))
	show(strconv.ParseInt("-0b101", 0, 64))
	show(strconv.ParseInt("1_000", 0, 64))
	show(strconv.ParseInt("1_000", 10, 64))
	show(strconv.ParseInt("128", 10, 8))
	show(strconv.ParseInt("-129", 10, 8))
	show(strconv.ParseInt("", 10, 64))
	show(strconv.ParseInt("z", 36, 64))
	show(strconv.ParseInt("9223372036854775808", 10, 64))
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	n, err := strconv.Atoi("+5")
	fmt.Println(n, err)
	n, err = strconv.Atoi(" 5")
	fmt.Println(n, err)
	_, err = strconv.ParseInt("300", 10, 8)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("yes")
	fmt.Println(b, err)
}

// Output:
// 255 <nil>
// 31 <nil>
// 15 <nil>
// 15 <nil>
// -5 <nil>
// 1000 <nil>
// 0 strconv.ParseInt: parsing "1_000": invalid syntax
// 127 strconv.ParseInt: parsing "128": value out of range
// -128 strconv.ParseInt: parsing "-129": value out of range
// 0 strconv.ParseInt: parsing "": invalid syntax
// 35 <nil>
// 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range
// 0 strconv.ParseUint: parsing "-1": invalid syntax
// 18446744073709551615 <nil>
// 5 <nil>
// 0 strconv.Atoi: parsing " 5": invalid syntax
// true ParseInt 300 value out of range true
// true <nil>
// false strconv.ParseBool: parsing "yes": invalid syntax
