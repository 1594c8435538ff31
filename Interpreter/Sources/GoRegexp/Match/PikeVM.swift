#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Pike's NFA simulation: all threads advance in lock step over the input, one code point at
/// a time, so the work is O(program size × input length) whatever the pattern.
///
/// Threads are kept in priority order (leftmost-first) in sparse sets indexed by program
/// counter; each carries its capture slots. All scratch memory is allocated once per public
/// call (`withMachine`) and reused across repeated searches (FindAll, Replace).
struct PikeVM {
    /// One generation of threads.
    private struct ThreadQueue {
        var sparse: UnsafeMutablePointer<Int32>
        var dense: UnsafeMutablePointer<Int32>
        var caps: UnsafeMutablePointer<Int>
        var count = 0

        @inline(__always) func contains(_ pc: Int32) -> Bool {
            let j = Int(sparse[Int(pc)])
            return j < count && dense[j] == pc
        }

        @inline(__always) mutating func insert(_ pc: Int32) -> Int {
            let j = count
            sparse[Int(pc)] = Int32(j)
            dense[j] = pc
            count += 1
            return j
        }
    }

    private let program: Program
    private let insts: UnsafeBufferPointer<Instruction>
    private let classes: ClassTable.View
    /// Capture slots tracked: 0 (match only), 2 (match bounds) or the program's full count.
    let slotCount: Int
    private let longest: Bool

    private var runq: ThreadQueue
    private var nextq: ThreadQueue
    private let stack: Stack
    private let startCaps: UnsafeMutablePointer<Int>
    /// Capture slots of the best match found by the last `search`.
    let matchCaps: UnsafeMutablePointer<Int>
    private var matched = false

