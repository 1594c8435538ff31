package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type counters struct {
	hits  int64
	small int32
	flags [2]uint32
}

func main() {
	var n int32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt32(&n, 2)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&n))

	var c counters
	fmt.Println(atomic.AddInt64(&c.hits, 10), atomic.AddInt64(&c.hits, -3), c.hits)
	atomic.StoreInt32(&c.small, 2147483647)
	fmt.Println(atomic.AddInt32(&c.small, 1))
	fmt.Println(atomic.AddUint32(&c.flags[1], ^uint32(0)), c.flags)
	fmt.Println(atomic.CompareAndSwapInt64(&c.hits, 7, 100), atomic.CompareAndSwapInt64(&c.hits, 7, 200), c.hits)
	fmt.Println(atomic.SwapInt64(&c.hits, 1), atomic.LoadInt64(&c.hits))
	var u uint64
	fmt.Println(atomic.AddUint64(&u, ^uint64(0)), atomic.OrUint64(&u, 1), atomic.AndUint64(&u, 6), u)

	var i32 atomic.Int32
	i32.Store(5)
	fmt.Println(i32.Add(-10), i32.Load(), i32.Swap(3), i32.CompareAndSwap(3, 4), i32.CompareAndSwap(3, 5), i32.Load())
	var i64 atomic.Int64
	fmt.Println(i64.Add(1<<40), i64.Load())
	var u32 atomic.Uint32
	fmt.Println(u32.Add(^uint32(0)), u32.Add(2))
	var u64 atomic.Uint64
	u64.Store(1 << 63)
	fmt.Println(u64.Load(), u64.Add(1<<63))
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(true, false), b.Load())

	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store("config-1")
	fmt.Println(v.Load().(string), v.Swap("config-2"), v.CompareAndSwap("config-2", "config-3"), v.Load())

	type stats struct{ requests atomic.Int64 }
	s := &stats{}
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func(k int) {
			defer wg2.Done()
			s.requests.Add(int64(k))
		}(i)
	}
	wg2.Wait()
	fmt.Println(s.requests.Load())

	defer func() { fmt.Println("recovered:", recover()) }()
	v.Store(42)
}

// Output:
// 100
// 10 7 7
// -2147483648
// 4294967295 [0 4294967295]
// true false 100
// 100 1
// 18446744073709551615 18446744073709551615 18446744073709551615 6
// -5 -5 -5 true false 4
// 1099511627776 1099511627776
// 4294967295 1
// 9223372036854775808 0
// false false true true false
// true
// config-1 config-1 true config-3
// 45
// recovered: sync/atomic: store of inconsistently typed value into Value
