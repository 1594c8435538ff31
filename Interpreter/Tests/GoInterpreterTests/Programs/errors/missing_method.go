package main

type Shape interface{ Area() float64 }

type square struct{ s float64 }

func (q *square) Area() float64 { return q.s * q.s }

func main() {
	var s Shape = square{2}
	_ = s
}

// Error: square does not implement Shape (method Area has pointer receiver)
