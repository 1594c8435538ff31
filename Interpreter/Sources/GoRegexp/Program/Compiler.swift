/// Compiles a simplified `RegexNode` into a `Program` by Thompson's construction.
///
/// Unfilled exits of a fragment form a linked list threaded through the `out`/`arg` fields of
/// the instructions themselves (as in Go), so joining fragments is O(1).
struct Compiler {
    /// A list of instruction fields awaiting a target; each entry is `pc << 1 | (0: out, 1: arg)`.
    private struct PatchList {
        var head: UInt32 = 0
        var tail: UInt32 = 0
        static let empty = PatchList()
        init() {}
        init(_ entry: UInt32) { head = entry; tail = entry }
    }

    private struct Fragment {
        var start: Int32       // 0 means "cannot match" (instruction 0 is fail)
        var out: PatchList
        var nullable: Bool     // can match the empty string
    }

    private var instructions: [Instruction] = [Instruction(.fail)]
    private var classes = ClassTable()
    /// Repetitions such as `\pL{100}` reuse one table entry instead of copying the class.
    private var classIndex: [CharClass: Int] = [:]

    static func compile(_ node: RegexNode, groupCount: Int) -> Program {
        var c = Compiler()
        let f = c.compile(node)
        let match = c.emit(.match)
        c.patch(f.out, to: match)
        return Program(instructions: c.instructions, classes: c.classes,
                       start: Int(f.start), groupCount: groupCount)
    }

    // MARK: - Patch lists

    private mutating func patch(_ list: PatchList, to target: Int32) {
        var entry = list.head
        while entry != 0 {
            let pc = Int(entry >> 1)
            if entry & 1 == 0 {
                entry = UInt32(instructions[pc].out)
                instructions[pc].out = target
            } else {
                entry = UInt32(instructions[pc].arg)
                instructions[pc].arg = target
            }
        }
    }

    private mutating func append(_ a: PatchList, _ b: PatchList) -> PatchList {
        if a.head == 0 { return b }
        if b.head == 0 { return a }
        let pc = Int(a.tail >> 1)
        if a.tail & 1 == 0 { instructions[pc].out = Int32(b.head) } else { instructions[pc].arg = Int32(b.head) }
        var joined = a
        joined.tail = b.tail
        return joined
    }

    // MARK: - Fragments

    private mutating func emit(_ op: Instruction.Opcode, arg: Int32 = 0) -> Int32 {
        instructions.append(Instruction(op, arg: arg))
        return Int32(instructions.count - 1)
    }

    private static let failFragment = Fragment(start: 0, out: .empty, nullable: false)

    private mutating func single(_ op: Instruction.Opcode, arg: Int32 = 0, nullable: Bool) -> Fragment {
        let pc = emit(op, arg: arg)
        return Fragment(start: pc, out: PatchList(UInt32(pc) << 1), nullable: nullable)
    }

    private mutating func cat(_ f1: Fragment, _ f2: Fragment) -> Fragment {
        if f1.start == 0 || f2.start == 0 { return Compiler.failFragment }
        patch(f1.out, to: f2.start)
        return Fragment(start: f1.start, out: f2.out, nullable: f1.nullable && f2.nullable)
    }

    private mutating func alt(_ f1: Fragment, _ f2: Fragment) -> Fragment {
        if f1.start == 0 { return f2 }
        if f2.start == 0 { return f1 }
        let pc = emit(.alt)
        instructions[Int(pc)].out = f1.start
        instructions[Int(pc)].arg = f2.start
        return Fragment(start: pc, out: append(f1.out, f2.out), nullable: f1.nullable || f2.nullable)
    }

    private mutating func quest(_ f1: Fragment, greedy: Bool) -> Fragment {
        let pc = emit(.alt)
        var out: PatchList
        if greedy {
            instructions[Int(pc)].out = f1.start
            out = PatchList(UInt32(pc) << 1 | 1)
        } else {
            instructions[Int(pc)].arg = f1.start
            out = PatchList(UInt32(pc) << 1)
        }
        out = append(out, f1.out)
        return Fragment(start: pc, out: out, nullable: true)
    }

    /// f1 followed by a fork back to f1; the fork's other branch is the exit.
    private mutating func loop(_ f1: Fragment, greedy: Bool) -> Fragment {
        let pc = emit(.alt)
        let out: PatchList
        if greedy {
            instructions[Int(pc)].out = f1.start
            out = PatchList(UInt32(pc) << 1 | 1)
        } else {
            instructions[Int(pc)].arg = f1.start
            out = PatchList(UInt32(pc) << 1)
        }
        patch(f1.out, to: pc)
        return Fragment(start: pc, out: out, nullable: true)
    }

    private mutating func star(_ f1: Fragment, greedy: Bool) -> Fragment {
        // A loop around something that can match empty would give the empty iteration the wrong
        // priority; (x+)? orders the choices the way Perl and Go do.
        if f1.nullable { return quest(plus(f1, greedy: greedy), greedy: greedy) }
        return loop(f1, greedy: greedy)
    }

    private mutating func plus(_ f1: Fragment, greedy: Bool) -> Fragment {
        Fragment(start: f1.start, out: loop(f1, greedy: greedy).out, nullable: f1.nullable)
    }

    private mutating func compile(_ node: RegexNode) -> Fragment {
        switch node {
        case .empty:
            return single(.nop, nullable: true)
        case .noMatch:
            return Compiler.failFragment
        case let .charClass(cls):
            if cls.isEmpty { return Compiler.failFragment }
            if let r = cls.singleRune { return single(.rune1, arg: Int32(r), nullable: false) }
            if cls == CharClass.anyRune { return single(.anyChar, nullable: false) }
            if cls == CharClass.anyRuneExceptNewline { return single(.anyCharNotNL, nullable: false) }
            let index: Int
            if let known = classIndex[cls] {
                index = known
            } else {
                index = classes.append(cls)
                classIndex[cls] = index
            }
            return single(.runeClass, arg: Int32(index), nullable: false)
        case .anyChar:
            return single(.anyChar, nullable: false)
        case .anyCharNotNL:
            return single(.anyCharNotNL, nullable: false)
        case let .assertion(op):
            return single(.emptyWidth, arg: Int32(op.rawValue), nullable: true)
        case let .capture(index, _, sub):
            let open = single(.capture, arg: Int32(2 * index), nullable: true)
            let body = compile(sub)
            let close = single(.capture, arg: Int32(2 * index + 1), nullable: true)
            return cat(cat(open, body), close)
        case let .star(sub, greedy):
            return star(compile(sub), greedy: greedy)
        case let .plus(sub, greedy):
            return plus(compile(sub), greedy: greedy)
        case let .quest(sub, greedy):
            return quest(compile(sub), greedy: greedy)
        case let .concat(subs):
            guard var f = subs.first.map({ compile($0) }) else { return single(.nop, nullable: true) }
            for sub in subs.dropFirst() { f = cat(f, compile(sub)) }
            return f
        case let .alternate(subs):
            var f = Compiler.failFragment
            for sub in subs { f = alt(f, compile(sub)) }
            return f
        case let .repeat(sub, min, max, greedy):
            // Normally removed by the simplifier; expand here too so the compiler is total.
            return compile(Simplifier.simplify(.repeat(sub, min: min, max: max, greedy: greedy)))
        }
    }
}
