/// One step of a compiled program (Thompson NFA), in the style of Go's `syntax.Inst`.
struct Instruction: Sendable {
    enum Opcode: UInt8, Sendable {
        case fail
        case match
        /// Fork: `out` is preferred over `arg`.
        case alt
        /// Zero-width assertion; `arg` holds the `EmptyOp` bits that must all hold.
        case emptyWidth
        /// Record the position in capture slot `arg`.
        case capture
        case nop
        /// Consume exactly the code point `arg`.
        case rune1
        /// Consume one code point of class number `arg`.
        case runeClass
        case anyChar
        case anyCharNotNL
    }

    var op: Opcode
    var out: Int32 = 0
    var arg: Int32 = 0

    init(_ op: Opcode, out: Int32 = 0, arg: Int32 = 0) {
        self.op = op
        self.out = out
        self.arg = arg
    }

    var consumesRune: Bool {
        switch op {
        case .rune1, .runeClass, .anyChar, .anyCharNotNL: return true
        default: return false
        }
    }
}

/// A character class prepared for fast membership tests: ASCII by bitmap, the rest by
/// binary search over sorted ranges.
struct CompiledClass: Sendable {
    let pairs: [UInt32]
    let asciiLow: UInt64    // bits for code points 0..<64
    let asciiHigh: UInt64   // bits for code points 64..<128

    init(_ cls: CharClass) {
        pairs = cls.pairs
        var low: UInt64 = 0, high: UInt64 = 0
        var i = 0
        while i < pairs.count {
            let lo = pairs[i], hi = pairs[i + 1]
            if lo < 128 {
                for r in lo...min(hi, 127) {
                    if r < 64 { low |= 1 << UInt64(r) } else { high |= 1 << UInt64(r - 64) }
                }
            }
            i += 2
        }
        asciiLow = low
        asciiHigh = high
    }

    @inline(__always)
    func contains(_ r: UInt32) -> Bool {
        if r < 64 { return asciiLow & (1 << UInt64(r)) != 0 }
        if r < 128 { return asciiHigh & (1 << UInt64(r - 64)) != 0 }
        return pairs.withUnsafeBufferPointer { p in
            var lo = 0, hi = p.count / 2
            while lo < hi {
                let mid = (lo &+ hi) / 2
                if r < p[2 &* mid] {
                    hi = mid
                } else if r > p[2 &* mid &+ 1] {
                    lo = mid &+ 1
                } else {
                    return true
                }
            }
            return false
        }
    }
}
