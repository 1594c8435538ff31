// An activation record: registers in one unmanaged buffer (the hot loop reads and writes
// them without array copy-on-write checks), the program counter, and defer state.
final class Frame {
    @exclusivity(unchecked) private(set) var proto: FuncProto
    let regs: UnsafeMutablePointer<Value>
    let capacity: Int
    /// The proto's instruction buffer (owned by the proto, which this frame keeps alive).
    @exclusivity(unchecked) var code: UnsafeMutablePointer<Instr>
    @exclusivity(unchecked) var pc = 0
    /// Where the caller wants the results (its register base).
    @exclusivity(unchecked) var retBase: Reg = 0
    @exclusivity(unchecked) var defers: [(fn: Value, args: [Value])] = []
    /// This frame runs a deferred call; its results are dropped.
    @exclusivity(unchecked) var isDeferred = false
    /// A panic is unwinding through this frame, running its defers.
    @exclusivity(unchecked) var unwinding = false
    /// Created by a native function calling back into Go: the VM loop stops when it returns.
    @exclusivity(unchecked) var isSyncBoundary = false
    var syncResults: [Value]? = nil

    init(proto: FuncProto, capacity: Int? = nil) {
        self.proto = proto
        self.code = proto.instructions.baseAddress!
        let n = max(proto.registerCount, capacity ?? 0, 1)
        self.capacity = n
        regs = UnsafeMutablePointer<Value>.allocate(capacity: n)
        regs.initialize(repeating: .none, count: n)
    }

    /// Makes a pooled frame ready for another call. Registers keep stale values until the
    /// new code overwrites them; compiled code never reads a register before writing it.
    func reuse(for proto: FuncProto) {
        self.proto = proto
        code = proto.instructions.baseAddress!
        pc = 0
        retBase = 0
        isDeferred = false
        unwinding = false
        isSyncBoundary = false
        syncResults = nil
    }

    deinit {
        regs.deinitialize(count: capacity)
        regs.deallocate()
    }
}

/// A goroutine: a frame stack the scheduler can park and resume.
final class Goroutine {
    let id: Int
    @exclusivity(unchecked) var frames: [Frame] = []
    var panicking: GoPanicError? = nil
    /// Earlier panics replaced by a panic inside one of their deferred calls, oldest first;
    /// Go prints them all when the goroutine dies. A recover discards them.
    var abortedPanics: [GoPanicError] = []
    /// Set by the partner of a blocked channel operation (or a timer) before re-enqueueing.
    @exclusivity(unchecked) var wake: Waiter? = nil
    @exclusivity(unchecked) var waiting: Waiter? = nil
    var wakeAt: UInt64 = 0
    var isMain = false
    var steps = 0
    /// The budget of a call submitted by the host (`GoCallBudget`); nil: only the program's limits.
    var budget: GoroutineBudget? = nil
    /// Function names and statement positions when the current panic started, innermost first.
    var panicTrace: [(name: String, hasArgs: Bool, pos: Int32)]? = nil
    init(id: Int) { self.id = id }
}

/// A goroutine parked on a channel operation (or several, for select).
final class Waiter {
    let g: Goroutine
    var value: Value = .none
    var ok = false
    var caseIndex = 0
    var fired = false
    var hostResults: [Value]? = nil
    init(g: Goroutine) { self.g = g }
}

/// A per-call budget in run-time form: steps and an absolute monotonic deadline (0: none).
struct GoroutineBudget {
    var maxSteps: Int
    var deadlineNanos: UInt64
}

extension VM {
    /// See `GoCallContext.returnsRightAfterThisCall`. The innermost frame's `pc` points at the
    /// native call being made; callers' `pc`s point past their calls already.
    func returnsAfterCurrentCall(_ g: Goroutine) -> Bool {
        guard g.panicking == nil, !g.frames.isEmpty else { return false }
        for (depth, f) in g.frames.enumerated().reversed() {
            let isInnermost = depth == g.frames.count - 1
            guard f.defers.isEmpty, !f.isDeferred, !f.unwinding, f.proto.resultCount == 0,
                  !f.isSyncBoundary || depth == 0,
                  Self.continuesWithReturn(f.code, from: isInnermost ? f.pc + 1 : f.pc, count: f.proto.instructions.count)
            else { return false }
        }
        return true
    }

    /// Whether the code at `pc` reaches `ret` through unconditional jumps only.
    private static func continuesWithReturn(_ code: UnsafeMutablePointer<Instr>, from pc: Int, count: Int) -> Bool {
        var pc = pc
        for _ in 0..<8 {
            guard pc >= 0, pc < count else { return false }
            switch code[pc] {
            case .ret: return true
            case .jump(let target): pc = target
            default: return false
            }
        }
        return false
    }
}
