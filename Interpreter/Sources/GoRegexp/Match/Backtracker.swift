/// A bounded backtracking matcher (Go's "bit-state" engine) for small programs on short inputs.
///
/// It explores alternatives depth-first in priority order, so the first match found is the
/// leftmost-first one, and records every (instruction, position) pair it has visited in a bit
/// set so no pair is explored twice: the work stays O(program size × input length), like the
/// Pike VM, but without copying capture arrays between threads, which makes submatch
/// extraction several times faster on the short strings routers and plugins see.
struct Backtracker {
    /// Go's limits: at most 500 instructions and 256 Ki visited bits.
    static let maxInstructions = 500
    static let maxVisitedBits = 256 * 1024

    static func fits(_ program: Program, inputCount: Int) -> Bool {
        let n = program.instructions.count
        return n <= maxInstructions && (inputCount + 1) * n <= maxVisitedBits
    }

    private struct Job {
        var pc: Int32
        /// For a capture job with `resume`, the slot value to restore.
        var pos: Int
        /// Continue an instruction already started (second branch of an alt, or a restore).
        var resume: Bool
    }

    private let program: Program
    private let insts: UnsafeBufferPointer<Instruction>
    private let classes: ClassTable.View
    let slotCount: Int
    private let longest: Bool
    private let visited: UnsafeMutablePointer<UInt64>
    private let caps: UnsafeMutablePointer<Int>
    /// Capture slots of the match found by the last `search`.
    let matchCaps: UnsafeMutablePointer<Int>
    private var jobs: [Job] = []
    private var end = 0

    static func withMachine<R>(
        _ program: Program, slotCount: Int, longest: Bool, inputCount: Int, _ body: (inout Backtracker) -> R
    ) -> R {
        let words = ((inputCount + 1) * program.instructions.count + 63) / 64
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(words, 1)) { visited in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: max(2 * slotCount, 1)) { slots in
                program.instructions.withUnsafeBufferPointer { insts in
                    program.classes.withView { classes in
                        var machine = Backtracker(
                            program: program, insts: insts, classes: classes, slotCount: slotCount,
                            longest: longest, visited: visited.baseAddress!, caps: slots.baseAddress!,
                            matchCaps: slots.baseAddress! + slotCount)
                        return body(&machine)
                    }
                }
            }
        }
    }

    private init(
        program: Program, insts: UnsafeBufferPointer<Instruction>, classes: ClassTable.View, slotCount: Int,
        longest: Bool, visited: UnsafeMutablePointer<UInt64>, caps: UnsafeMutablePointer<Int>,
        matchCaps: UnsafeMutablePointer<Int>
    ) {
        self.program = program
        self.insts = insts
        self.classes = classes
        self.slotCount = slotCount
        self.longest = longest
        self.visited = visited
        self.caps = caps
        self.matchCaps = matchCaps
        jobs.reserveCapacity(64)
    }

    /// Marks (pc, pos) visited; false when it already was.
    @inline(__always)
    private func shouldVisit(_ pc: Int32, _ pos: Int) -> Bool {
        let bit = Int(pc) &* (end &+ 1) &+ pos
        let word = bit >> 6, mask: UInt64 = 1 << UInt64(bit & 63)
        if visited[word] & mask != 0 { return false }
        visited[word] |= mask
        return true
    }

    @inline(__always)
    private mutating func push(_ pc: Int32, _ pos: Int, resume: Bool) {
        if insts[Int(pc)].op != .fail && (resume || shouldVisit(pc, pos)) {
            jobs.append(Job(pc: pc, pos: pos, resume: resume))
        }
    }

    /// Searches for the leftmost match starting at or after `from`, as `PikeVM.search` does.
    mutating func search(_ input: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
        end = input.count
        let words = ((end + 1) * insts.count + 63) / 64
        visited.initialize(repeating: 0, count: max(words, 1))
        for k in 0..<slotCount { caps[k] = -1; matchCaps[k] = -1 }
        let start = Int32(program.start)
        if start == 0 { return false }
        if program.anchoredAtStart {
            if from != 0 { return false }
            if slotCount > 0 { caps[0] = 0 }
            return attempt(input, start, at: 0)
        }
        // Visited bits are kept across start positions, so the total work stays linear.
        var pos = from
        while pos <= end {
            if !program.prefix.isEmpty {
                guard let found = PikeVM.find(program.prefix, in: input, from: pos) else { return false }
                pos = found
            }
            if slotCount > 0 { caps[0] = pos }
            if attempt(input, start, at: pos) { return true }
            let width = InputText.decode(input, at: pos).width
            if width == 0 { break }
            pos += width
        }
        return false
    }

    /// Depth-first search from `pc0` at `pos0`.
    private mutating func attempt(_ input: UnsafeBufferPointer<UInt8>, _ pc0: Int32, at pos0: Int) -> Bool {
        jobs.removeAll(keepingCapacity: true)
        push(pc0, pos0, resume: false)
        while let job = jobs.popLast() {
            var pc = job.pc, pos = job.pos, resume = job.resume
            var check = false
            run: while true {
                if check && !shouldVisit(pc, pos) { break run }
                check = true
                let inst = insts[Int(pc)]
                switch inst.op {
                case .fail:
                    break run
                case .alt:
                    if resume {
                        resume = false
                        pc = inst.arg
                    } else {
                        // Come back for the second branch only after the first is exhausted.
                        push(pc, pos, resume: true)
                        pc = inst.out
                    }
                case .rune1, .runeClass, .anyChar, .anyCharNotNL:
                    let (r, width) = InputText.decode(input, at: pos)
                    let ok: Bool
                    switch inst.op {
                    case .rune1: ok = r == inst.arg
                    case .runeClass: ok = r >= 0 && classes.contains(Int(inst.arg), UInt32(r))
                    case .anyChar: ok = r >= 0
                    default: ok = r >= 0 && r != 0x0A
                    }
                    if !ok { break run }
                    pos += width
                    pc = inst.out
                case .capture:
                    let slot = Int(inst.arg)
                    if resume {
                        caps[slot] = pos   // restore the value saved in the job
                        break run
                    }
                    if slot < slotCount {
                        jobs.append(Job(pc: pc, pos: caps[slot], resume: true))
                        caps[slot] = pos
                    }
                    pc = inst.out
                case .emptyWidth:
                    let context = InputText.context(
                        before: InputText.runeBefore(input, pos), after: InputText.decode(input, at: pos).rune)
                    if !EmptyOp(rawValue: UInt8(inst.arg)).isSubset(of: context) { break run }
                    pc = inst.out
                case .nop:
                    pc = inst.out
                case .match:
                    if slotCount == 0 { return true }
                    if slotCount > 1 { caps[1] = pos }
                    let old = matchCaps[1]
                    if old == -1 || (longest && pos > 0 && pos > old) {
                        matchCaps.update(from: caps, count: slotCount)
                    }
                    // Leftmost-first: the first match found has the highest priority.
                    if !longest || pos == end { return true }
                    break run
                }
            }
        }
        return longest && slotCount > 1 && matchCaps[1] >= 0
    }
}
