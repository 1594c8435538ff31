package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	words := byLen{"ccc", "a", "bb", "dddd", "ee"}
	sort.Stable(words)
	fmt.Println(words)
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 30}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	i := sort.SearchInts([]int{1, 3, 5, 7}, 5)
	fmt.Println(i)
	temps := []Celsius{36.6, -1}
	fmt.Println(temps, temps[1])
	fmt.Printf("%v %s %.2f\n", temps[0], temps[0], temps[0])
	m := map[string][]string{}
	for _, w := range strings.Fields("a b a c b a") {
		m[w] = append(m[w], w)
	}
	fmt.Println(len(m["a"]), len(m["b"]), len(m["z"]))
	anon := map[string]struct{ X, Y int }{"p": {1, 2}}
	fmt.Println(anon["p"].X, anon["q"])
	type key struct{ a, b string }
	set := map[key]struct{}{}
	set[key{"x", "y"}] = struct{}{}
	_, has := set[key{"x", "y"}]
	fmt.Println(has, len(set), struct{}{} == struct{}{})
}

// Output:
// [a bb ee ccc dddd]
// [{B 25} {A 30} {C 30}]
// 2
// [36.6°C -1.0°C] -1.0°C
// 36.6°C 36.6°C 36.60
// 3 2 0
// 1 {0 0}
// true 1 true
