/// An immutable compiled regular expression, shared by every copy of a `Regexp` and safe to
/// run from many threads at once (all per-match state lives in the matcher's scratch space).
final class Program: Sendable {
    let instructions: [Instruction]
    let classes: ClassTable
    let start: Int
    /// Number of capture slots including the whole match: 2 * (groups + 1).
    let slotCount: Int
    /// UTF-8 bytes every match must begin with (empty when there is no such literal).
    let prefix: [UInt8]
    /// The whole expression is exactly `prefix`.
    let prefixIsComplete: Bool
    /// Every match must start at the beginning of the input (`^` or `\A` without (?m)).
    let anchoredAtStart: Bool
    /// Literal prefix reported by `literalPrefix` (Go computes it differently for anchored patterns).
    let reportedPrefix: String
    let reportedPrefixComplete: Bool
    /// Fast "does it match" automaton for ASCII input, when the pattern is small enough.
    let matchDFA: MatchDFA?
    /// Bytes an unanchored match can begin with, when that narrows things down.
    let firstBytes: FirstByteSet?

    init(instructions: [Instruction], classes: ClassTable, start: Int, groupCount: Int) {
        self.instructions = instructions
        self.classes = classes
        self.start = start
        self.slotCount = 2 * (groupCount + 1)

        func skipNop(_ pc: Int, throughCaptures: Bool) -> Int {
            var pc = pc
            while instructions[pc].op == .nop || (throughCaptures && instructions[pc].op == .capture) {
                pc = Int(instructions[pc].out)
            }
            return pc
        }
        func literalRun(from pc: Int, throughCaptures: Bool) -> (String, Int) {
            var s = String.UnicodeScalarView()
            var pc = skipNop(pc, throughCaptures: throughCaptures)
            while instructions[pc].op == .rune1, instructions[pc].arg != 0xFFFD,
                  let scalar = Unicode.Scalar(UInt32(instructions[pc].arg)) {
                s.append(scalar)
                pc = skipNop(Int(instructions[pc].out), throughCaptures: throughCaptures)
            }
            return (String(s), pc)
        }

        // Literal that every unanchored match begins with (Go's Prog.Prefix).
        let (text, end) = literalRun(from: start, throughCaptures: true)
        prefix = Array(text.utf8)
        prefixIsComplete = !text.isEmpty && instructions[end].op == .match

        // Required empty-width conditions at the start (Go's Prog.StartCond).
        var cond = EmptyOp()
        var pc = start
        scan: while true {
            let inst = instructions[pc]
            switch inst.op {
            case .emptyWidth: cond.formUnion(EmptyOp(rawValue: UInt8(inst.arg)))
            case .nop, .capture: break
            default: break scan
            }
            pc = Int(inst.out)
        }
        anchoredAtStart = cond.contains(.beginText)

        // Go reports the prefix after a leading ^ for (one-pass) anchored patterns.
        let first = instructions[start]
        if first.op == .emptyWidth, EmptyOp(rawValue: UInt8(first.arg)).contains(.beginText) {
            let (anchoredText, stop) = literalRun(from: Int(first.out), throughCaptures: false)
            reportedPrefix = anchoredText
            let last = instructions[stop]
            reportedPrefixComplete = !anchoredText.isEmpty && last.op == .emptyWidth
                && EmptyOp(rawValue: UInt8(last.arg)).contains(.endText)
                && instructions[Int(last.out)].op == .match
        } else {
            reportedPrefix = text
            reportedPrefixComplete = instructions[end].op == .match
        }
        firstBytes = anchoredAtStart ? nil
            : FirstByteSet.build(instructions: instructions, classes: classes, start: start)
        // A whole-literal pattern is answered by substring search; it needs no automaton.
        matchDFA = prefixIsComplete && !anchoredAtStart ? nil
            : MatchDFA.build(instructions: instructions, classes: classes, start: start, anchored: anchoredAtStart)
    }
}
