// Generates strconv_cases.txt: reference strconv outputs from the Go toolchain.
// Each line: function, then hex-encoded input and output fields separated by spaces.
package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
)

func h(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

func errs(err error) string {
	if err == nil {
		return "-"
	}
	return h(err.Error())
}

func main() {
	strs := []string{"", "abc", "\x00☺\u2028", "hello\nworld\t\"q\" 'x' \\", "\xff\xfe", "日本語", "\u00a0\u3000\u1680", "\U0001F600", "\x7f\x1b\a\b\f\v\r", "`raw`", "\ufeffbom", "tab\there", "\u00ad\u200b\ue000", "\U0010ffff", "a\xe2\x82"}
	for _, s := range strs {
		fmt.Println("Quote", h(s), h(strconv.Quote(s)), h(strconv.QuoteToASCII(s)), h(strconv.QuoteToGraphic(s)), strconv.CanBackquote(s))
	}
	runes := []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 0xa0, 0x2028, 0x1f600, 0xd800, -1, 0x110000, 0x263a, 0xfffd, 0xe000}
	for _, r := range runes {
		fmt.Println("QuoteRune", r, h(strconv.QuoteRune(r)), h(strconv.QuoteRuneToASCII(r)), h(strconv.QuoteRuneToGraphic(r)))
	}
	unq := []string{`"abc"`, `"a\nb"`, `'a'`, `'ab'`, `''`, "`a\\nb`", "`a\rb`", `"\x41\101\u263a\U0001F600"`, `"\xff"`, `"\400"`, `"\ud800"`, `"a"b"`, `"abc`, `"`, `'\''`, `'"'`, `"'"`, `"\'"`, `'\"'`, "\"a\nb\"", "\"\xff\"", "'\xff'", "'☺'", `'\u263a'`, `'\x80'`, "`a`b`", `"\q"`, `"\0"`, `"\x4"`, "\"\u2028\"", `"\u0041"`, "'\n'", "``"}
	for _, s := range unq {
		v, err := strconv.Unquote(s)
		fmt.Println("Unquote", h(s), h(v), err == nil)
	}
	ints := []string{"", "0", "-0", "+5", "123", "-123", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999", "0x1f", "0X1F", "0b101", "0o17", "017", "0_17", "1_000", "1__0", "_1", "1_", "0x_1f", "0x", "0b", "08", "abc", "1a", "z", "Z", "-", "+", "18446744073709551615", "18446744073709551616", "127", "128", "-128", "-129", "255", "256", "ff", "FF", "-0x10", "0x1_f", " 1", "1 ", "٣"}
	for _, s := range ints {
		for _, base := range []int{0, 10, 16, 2, 36} {
			for _, bits := range []int{0, 8, 64} {
				v, err := strconv.ParseInt(s, base, bits)
				u, uerr := strconv.ParseUint(s, base, bits)
				fmt.Println("ParseInt", h(s), base, bits, v, errs(err), u, errs(uerr))
			}
		}
		a, err := strconv.Atoi(s)
		fmt.Println("Atoi", h(s), a, errs(err))
	}
	_, e1 := strconv.ParseInt("1", 1, 64)
	_, e2 := strconv.ParseInt("1", 10, 65)
	_, e3 := strconv.ParseUint("1", 37, 64)
	fmt.Println("Errors", errs(e1), errs(e2), errs(e3))
	fl := []string{"0", "1", "-1", "+1.5", "1e10", "1E-10", ".5", "5.", ".", "-.", "1e", "1e+", "1e-400", "-1e-400", "1e400", "-1e400", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "4.9e-324", "2.4e-324", "2.5e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "0x1p-2", "0x1.8p1", "0X1P+4", "0x1.fffffffffffff8p1023", "0x1p1024", "0x1.8", "0x", "0x.8p1", "0xp1", "inf", "+Inf", "-infinity", "INFINITY", "infin", "nan", "NaN", "-nan", "+nan", "1_000.5", "1__0", "_1", "0x_1p0", "1_e5", "3.4028235e38", "3.4028236e38", "3.402823567e38", "3.4028235677973366e+38", "1e-46", "7e-46", "1.401298464324817e-45", "0.1", "0.3", "123456789012345678901234567890", "1.00000000000000011102230246251565404236316680908203125", "1.00000000000000011102230246251565404236316680908203124", "1.00000000000000011102230246251565404236316680908203126", "9007199254740993", "89255.0e-22", "1e23", "8.988465674311579e+307", "22250738585072011e-324", "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000022250738585072012", "1e", "e1", "1.5e+3x", "0x1p+", "0x1.p1", "00.5", "1e99999999999", "1e-99999999999", "-0", "0x0p0", "0x1.0000000000000fffp0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000002p0", "0x1.000003p0", "12345678901234567890123e-10"}
	for _, s := range fl {
		for _, bits := range []int{64, 32} {
			v, err := strconv.ParseFloat(s, bits)
			fmt.Printf("ParseFloat %s %d %016x %s\n", h(s), bits, math.Float64bits(v), errs(err))
		}
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRue", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println("ParseBool", h(s), b, errs(err))
	}
	for _, v := range []int64{0, 1, -1, 255, -255, math.MaxInt64, math.MinInt64, 1234567890} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			fmt.Println("FormatInt", v, base, strconv.FormatInt(v, base), strconv.FormatUint(uint64(v), base))
		}
	}
}
