/// UTF-8 decoding and zero-width context with Go's rules: positions are byte offsets and an
/// invalid or truncated sequence decodes as U+FFFD of width 1.
enum InputText {
    static let endOfText: Int32 = -1
    static let replacement: Int32 = 0xFFFD

    /// The code point starting at byte `i` and its width; `(endOfText, 0)` at the end.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (rune: Int32, width: Int) {
        guard i < p.count else { return (endOfText, 0) }
        let b0 = p[i]
        if b0 < 0x80 { return (Int32(b0), 1) }
        return decodeMultiByte(p, at: i, lead: b0)
    }

    private static func decodeMultiByte(_ p: UnsafeBufferPointer<UInt8>, at i: Int, lead b0: UInt8)
        -> (rune: Int32, width: Int)
    {
        let n = p.count
        @inline(__always) func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Int32? {
            guard i + k < n else { return nil }
            let b = p[i + k]
            return b >= lo && b <= hi ? Int32(b & 0x3F) : nil
        }
        switch b0 {
        case 0xC2...0xDF:
            guard let c1 = cont(1) else { break }
            return (Int32(b0 & 0x1F) << 6 | c1, 2)
        case 0xE0...0xEF:
            let lo: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
            let hi: UInt8 = b0 == 0xED ? 0x9F : 0xBF   // no surrogates
            guard let c1 = cont(1, lo, hi), let c2 = cont(2) else { break }
            return (Int32(b0 & 0x0F) << 12 | c1 << 6 | c2, 3)
        case 0xF0...0xF4:
            let lo: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
            let hi: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF   // nothing above U+10FFFF
            guard let c1 = cont(1, lo, hi), let c2 = cont(2), let c3 = cont(3) else { break }
            return (Int32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4)
        default:
            break
        }
        return (replacement, 1)
    }

    /// Enough of the code point ending at byte `i` to evaluate assertions: word characters and
    /// newline are ASCII, so any non-ASCII byte stands for "some other character".
    @inline(__always)
    static func runeBefore(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int32 {
        guard i > 0 else { return endOfText }
        let b = p[i - 1]
        return b < 0x80 ? Int32(b) : replacement
    }

    @inline(__always)
    static func isWordChar(_ r: Int32) -> Bool {
        (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5A) || (r >= 0x61 && r <= 0x7A) || r == 0x5F
    }

    /// The assertions that hold between code points `before` and `after` (-1 for the text edges).
    @inline(__always)
    static func context(before r1: Int32, after r2: Int32) -> EmptyOp {
        var op: EmptyOp = .noWordBoundary
        var boundary = false
        if isWordChar(r1) {
            boundary = true
        } else if r1 == 0x0A {
            op.insert(.beginLine)
        } else if r1 < 0 {
            op.formUnion([.beginText, .beginLine])
        }
        if isWordChar(r2) {
            boundary.toggle()
        } else if r2 == 0x0A {
            op.insert(.endLine)
        } else if r2 < 0 {
            op.formUnion([.endText, .endLine])
        }
        if boundary { op = op.symmetricDifference([.wordBoundary, .noWordBoundary]) }
        return op
    }
}
