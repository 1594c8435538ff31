extension SourcePackages {
    /// Package cmp: ordered types and their three-way comparison (NaN sorts first).
    static let cmp = #"""
package cmp

// Ordered is the set of types that support < <= > >=.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// isNaN reports whether x is a floating-point NaN (the only value unequal to itself).
func isNaN[T Ordered](x T) bool {
	return x != x
}

func Compare[T Ordered](x, y T) int {
	xNaN, yNaN := isNaN(x), isNaN(y)
	switch {
	case xNaN && yNaN:
		return 0
	case xNaN:
		return -1
	case yNaN:
		return 1
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func Less[T Ordered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

// Or returns the first argument that is not the zero value.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
"""#

    /// Package iter: the iterator function types.
    static let iter = #"""
package iter

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)
"""#
}
