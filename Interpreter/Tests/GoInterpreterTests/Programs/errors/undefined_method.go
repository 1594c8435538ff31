package main

type T struct{}

func main() {
	var t T
	t.Run()
}

// Error: 7:4: t.Run undefined (type T has no field or method Run)
