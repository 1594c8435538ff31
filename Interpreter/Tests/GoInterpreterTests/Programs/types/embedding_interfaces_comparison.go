package main

import (
	"errors"
	"fmt"
)

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Mid struct {
	Base
	Name string
}

func (m Mid) Describe() string { return "mid " + m.Name + " / " + m.Base.Describe() }

type Top struct {
	*Mid
	Extra int
}

type Describer interface{ Describe() string }

type ErrCode int

func (e ErrCode) Error() string { return fmt.Sprintf("code %d", int(e)) }

func main() {
	t := Top{Mid: &Mid{Base{1}, "m"}, Extra: 2}
	t.SetID(7)
	fmt.Println(t.ID, t.Describe(), t.Base.Describe())
	var d Describer = t
	fmt.Println(d.Describe())
	var d2 Describer = t.Mid.Base
	fmt.Println(d2.Describe())
	fmt.Printf("%+v\n", *t.Mid)
	var err error = ErrCode(3)
	var code ErrCode
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", err), &code), code, err == ErrCode(3))
	switch v := err.(type) {
	case interface{ Timeout() bool }:
		fmt.Println("timeout", v)
	case ErrCode:
		fmt.Println("code", int(v))
	}
	var i1, i2 interface{} = Base{1}, Base{1}
	fmt.Println(i1 == i2, i1 != Base{2})
	defer func() { fmt.Println("recovered:", recover()) }()
	var f1, f2 interface{} = []int{1}, []int{1}
	fmt.Println(f1 == f2)
}

// Output:
// 7 mid m / base 7 base 7
// mid m / base 7
// base 7
// {Base:{ID:7} Name:m}
// true code 3 true
// code 3
// true true
// recovered: runtime error: comparing uncomparable type []int
