package main

import "fmt"

func main() {
	fmt.Println("blocking forever")
	select {}
}

// Fatal: all goroutines are asleep - deadlock!
// blocking forever
