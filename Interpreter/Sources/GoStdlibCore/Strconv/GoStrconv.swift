/// Go's `strconv` package over UTF-8 bytes.
public enum GoStrconv {
    /// Bits in Go's `int` and `uint` (the interpreter targets 64-bit Go).
    public static let intSize = 64

    static let lowerHex: [UInt8] = Array("0123456789abcdef".utf8)
    static let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)
    static let digits36: [UInt8] = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
}
