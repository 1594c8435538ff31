/// A small deterministic automaton answering only "is there a match?" for ASCII input.
///
/// Built eagerly when the pattern is compiled (so the compiled `Regexp` stays immutable and
/// lock-free): each state is the set of NFA instructions still alive plus the kind of the
/// previous character (start of text, newline, word, other), which is all the zero-width
/// assertions need. Transitions are precomputed for the 128 ASCII code points (grouped into
/// columns of code points no instruction tells apart, to keep tables small); input with any
/// non-ASCII byte, or a pattern whose automaton would grow past a budget, falls back to the
/// Pike VM. A router rule then costs one table lookup per input byte.
struct MatchDFA: Sendable {
    static let accept: Int32 = -1
    static let dead: Int32 = -2
    private static let maxStates = 256
    private static let maxInstructions = 400

    /// ASCII code points that every instruction treats alike share a column.
    private let columnOf: [UInt8]
    private let columnCount: Int
    /// `stateCount * columnCount` entries: next state, `accept` or `dead`.
    private let transitions: [Int32]
    /// Whether a match ends at the end of the text in each state.
    private let acceptsAtEnd: [Bool]

    /// Answers for ASCII input; nil means "not decidable here, use the NFA".
    func matches(_ input: UnsafeBufferPointer<UInt8>) -> Bool? {
        transitions.withUnsafeBufferPointer { table in
            columnOf.withUnsafeBufferPointer { column in
                var state = 0
                for byte in input {
                    if byte >= 0x80 { return nil }
                    let next = table[state &* columnCount &+ Int(column[Int(byte)])]
                    if next < 0 { return next == MatchDFA.accept }
                    state = Int(next)
                }
                return acceptsAtEnd[state]
            }
        }
    }

    private init(columnOf: [UInt8], columnCount: Int, transitions: [Int32], acceptsAtEnd: [Bool]) {
        self.columnOf = columnOf
        self.columnCount = columnCount
        self.transitions = transitions
        self.acceptsAtEnd = acceptsAtEnd
    }

    // MARK: - Construction

    /// Kind of the previous character, as far as assertions care.
    private enum Previous: Int32 {
        case textStart = 0, newline, word, other

        init(_ r: Int32) {
            if r == 0x0A { self = .newline } else if InputText.isWordChar(r) { self = .word } else { self = .other }
        }

        /// A representative code point for evaluating assertions.
        var rune: Int32 {
            switch self {
            case .textStart: return InputText.endOfText
            case .newline: return 0x0A
            case .word: return 0x61
            case .other: return 0x20
            }
        }
    }

    static func build(
        instructions: [Instruction], classes: ClassTable, start: Int, anchored: Bool
    ) -> MatchDFA? {
        guard start != 0, instructions.count <= maxInstructions else { return nil }
        let n = instructions.count
        var visited = [Bool](repeating: false, count: n)
        var stack: [Int32] = []

        /// Follows empty transitions; returns the consuming instructions reached and whether
        /// a match instruction was reached.
        func closure(_ core: [Int32], _ context: EmptyOp) -> (consumers: [Int32], matched: Bool) {
            for i in 0..<n { visited[i] = false }
            var consumers: [Int32] = []
            var matched = false
            stack.removeAll(keepingCapacity: true)
            stack.append(contentsOf: core)
            while let pc = stack.popLast() {
                if pc == 0 || visited[Int(pc)] { continue }
                visited[Int(pc)] = true
                let inst = instructions[Int(pc)]
                switch inst.op {
                case .fail: break
                case .match: matched = true
                case .alt: stack.append(inst.arg); stack.append(inst.out)
                case .nop, .capture: stack.append(inst.out)
                case .emptyWidth:
                    if EmptyOp(rawValue: UInt8(inst.arg)).isSubset(of: context) { stack.append(inst.out) }
                case .rune1, .runeClass, .anyChar, .anyCharNotNL: consumers.append(pc)
                }
            }
            return (consumers, matched)
        }

        func consumes(_ inst: Instruction, _ r: Int32) -> Bool {
            switch inst.op {
            case .rune1: return r == inst.arg
            case .runeClass: return classes.contains(Int(inst.arg), UInt32(r))
            case .anyChar: return true
            case .anyCharNotNL: return r != 0x0A
            default: return false
            }
        }

        // ASCII code points that every instruction treats alike share one column of work.
        let consumerPCs = (0..<n).filter { instructions[$0].consumesRune }
        var columnOf = [UInt8](repeating: 0, count: 128)
        var representatives: [Int32] = []
        var signatures: [[Bool]: Int] = [:]
        for r in Int32(0)..<128 {
            var signature = consumerPCs.map { consumes(instructions[$0], r) }
            signature.append(r == 0x0A)
            signature.append(InputText.isWordChar(r))
            if let column = signatures[signature] {
                columnOf[Int(r)] = UInt8(column)
            } else {
                signatures[signature] = representatives.count
                columnOf[Int(r)] = UInt8(representatives.count)
                representatives.append(r)
            }
        }

        struct State: Hashable {
            var core: [Int32]
            var previous: Int32
        }
        var states: [State] = [State(core: [Int32(start)], previous: Previous.textStart.rawValue)]
        var index: [State: Int32] = [states[0]: 0]
        var transitions: [Int32] = []
        var acceptsAtEnd: [Bool] = []
        var next = 0
        while next < states.count {
            let state = states[next]
            next += 1
            let before = Previous(rawValue: state.previous)!.rune
            acceptsAtEnd.append(
                closure(state.core, InputText.context(before: before, after: InputText.endOfText)).matched)
            // The closure depends on the next code point only through its kind.
            let closures = [Int32(0x0A), 0x61, 0x20].map { closure(state.core, InputText.context(before: before, after: $0)) }
            var columns: [Int32] = []
            for r in representatives {
                let (consumers, matched) = closures[r == 0x0A ? 0 : InputText.isWordChar(r) ? 1 : 2]
                if matched {
                    columns.append(accept)
                    continue
                }
                var core = Set<Int32>()
                for pc in consumers where consumes(instructions[Int(pc)], r) {
                    core.insert(instructions[Int(pc)].out)
                }
                if !anchored { core.insert(Int32(start)) }
                if core.isEmpty {
                    columns.append(dead)
                    continue
                }
                let target = State(core: core.sorted(), previous: Previous(r).rawValue)
                if let existing = index[target] {
                    columns.append(existing)
                } else {
                    if states.count >= maxStates { return nil }
                    let id = Int32(states.count)
                    states.append(target)
                    index[target] = id
                    columns.append(id)
                }
            }
            transitions.append(contentsOf: columns)
        }
        return MatchDFA(columnOf: columnOf, columnCount: representatives.count,
                        transitions: transitions, acceptsAtEnd: acceptsAtEnd)
    }
}
