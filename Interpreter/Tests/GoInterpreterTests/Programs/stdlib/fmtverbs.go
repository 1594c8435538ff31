package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type T struct {
	A int
	B string
	C []int
}

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b\n", 42, 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%s|%q|%10s|%-10s|%c|%U\n", "go", "go", "r", "l", 'G', 'G')
	fmt.Printf("%f|%.2f|%8.3f|%e|%g\n", 3.14159, 3.14159, 3.14159, 1234.5678, 0.000012)
	fmt.Printf("%t|%v|%p\n", true, nil, nil)
	t := T{1, "x", []int{2, 3}}
	fmt.Printf("%v|%+v\n", t, t)
	fmt.Printf("%#v\n", t)
	fmt.Printf("%v %v\n", map[int]string{2: "b", 1: "a"}, []string{"a", "b"})
	fmt.Printf("%d%%\n", 50)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5))
	n, err := strconv.Atoi("12x")
	fmt.Println(n, err)
	v, _ := strconv.Atoi("-77")
	fmt.Println(v+1, strconv.Quote("hi\n"), strconv.FormatInt(255, 16))
	fmt.Println(strings.Split("a,b,c", ","), strings.Repeat("ab", 3), strings.ToUpper("héllo"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"), strings.TrimSpace("  x  "))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.HasPrefix("golang", "go"))
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 20}, {"C", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	words := []string{"pear", "apple", "fig"}
	sort.Strings(words)
	fmt.Println(words)
	err = fmt.Errorf("wrap: %w", fmt.Errorf("inner %d", 1))
	fmt.Println(err)
}

// Output:
// 42|   42|42   |00042|ff|FF|10|101
// go|"go"|         r|l         |G|U+0047
// 3.141590|3.14|   3.142|1.234568e+03|1.2e-05
// true|<nil>|%!p(<nil>)
// {1 x [2 3]}|{A:1 B:x C:[2 3]}
// main.T{A:1, B:"x", C:[]int{2, 3}}
// map[1:a 2:b] [a b]
// 50%
// a1 2bc3.5
// 0 strconv.Atoi: parsing "12x": invalid syntax
// -76 "hi\n" ff
// [a b c] ababab HÉLLO
// true 4 x
// oinky oinky oink true
// [{B 20} {C 25} {A 30}]
// [apple fig pear]
// wrap: inner 1
