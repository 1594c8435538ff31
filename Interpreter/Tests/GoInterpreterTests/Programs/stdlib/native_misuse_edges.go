package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"strings"
	"sync"
	"time"
)

// Misuse that must end in Go's panic or Go's result — never a crash of the host.
func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	x, m1 := math.MinInt64, -1
	try("div", func() { fmt.Println(x/m1, x%m1) })
	var i8, n8 int8 = -128, -1
	try("div8", func() { fmt.Println(i8/n8, i8%n8) })
	s := -1
	try("shift", func() { fmt.Println(1 << s) })
	u := uint(200)
	try("bigshift", func() { fmt.Println(1<<u, -1>>u, uint64(1)<<u) })
	n := -1
	try("makechan", func() { _ = make(chan int, n) })
	calls := 0
	size := func() int { calls++; return n }
	m := make(map[string]int, size())
	m["a"] = 1
	fmt.Println("makemap", len(m), calls)
	try("repeat", func() { _ = strings.Repeat("ab", n) })
	try("brepeat", func() { _ = bytes.Repeat([]byte("ab"), n) })
	var t time.Timer
	try("timer", func() { t.Stop() })
	var tk time.Ticker
	try("ticker", func() { tk.Stop(); fmt.Println("ticker stopped") })
	var wg sync.WaitGroup
	try("wg", func() { wg.Add(math.MaxInt64) })
	var b *strings.Builder
	try("nilbuilder", func() { b.WriteString("x") })
	var f *os.File
	fmt.Println(f.WriteString("x"))
	adv, tok, err := bufio.ScanRunes([]byte("é!"), false)
	fmt.Println(adv, string(tok), err)
	ctx, cancel := context.WithTimeout(context.Background(), math.MaxInt64)
	_, ok := ctx.Deadline()
	fmt.Println("deadline", ok, ctx.Err())
	cancel()
	fmt.Println(time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format("2006-01-02"))
	_ = time.Now().AddDate(math.MinInt64, 0, 0)
	fmt.Println("done")
}

// Output:
// -9223372036854775808 0
// -128 0
// shift panic: runtime error: negative shift amount
// 0 -1 0
// makechan panic: runtime error: makechan: size out of range
// makemap 1 1
// repeat panic: strings: negative Repeat count
// brepeat panic: bytes: negative Repeat count
// timer panic: time: Stop called on uninitialized Timer
// ticker stopped
// wg panic: sync: negative WaitGroup counter
// nilbuilder panic: runtime error: invalid memory address or nil pointer dereference
// 0 invalid argument
// 2 é <nil>
// deadline true <nil>
// 2024-03-02
// done
