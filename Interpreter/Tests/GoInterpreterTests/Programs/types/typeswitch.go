package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{ name string }
type Cat struct{ name string }

func (d Dog) Sound() string  { return d.name + " says woof" }
func (c *Cat) Sound() string { return c.name + " says meow" }

type Named interface {
	Animal
	Name() string
}

func (d Dog) Name() string { return d.name }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v+1)
	case string, []byte:
		return fmt.Sprintf("text %v", v)
	case Animal:
		return "animal: " + v.Sound()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	fmt.Println(describe(nil))
	fmt.Println(describe(41))
	fmt.Println(describe("hi"))
	fmt.Println(describe(Dog{"rex"}))
	fmt.Println(describe(&Cat{"tom"}))
	fmt.Println(describe(3.5))
	var a Animal = Dog{"fido"}
	if n, ok := a.(Named); ok {
		fmt.Println("named", n.Name())
	}
	_, ok := a.(*Cat)
	fmt.Println(ok)
	var b Animal = Dog{"fido"}
	fmt.Println(a == b, a != nil)
	f := a.Sound
	fmt.Println(f())
	c := &Cat{"kit"}
	g := c.Sound
	c.name = "kat"
	fmt.Println(g())
	fmt.Printf("%T %T %T\n", a, c, []string{})
}

// Output:
// nil
// int 42
// text hi
// animal: rex says woof
// animal: tom says meow
// other float64
// named fido
// false
// true true
// fido says woof
// kat says meow
// main.Dog *main.Cat []string
