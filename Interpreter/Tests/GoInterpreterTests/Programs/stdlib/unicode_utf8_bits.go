package main

import (
	"fmt"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '!', 'é', '世', '\n', '٣', 'ǅ', '€'} {
		fmt.Printf("%q L%v D%v N%v S%v U%v l%v T%v P%v Pr%v C%v Sy%v\n", r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r),
			unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPunct(r), unicode.IsPrint(r),
			unicode.IsControl(r), unicode.IsSymbol(r))
	}
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToUpper('é')), string(unicode.ToLower('Σ')), string(unicode.ToTitle('ǆ')))
	fmt.Println(string(unicode.To(unicode.UpperCase, 'q')), string(unicode.SimpleFold('A')), string(unicode.SimpleFold('k')))
	fmt.Println(unicode.Is(unicode.Upper, 'Q'), unicode.Is(unicode.Digit, 'x'), unicode.In('7', unicode.Letter, unicode.Digit), unicode.IsOneOf([]*unicode.RangeTable{unicode.Punct}, '?'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)

	buf := make([]byte, utf8.UTFMax)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.EncodeRune(buf, -1), buf[:3])
	b := utf8.AppendRune([]byte("x"), 'é')
	fmt.Println(b, len(b))
	r, size := utf8.DecodeRune([]byte("€uro"))
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRune([]byte{0xff, 'a'})
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRune(nil)
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRune([]byte("año"))
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString("año€")
	fmt.Println(string(r), size)
	fmt.Println(utf8.RuneCount([]byte("héllo")), utf8.RuneCountInString("日本語"), utf8.RuneLen('€'), utf8.RuneLen(-5))
	fmt.Println(utf8.Valid([]byte("ok")), utf8.Valid([]byte{0xed, 0xa0, 0x80}), utf8.ValidString("a\xffb"))
	fmt.Println(utf8.ValidRune(0x10FFFF), utf8.ValidRune(0xD800), utf8.ValidRune(-1))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRune([]byte{0xe4, 0xb8, 0x96}), utf8.FullRuneInString("\xff"))
	fmt.Println(utf8.RuneStart(0xe4), utf8.RuneStart(0xb8), utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)

	fmt.Println(bits.LeadingZeros64(1), bits.LeadingZeros32(1), bits.LeadingZeros16(1), bits.LeadingZeros8(1), bits.LeadingZeros(0))
	fmt.Println(bits.TrailingZeros64(8), bits.TrailingZeros32(0), bits.TrailingZeros8(0x80), bits.TrailingZeros(1<<40))
	fmt.Println(bits.OnesCount64(0xFF00FF), bits.OnesCount32(7), bits.OnesCount16(0xFFFF), bits.OnesCount8(3), bits.OnesCount(^uint(0)))
	fmt.Println(bits.Len(0), bits.Len64(255), bits.Len32(256), bits.Len16(1), bits.Len8(0x80))
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft16(1, -1), bits.RotateLeft32(0xF0000000, 4), bits.RotateLeft64(1, 65))
	fmt.Printf("%#x %#x %#x %#x\n", bits.Reverse8(1), bits.Reverse16(1), bits.Reverse32(1), bits.Reverse64(1))
	fmt.Printf("%#x %#x %#x\n", bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678), bits.ReverseBytes64(0x0102030405060708))
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	s32, c32 := bits.Add32(0xFFFFFFFF, 2, 1)
	fmt.Println(s32, c32)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	h32, l32 := bits.Mul32(0x80000000, 6)
	fmt.Println(h32, l32)
	q, rem := bits.Div64(1, 0, 3)
	fmt.Println(q, rem)
	fmt.Println(bits.UintSize)
	defer func() { fmt.Println("recovered:", recover()) }()
	bits.Div32(0, 1, 0)
}

// Output:
// 'a' Ltrue Dfalse Nfalse Sfalse Ufalse ltrue Tfalse Pfalse Prtrue Cfalse Syfalse
// 'Z' Ltrue Dfalse Nfalse Sfalse Utrue lfalse Tfalse Pfalse Prtrue Cfalse Syfalse
// '5' Lfalse Dtrue Ntrue Sfalse Ufalse lfalse Tfalse Pfalse Prtrue Cfalse Syfalse
// ' ' Lfalse Dfalse Nfalse Strue Ufalse lfalse Tfalse Pfalse Prtrue Cfalse Syfalse
// '!' Lfalse Dfalse Nfalse Sfalse Ufalse lfalse Tfalse Ptrue Prtrue Cfalse Syfalse
// 'é' Ltrue Dfalse Nfalse Sfalse Ufalse ltrue Tfalse Pfalse Prtrue Cfalse Syfalse
// '世' Ltrue Dfalse Nfalse Sfalse Ufalse lfalse Tfalse Pfalse Prtrue Cfalse Syfalse
// '\n' Lfalse Dfalse Nfalse Strue Ufalse lfalse Tfalse Pfalse Prfalse Ctrue Syfalse
// '٣' Lfalse Dtrue Ntrue Sfalse Ufalse lfalse Tfalse Pfalse Prtrue Cfalse Syfalse
// 'ǅ' Ltrue Dfalse Nfalse Sfalse Ufalse lfalse Ttrue Pfalse Prtrue Cfalse Syfalse
// '€' Lfalse Dfalse Nfalse Sfalse Ufalse lfalse Tfalse Pfalse Prtrue Cfalse Sytrue
// ß É σ ǅ
// Q a K
// true false true true
// 1114111 65533 127 255
// [228 184 150] 3
// 3 [239 191 189]
// [120 195 169] 3
// € 3
// true 1
// 65533 0
// o 1
// € 3
// 5 3 3 -1
// true false false
// true false false
// false true true
// true false 128 1114111 4
// 63 31 15 7 64
// 3 32 7 40
// 16 3 16 2 64
// 0 8 9 1 8
// 3 32768 15 2
// 0x80 0x8000 0x80000000 0x8000000000000000
// 0x3412 0x78563412 0x807060504030201
// 0 1
// 2 1
// 18446744073709551615 1
// 2 0
// 3 0
// 6148914691236517205 1
// 64
// recovered: runtime error: integer divide by zero
