// Generates fmt_cases.txt: reference fmt.Sprintf outputs from the Go toolchain.
// Line: hex(format) <TAB> encoded args (space separated) <TAB> hex(output).
package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"strings"
	"unsafe"
)

func h(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

func enc(a any) string {
	switch v := a.(type) {
	case nil:
		return "nil"
	case bool:
		return fmt.Sprintf("bool:%v", v)
	case int:
		return fmt.Sprintf("int:%d", v)
	case int8:
		return fmt.Sprintf("int8:%d", v)
	case int32:
		return fmt.Sprintf("int32:%d", v)
	case int64:
		return fmt.Sprintf("int64:%d", v)
	case uint:
		return fmt.Sprintf("uint:%d", v)
	case uint8:
		return fmt.Sprintf("uint8:%d", v)
	case uint16:
		return fmt.Sprintf("uint16:%d", v)
	case uint64:
		return fmt.Sprintf("uint64:%d", v)
	case uintptr:
		return fmt.Sprintf("uintptr:%d", v)
	case float64:
		return fmt.Sprintf("float64:%x", math.Float64bits(v))
	case float32:
		return fmt.Sprintf("float32:%x", math.Float64bits(float64(v)))
	case complex128:
		return fmt.Sprintf("complex128:%x,%x", math.Float64bits(real(v)), math.Float64bits(imag(v)))
	case complex64:
		return fmt.Sprintf("complex64:%x,%x", math.Float64bits(float64(real(v))), math.Float64bits(float64(imag(v))))
	case string:
		return "string:" + h(v)
	case []byte:
		if v == nil {
			return "bytes:nil"
		}
		return "bytes:" + h(string(v))
	case unsafe.Pointer:
		return fmt.Sprintf("pointer:%d", uintptr(v))
	}
	panic(fmt.Sprintf("type %T", a))
}

type c struct {
	f    string
	args []any
}

func main() {
	ptr := unsafe.Pointer(uintptr(0xc000012345))
	cases := []c{
		{"%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o|%#b|%08.3d|%.0d|%.0d|%5.0d|", []any{42, 42, 42, -42, 42, 42, -255, 255, 8, 8, 5, 255, 8, 5, 7, 0, 1, 0}},
		{"%x %X %#X %#08x %08x %-8x| %+x % x %+.3x", []any{-255, -255, 255, 255, -255, 255, 255, 255, 7}},
		{"%c %c %c %q %q %+q %U %#U %#U %.6U %08U %-8c|%5q", []any{'A', 0x1F600, -1, 'x', 0x2028, 'é', 0x1F600, 0x1F600, 'a', 0x41, 0x41, 'z', 'q'}},
		{"%v %v %v %v %v %v", []any{int8(-5), uint8(200), uint16(65535), int64(math.MinInt64), uint64(math.MaxUint64), uintptr(10)}},
		{"%#v %#v %#v %#v", []any{uint(10), 10, uint8(255), int32(-3)}},
		{"%t %v %5t %-6t| %d", []any{true, false, true, false, true}},
		{"%e %E %f %F %g %G %.2f %8.3f %-8.3f| %08.3f %+.1e % .3g %.0f %.3g %10.4g|", []any{1234.5678, 0.000123, 3.14159, 2.5, 1e21, 1e-7, 2.675, -3.14159, 3.14159, -3.14159, 12345.678, 0.5, 0.5, 100.0, 123456.0}},
		{"%v %v %v %v %v %v %v %v %v", []any{1e21, 1e20, 100000000.0, 123456.0, 1234567.0, 0.0001, 0.00001, math.Copysign(0, -1), 1.0}},
		{"%v %v %.3v %g %e %v", []any{float32(0.1), float32(1.0 / 3), float32(3.14159), float32(1e10), float32(16777216), float32(3.4028235e38)}},
		{"%v %+v %5.1f %05f %-6v| %08v %f %e", []any{math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(-1), math.NaN(), math.Inf(1), math.NaN(), math.Inf(1)}},
		{"% f %+f % v %+v %+.2e", []any{math.NaN(), math.NaN(), 1.5, 1.5, -0.0}},
		{"%#g %#.3g %#e %#.0f %#.0e %#v %#x %#.3x %#g %#g %#.4g", []any{1.0, 1.0, 2.0, 3.0, 3.0, 1.0, 1.0, 1.0, 123456789.0, 0.0, 1e-5}},
		{"%x %X %.3x %b %#b %10.2x|", []any{1.0, -2.5, 1.0 / 3, 1.0, 1.0, 255.0}},
		{"%v %v %.2f %+.1f %g %e", []any{complex(1, 2), complex(-1.5, -0.25), complex(1, -1), complex(0, 0), complex64(complex(1.5, 2)), complex(1e21, 1)}},
		{"%s|%10s|%-10s|%.2s|%q|%#q|%#q|%+q|%x|%X|% x|%#x|% #X|%.1x|%5.1s|%05s|", []any{"hi", "hi", "hi", "héllo", "a\"b\n", "raw`", "ok", "héllo", "hi", "hi", "hi", "hi", "hi", "hi", "日本", "ab"}},
		{"%v|%s|%q|%x|% X|%d|%o|%c|%#v|%#v|%v|%10x|%-6x|%08x|", []any{[]byte("ab"), []byte("hi"), []byte("q"), []byte("hi"), []byte{1, 255}, []byte{1, 2}, []byte{8, 9}, []byte("ab"), []byte{1, 2}, []byte(nil), []byte(nil), []byte("ab"), []byte("ab"), []byte("ab")}},
		{"%p %v %#v %x %d %#p", []any{ptr, ptr, ptr, ptr, ptr, ptr}},
		{"%d %s %t %x %p %e %c %q %v %z", []any{"hi", 5, 5, true, 5, "x", 1.5, 2.5, nil, 3}},
		{"%!|%z|%5z|%-+5z|%d", []any{3, 4, 5, nil}},
		{"%d %d %d", []any{1}},
		{"%d", []any{1, 2, "x", nil, 3.5}},
		{"%[2]d %[1]d|%[3]*.[2]*[1]f|%[5]d|%[x]d|%[1]d %d %d|%[0]d|%[2]d %[1]d %d", []any{12.0, 2, 6, 4}},
		{"%[1]d %[1]x %[1]o|%[3]d", []any{10, 20}},
		{"%*d|%-*d|%*d|%.*f|%.*d|%*.*f|%*d|%.*d", []any{5, 42, 5, 42, -5, 42, 2, 3.14159, -1, 7, 8, 2, 1.5, "x", 3, "y", 4}},
		{"%10.3q|%-10q|%.0s|%.10s|%08q", []any{"abcdef", "a", "abc", "ab", "x"}},
		{"100%%|%5%|%-5%|%d%%", []any{50}},
		{"%", []any{}},
		{"%-", []any{1}},
		{"%.", []any{1}},
		{"%3.", []any{1}},
		{"%[1]", []any{1}},
		{"%[1", []any{1}},
		{"%ä %ž", []any{1, "s"}},
		{"%v %v %v %v %s", []any{"a", 1, nil, true, nil}},
		{"%T %T %T %T %T %T %T", []any{1, "s", 1.5, float32(1), []byte{}, true, nil}},
		{"%6.2v|%-8v|%08v|%+v|%x|%X", []any{3.14159, "ab", 42, 5, "ÿ", []byte{0xab}}},
		{"%U %#U %#U %U", []any{-1, 0x7f, uint64(math.MaxUint64), 0x10FFFF}},
		{"%o %O %#o %#O %O", []any{-8, -8, 0, 8, 0}},
		{"%+d %+d % d % d %+ d", []any{0, -0, 0, -5, 5}},
		{"%5c|%-5c|%05c|%c", []any{'x', 'y', 'z', 0x110000}},
		{"%.3d|%6.3d|%-6.3d|%06.3d|%+.3d|%x|%.4x", []any{5, 5, 5, 5, 5, int8(-128), -1}},
		{"%s %v %d", []any{"multi\nline", "tab\there", "x"}},
		{"%d %d", []any{uint64(math.MaxUint64), int64(math.MinInt64)}},
		{"%.20f|%.30e|%.17g|%.0e|%.1g", []any{0.1, 1.0 / 3, 0.1, 15.0, 0.05}},
		{"%8.3e|%-12.4E|%012.4e|%+012.4f|%-+12.4f|", []any{123456.789, -0.000123, 3.0, 3.0, 3.0}},
		{"%v %v %v", []any{float32(1e21), float32(1e20), float32(0.000001)}},
		{"%x|%X|%#x|% x|%#-8x|", []any{"", "", "", "", ""}},
		{"%5x|%-5x|", []any{"", ""}},
		{"%s", []any{strings.Repeat("x", 3)}},
	}
	for _, tc := range cases {
		var args []string
		for _, a := range tc.args {
			args = append(args, enc(a))
		}
		as := strings.Join(args, " ")
		if as == "" {
			as = "-"
		}
		fmt.Printf("%s\t%s\t%s\n", h(tc.f), as, h(fmt.Sprintf(tc.f, tc.args...)))
	}
	// Sprint and Sprintln spacing rules.
	sp := [][]any{{"a", "b"}, {1, 2}, {"a", 1, 2, "b"}, {1, "a", 2}, {1.5, true, nil, 3}, {[]byte("x"), 1}}
	for _, a := range sp {
		var args []string
		for _, x := range a {
			args = append(args, enc(x))
		}
		fmt.Printf("SPRINT\t%s\t%s\n", strings.Join(args, " "), h(fmt.Sprint(a...)))
		fmt.Printf("SPRINTLN\t%s\t%s\n", strings.Join(args, " "), h(fmt.Sprintln(a...)))
	}
}
