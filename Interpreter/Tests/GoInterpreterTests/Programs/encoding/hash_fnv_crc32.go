package main

import (
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
)

// pick chooses a backend the way sticky-session plugins do: FNV-1a of the key.
func pick(key string, backends []string) string {
	h := fnv.New32a()
	h.Write([]byte(key))
	return backends[h.Sum32()%uint32(len(backends))]
}

func main() {
	var h32 hash.Hash32 = fnv.New32()
	h32.Write([]byte("a"))
	fmt.Printf("%08x %x %d\n", h32.Sum32(), h32.Sum(nil), h32.Size())

	a := fnv.New32a()
	a.Write([]byte("foo"))
	a.Write([]byte("bar"))
	fmt.Printf("%08x\n", a.Sum32())
	a.Reset()
	fmt.Printf("%08x\n", a.Sum32())

	var h64 hash.Hash64 = fnv.New64a()
	h64.Write([]byte("a"))
	fmt.Printf("%016x %d\n", h64.Sum64(), h64.Size())
	b := fnv.New64()
	b.Write([]byte("a"))
	fmt.Printf("%x\n", b.Sum64())

	fmt.Printf("%08x\n", crc32.ChecksumIEEE([]byte("123456789")))
	c := crc32.NewIEEE()
	c.Write([]byte("1234"))
	c.Write([]byte("56789"))
	fmt.Printf("%08x %x %d\n", c.Sum32(), c.Sum([]byte{0xff}), crc32.Size)

	backends := []string{"a", "b", "c"}
	fmt.Println(pick("user-1", backends) == pick("user-1", backends))
}

// Output:
// 050c5d7e 050c5d7e 4
// bf9cf968
// 811c9dc5
// af63dc4c8601ec8c 8
// af63bd4c8601b7be
// cbf43926
// cbf43926 ffcbf43926 4
// true