    /// Runs `body` with a machine whose scratch memory lives only for the duration of the call.
    static func withMachine<R>(
        _ program: Program, slotCount: Int, longest: Bool, _ body: (inout PikeVM) -> R
    ) -> R {
        let n = program.instructions.count
        let stackSize = 3 * n + 4
        let int32Count = 4 * n + 2 * stackSize
        let intCount = 2 * n * slotCount + stackSize + 2 * slotCount
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: int32Count) { i32 in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: max(intCount, 1)) { ints in
                program.instructions.withUnsafeBufferPointer { insts in
                    program.classes.withView { classes in
                        let base32 = i32.baseAddress!
                        base32.initialize(repeating: 0, count: int32Count)
                        let base = ints.baseAddress!
                        base.initialize(repeating: -1, count: max(intCount, 1))
                        var vm = PikeVM(
                            program: program, insts: insts, classes: classes, slotCount: slotCount, longest: longest,
                            runq: ThreadQueue(sparse: base32, dense: base32 + n, caps: base),
                            nextq: ThreadQueue(sparse: base32 + 2 * n, dense: base32 + 3 * n,
                                               caps: base + n * slotCount),
                            stackPC: base32 + 4 * n, stackSlot: base32 + 4 * n + stackSize,
                            stackValue: base + 2 * n * slotCount,
                            startCaps: base + 2 * n * slotCount + stackSize,
                            matchCaps: base + 2 * n * slotCount + stackSize + slotCount)
                        return body(&vm)
                    }
                }
            }
        }
    }

    private init(
        program: Program, insts: UnsafeBufferPointer<Instruction>, classes: ClassTable.View,
        slotCount: Int, longest: Bool,
        runq: ThreadQueue, nextq: ThreadQueue, stackPC: UnsafeMutablePointer<Int32>,
        stackSlot: UnsafeMutablePointer<Int32>, stackValue: UnsafeMutablePointer<Int>,
        startCaps: UnsafeMutablePointer<Int>, matchCaps: UnsafeMutablePointer<Int>
    ) {
        self.program = program
        self.insts = insts
        self.classes = classes
        self.slotCount = slotCount
        self.longest = longest
        self.runq = runq
        self.nextq = nextq
        self.stack = Stack(pc: stackPC, slot: stackSlot, value: stackValue)
        self.startCaps = startCaps
        self.matchCaps = matchCaps
    }

    /// The explicit stack `addThreads` uses instead of recursion (entries with slot >= 0 restore
    /// a capture slot to `value`; the others visit `pc`).
    private struct Stack {
        let pc: UnsafeMutablePointer<Int32>
        let slot: UnsafeMutablePointer<Int32>
        let value: UnsafeMutablePointer<Int>
    }

    /// Follows empty transitions from `pc0`, adding every reachable rune/match instruction to
    /// `q` in priority order. `caps` is modified temporarily and restored before returning.
    /// Static so that the hot loop never copies the machine (and its references) to call it.
    @inline(__always)
    private static func addThreads(
        _ q: inout ThreadQueue, _ pc0: Int32, at pos: Int, caps: UnsafeMutablePointer<Int>, context: EmptyOp,
        insts: UnsafeBufferPointer<Instruction>, slotCount: Int, stack: Stack
    ) {
        let stackPC = stack.pc, stackSlot = stack.slot, stackValue = stack.value
        var sp = 0
        stackPC[0] = pc0
        stackSlot[0] = -1
        sp = 1
        while sp > 0 {
            sp -= 1
            let slot = stackSlot[sp]
            if slot >= 0 {
                caps[Int(slot)] = stackValue[sp]
                continue
            }
            let pc = stackPC[sp]
            if pc == 0 || q.contains(pc) { continue }
            let j = q.insert(pc)
            let inst = insts[Int(pc)]
            switch inst.op {
            case .fail:
                break
            case .alt:
                stackPC[sp] = inst.arg; stackSlot[sp] = -1
                stackPC[sp + 1] = inst.out; stackSlot[sp + 1] = -1
                sp += 2
            case .emptyWidth:
                if EmptyOp(rawValue: UInt8(inst.arg)).isSubset(of: context) {
                    stackPC[sp] = inst.out; stackSlot[sp] = -1
                    sp += 1
                }
            case .nop:
                stackPC[sp] = inst.out; stackSlot[sp] = -1
                sp += 1
            case .capture:
                let s = Int(inst.arg)
                if s < slotCount {
                    // Restore entry first so it runs after the whole subtree below.
                    stackSlot[sp] = Int32(s); stackValue[sp] = caps[s]
                    sp += 1
                    caps[s] = pos
                }
                stackPC[sp] = inst.out; stackSlot[sp] = -1
                sp += 1
            case .match, .rune1, .runeClass, .anyChar, .anyCharNotNL:
                if slotCount > 0 { (q.caps + j * slotCount).update(from: caps, count: slotCount) }
            }
        }
    }

    @inline(__always)
    private static func matches(_ inst: Instruction, _ r: Int32, _ classes: ClassTable.View) -> Bool {
        switch inst.op {
        case .rune1: return r == inst.arg
        case .runeClass: return r >= 0 && classes.contains(Int(inst.arg), UInt32(r))
        case .anyChar: return r >= 0
        case .anyCharNotNL: return r >= 0 && r != 0x0A
        default: return false
        }
    }

    /// Advances every thread in `runq` over the code point `r` at `pos`.
    private mutating func step(at pos: Int, next nextPos: Int, rune r: Int32, nextContext: EmptyOp) {
        var j = 0
        while j < runq.count {
            let pc = runq.dense[j]
            let inst = insts[Int(pc)]
            let caps = runq.caps + j * slotCount
            j += 1
            if longest && matched && slotCount > 0 && matchCaps[0] < caps[0] { continue }
            if inst.op == .match {
                if slotCount > 0 && (!longest || !matched || matchCaps[1] < pos) {
                    caps[1] = pos
                    matchCaps.update(from: caps, count: slotCount)
                }
                matched = true
                if !longest {
                    // Leftmost-first: lower-priority threads can no longer win.
                    break
                }
                continue
            }
            if PikeVM.matches(inst, r, classes) {
                PikeVM.addThreads(&nextq, inst.out, at: nextPos, caps: caps, context: nextContext,
                                  insts: insts, slotCount: slotCount, stack: stack)
            }
        }
        runq.count = 0
    }

    /// Searches `input` for the leftmost match starting at or after `from`; on success the
    /// match's slots are in `matchCaps` (when `slotCount > 0`).
    mutating func search(_ input: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
        matched = false
        runq.count = 0
        nextq.count = 0
        for k in 0..<slotCount { matchCaps[k] = -1; startCaps[k] = -1 }
        let anchored = program.anchoredAtStart
        if anchored && from != 0 { return false }
        if program.start == 0 { return false }
        let start = Int32(program.start)
        let prefix = program.prefix
        if program.prefixIsComplete && slotCount <= 2 && !anchored {
            // The whole pattern is a literal: a substring search answers it.
            guard let at = PikeVM.find(prefix, in: input, from: from) else { return false }
            if slotCount == 2 { matchCaps[0] = at; matchCaps[1] = at + prefix.count }
            matched = true
            return true
        }

        var pos = from
        var (r, width) = InputText.decode(input, at: pos)
        var (r1, width1) = width > 0 ? InputText.decode(input, at: pos + width) : (InputText.endOfText, 0)
        var context = InputText.context(before: InputText.runeBefore(input, pos), after: r)
        while true {
            if runq.count == 0 {
                if matched || (anchored && pos != 0) { break }
                // No thread alive: skip to the next place a match can begin.
                var skipTo = pos
                if !prefix.isEmpty {
                    guard let found = PikeVM.find(prefix, in: input, from: pos) else { break }
                    skipTo = found
                } else if let firstBytes = program.firstBytes {
                    // Step code point by code point so we only ever stop on a boundary.
                    while skipTo < input.count {
                        let byte = input[skipTo]
                        if firstBytes.contains(byte) { break }
                        skipTo += byte < 0x80 ? 1 : InputText.decode(input, at: skipTo).width
                    }
                    // The pattern cannot match empty, so nothing can start at the very end.
                    if skipTo == input.count { break }
                }
                if skipTo != pos {
                    pos = skipTo
                    (r, width) = InputText.decode(input, at: pos)
                    (r1, width1) = width > 0 ? InputText.decode(input, at: pos + width) : (InputText.endOfText, 0)
                    context = InputText.context(before: InputText.runeBefore(input, pos), after: r)
                }
            }
            if !matched && (pos == 0 || !anchored) {
                if slotCount > 0 { startCaps[0] = pos }
                PikeVM.addThreads(&runq, start, at: pos, caps: startCaps, context: context,
                                  insts: insts, slotCount: slotCount, stack: stack)
            }
            let nextContext = InputText.context(before: r, after: r1)
            step(at: pos, next: pos + width, rune: r, nextContext: nextContext)
            if width == 0 { break }
            if slotCount == 0 && matched { break }
            pos += width
            (r, width) = (r1, width1)
            if r != InputText.endOfText { (r1, width1) = InputText.decode(input, at: pos + width) }
            context = nextContext
            swap(&runq, &nextq)
        }
        return matched
    }

    /// Byte offset of the first occurrence of `needle` at or after `from`.
    static func find(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let n = needle.count
        guard n > 0, let base = hay.baseAddress else { return n == 0 ? from : nil }
        let first = Int32(needle[0])
        var i = from
        while i + n <= hay.count {
            guard let hit = memchr(base + i, first, hay.count - n + 1 - i) else { return nil }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let same = needle.withUnsafeBufferPointer { memcmp(base + at, $0.baseAddress!, n) == 0 }
            if same { return at }
            i = at + 1
        }
        return nil
    }
}
