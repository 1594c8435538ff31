package main

import "fmt"

func main() {
	fmt.Printf("[%*d][%-*d][%*d]\n", 5, 42, 5, 42, -5, 42)
	fmt.Printf("[%.*f][%*.*f]\n", 2, 3.14159, 8, 3, 3.14159)
	fmt.Printf("[%.3s][%.0d][%.2d]\n", "abcdef", 0, 7)
	fmt.Printf("[%+d|% d|%+d|% d]\n", 5, 5, -5, -5)
	fmt.Printf("[%#x|%#X|%#o|%O|%#b]\n", 255, 255, 8, 8, 5)
	fmt.Printf("[%08.3f][%-8.2f][%+.1e]\n", -3.14159, 2.5, 12345.0)
	fmt.Printf("[%x][% x][%X][% X]\n", "hi", "hi", []byte{1, 171}, []byte{1, 171})
	fmt.Printf("[%6.2f%%][%5t][%-8q]\n", 12.5, true, "a")
	fmt.Printf("[%c|%-3c|%U|%#U]\n", 'x', 'y', 0x1F600, 'x')
	fmt.Printf("[%5s][%-5s][%5.1s]\n", "ab", "ab", "xyz")
	fmt.Printf("[%x][%X][%x]\n", -255, uint8(200), int64(-1))
	fmt.Printf("[%d %d]\n", 1)
	fmt.Printf("[%z]\n", 3)
	fmt.Printf("[%d]\n", 1, "extra")
	fmt.Println()
	fmt.Printf("[%")
	fmt.Println()
}

// Output:
// [   42][42   ][42   ]
// [3.14][   3.142]
// [abc][][07]
// [+5| 5|-5|-5]
// [0xff|0XFF|010|0o10|0b101]
// [-003.142][2.50    ][+1.2e+04]
// [6869][68 69][01AB][01 AB]
// [ 12.50%][ true]["a"     ]
// [x|y  |U+1F600|U+0078 'x']
// [   ab][ab   ][    x]
// [-ff][C8][-1]
// [1 %!d(MISSING)]
// [%!z(int=3)]
// [1]
// %!(EXTRA string=extra)
// [%!(NOVERB)
