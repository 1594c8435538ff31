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
