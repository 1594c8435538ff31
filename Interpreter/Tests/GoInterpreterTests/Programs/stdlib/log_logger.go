package main

import (
	"fmt"
	"log"
)

type sink struct{ lines []string }

func (s *sink) Write(p []byte) (int, error) {
	s.lines = append(s.lines, string(p))
	return len(p), nil
}

func main() {
	s := &sink{}
	l := log.New(s, "[plugin] ", 0)
	l.Printf("hello %d", 42)
	l.Println("a", "b")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Print("where")
	fmt.Println(l.Flags() == log.Lshortfile|log.Lmsgprefix, l.Prefix())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l.Panicf("bad %s", "thing")
	}()
	for _, line := range s.lines {
		fmt.Print(line)
	}
}

// Output:
// true [plugin] 
// recovered: bad thing
// [plugin] hello 42
// [plugin] a b
// log_logger.go:21: [plugin] where
// log_logger.go:25: [plugin] bad thing
