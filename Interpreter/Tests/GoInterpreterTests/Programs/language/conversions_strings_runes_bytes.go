package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	b[0] = 'H' // a copy: s is unchanged
	r[1] = 'e'
	fmt.Println(s, string(b), string(r))
	fmt.Println(string(r[7:]), string(b[8:11]), r[7] == '世')
	fmt.Println(string(rune(65)), string(rune(0x4e16)), []byte("€"), []rune("€"))
	var empty []byte
	fmt.Println(string(empty) == "", len([]rune("")), []byte(nil) == nil, len([]byte("")))
	type MyBytes []byte
	type MyString string
	mb := MyBytes("abc")
	ms := MyString(mb)
	fmt.Printf("%T %v %T %q\n", mb, mb, ms, ms)
	bs := []byte("abc")
	t := string(bs)
	bs[0] = 'z'
	fmt.Println(t, string(bs))
}

// Output:
// 14 14 9
// héllo, 世界 Héllo, 世界 hello, 世界
// 世界 世 true
// A 世 [226 130 172] [8364]
// true 0 true 0
// main.MyBytes [97 98 99] main.MyString "abc"
// abc zbc
