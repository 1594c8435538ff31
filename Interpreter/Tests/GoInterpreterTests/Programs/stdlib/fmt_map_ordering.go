package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{10: "ten", -1: "neg", 2: "two"})
	fmt.Println(map[string]bool{"b": true, "a": false, "B": true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[float64]string{2.5: "a", -1: "b", 0: "z"})
	fmt.Println(map[K]int{{2, "a"}: 3, {1, "b"}: 2, {1, "a"}: 1})
	fmt.Println(map[[2]int]int{{1, 2}: 1, {0, 9}: 2})
	fmt.Println(map[string][]int{"b": {1}, "a": nil})
	fmt.Printf("%#v\n", map[string]int{"z": 26, "a": 1})
	fmt.Printf("%v\n", map[string]map[string]int{"y": {"b": 2, "a": 1}, "x": {}})
}

// Output:
// map[-1:neg 2:two 10:ten]
// map[B:true a:false b:true]
// map[false:0 true:1]
// map[-1:b 0:z 2.5:a]
// map[{1 a}:1 {1 b}:2 {2 a}:3]
// map[[0 9]:2 [1 2]:1]
// map[a:[] b:[1]]
// map[string]int{"a":1, "z":26}
// map[x:map[] y:map[a:1 b:2]]
