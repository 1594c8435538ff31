package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(30 * time.Millisecond)
	n := 0
	deadline := time.After(105 * time.Millisecond)
	var last time.Time
	increasing := true
loop:
	for {
		select {
		case at := <-tk.C:
			n++
			if !at.After(last) {
				increasing = false
			}
			last = at
		case <-deadline:
			break loop
		}
	}
	tk.Stop()
	fmt.Println("ticks in 105ms at 30ms:", n, "increasing:", increasing)
	time.Sleep(70 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	default:
		fmt.Println("no tick after stop")
	}

	tk.Reset(60 * time.Millisecond)
	start := time.Now()
	<-tk.C
	elapsed := time.Since(start)
	fmt.Println("first tick after reset waited the new period:", elapsed >= 60*time.Millisecond && elapsed < time.Second)
	tk.Stop()

	// Events of a 25ms ticker and a 90ms timer interleave by time.
	fast := time.NewTicker(25 * time.Millisecond)
	slow := time.NewTimer(90 * time.Millisecond)
	var events []string
	for len(events) < 4 {
		select {
		case <-fast.C:
			events = append(events, "tick")
		case <-slow.C:
			events = append(events, "timer")
		}
	}
	fast.Stop()
	fmt.Println(events)

	c := time.Tick(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-c
	}
	fmt.Println("three ticks from Tick; Tick(0) is nil:", time.Tick(0) == nil)

	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}

// Output:
// ticks in 105ms at 30ms: 3 increasing: true
// no tick after stop
// first tick after reset waited the new period: true
// [tick tick tick timer]
// three ticks from Tick; Tick(0) is nil: true
// recovered: non-positive interval for NewTicker
