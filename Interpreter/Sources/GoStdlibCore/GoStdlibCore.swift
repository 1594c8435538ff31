// Go standard-library algorithms in pure Swift (see DESIGN.md).
//
// Go strings are byte sequences, so every algorithm here works on UTF-8 bytes (`[UInt8]` or
// `UnsafeBufferPointer<UInt8>`) with byte offsets as positions; `String` overloads are
// conveniences. Runes are `Int32` like Go's `rune`, and invalid UTF-8 decodes as U+FFFD, width 1.
public enum GoStdlibCore {}

/// Go's `rune` type.
public typealias GoRune = Int32
