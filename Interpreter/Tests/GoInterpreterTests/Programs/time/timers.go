package main

import (
	"fmt"
	"time"
)

func main() {
	var order []string
	done := make(chan bool)
	time.AfterFunc(60*time.Millisecond, func() { order = append(order, "60ms"); done <- true })
	time.AfterFunc(20*time.Millisecond, func() { order = append(order, "20ms"); done <- true })
	stopped := time.AfterFunc(40*time.Millisecond, func() { order = append(order, "never") })
	fmt.Println("stop before firing:", stopped.Stop(), "second stop:", stopped.Stop())
	<-done
	<-done
	fmt.Println(order)

	t := time.NewTimer(30 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("timer fired")
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println("stop after receive:", t.Stop())
	fmt.Println("reset after receive:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired again after reset")

	// A fired but unread timer is still pending: Stop reports true and drops the value.
	unread := time.NewTimer(5 * time.Millisecond)
	time.Sleep(40 * time.Millisecond)
	fmt.Println("stop unread:", unread.Stop())
	select {
	case <-unread.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value")
	}

	// Resetting a pending timer postpones it.
	later := time.NewTimer(20 * time.Millisecond)
	fmt.Println("reset pending:", later.Reset(100*time.Millisecond))
	select {
	case <-later.C:
		fmt.Println("too early")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("still waiting at 50ms")
	}
	<-later.C
	fmt.Println("postponed timer fired")

	a := time.After(60 * time.Millisecond)
	b := time.After(10 * time.Millisecond)
	for i := 0; i < 2; i++ {
		select {
		case <-a:
			fmt.Println("a (60ms)")
		case <-b:
			fmt.Println("b (10ms)")
		}
	}

	start := time.Now()
	v := <-time.After(15 * time.Millisecond)
	fmt.Println("received a time:", !v.Before(start), time.Since(start) >= 15*time.Millisecond)

	results := make(chan int, 3)
	for _, ms := range []int{50, 10, 30} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			results <- ms
		}(ms)
	}
	fmt.Println(<-results, <-results, <-results)

	f := time.AfterFunc(time.Hour, func() { fmt.Println("afterfunc ran"); done <- true })
	fmt.Println("reset afterfunc:", f.Reset(5*time.Millisecond))
	<-done
	fmt.Println(time.Until(time.Now().Add(time.Hour)) > 59*time.Minute, f.Stop())
}

// Output:
// stop before firing: true second stop: false
// [20ms 60ms]
// timer fired
// stop after receive: false
// reset after receive: false
// fired again after reset
// stop unread: true
// no stale value
// reset pending: true
// still waiting at 50ms
// postponed timer fired
// b (10ms)
// a (60ms)
// received a time: true true
// 10 30 50
// reset afterfunc: true
// afterfunc ran
// true false
