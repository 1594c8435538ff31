/// The bytes a match can start with. When no thread is alive the matcher skips input bytes
/// outside this set instead of starting a thread at each of them (for `\d+` in prose, say).
///
/// It is a superset: assertions are assumed to pass and any non-ASCII code point admits every
/// byte >= 0x80. Patterns that can match the empty string have no set (a match may start
/// anywhere).
struct FirstByteSet: Sendable {
    private let words: [UInt64]   // 4 words, bit b set when byte b may start a match

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        words[Int(byte >> 6)] & (1 << UInt64(byte & 63)) != 0
    }

    static func build(instructions: [Instruction], classes: ClassTable, start: Int) -> FirstByteSet? {
        guard start != 0 else { return nil }
        var words: [UInt64] = [0, 0, 0, 0]
        func add(_ b: Int) { words[b >> 6] |= 1 << UInt64(b & 63) }
        func addNonASCII() { for b in 0x80...0xFF { add(b) } }
        var visited = Set<Int32>()
        var stack: [Int32] = [Int32(start)]
        while let pc = stack.popLast() {
            guard pc != 0, visited.insert(pc).inserted else { continue }
            let inst = instructions[Int(pc)]
            switch inst.op {
            case .fail:
                break
            case .match:
                return nil
            case .alt:
                stack.append(inst.out)
                stack.append(inst.arg)
            case .nop, .capture, .emptyWidth:
                stack.append(inst.out)
            case .rune1:
                if inst.arg < 0x80 { add(Int(inst.arg)) } else { addNonASCII() }
            case .runeClass:
                for b in 0..<128 where classes.contains(Int(inst.arg), UInt32(b)) { add(b) }
                if classes.hasNonASCII(Int(inst.arg)) { addNonASCII() }
            case .anyChar, .anyCharNotNL:
                return nil
            }
        }
        // A set admitting nearly everything would only slow the loop down.
        let admitted = words.reduce(0) { $0 + $1.nonzeroBitCount }
        return admitted > 200 ? nil : FirstByteSet(words: words)
    }
}
