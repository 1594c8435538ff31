import Foundation
import GoStdlibCore

/// Limits on one run; exceeding them stops the program with `GoRunError`.
public struct GoLimits: Sendable {
    public var maxSteps: Int
    public var deadline: Date?
    public var maxMemoryElements: Int
    public init(maxSteps: Int = .max, deadline: Date? = nil, maxMemoryElements: Int = 1 << 28) {
        self.maxSteps = maxSteps; self.deadline = deadline; self.maxMemoryElements = maxMemoryElements
    }
}

/// Why a run stopped abnormally.
public enum GoRunError: Error, Equatable, Sendable {
    case panic(String)
    case deadlock
    case stepBudgetExceeded
    case deadlineExceeded
    case memoryLimitExceeded
    case exit(Int32)
    case callbackBlocked
    /// Native recursion used up the host thread's stack (Go's "fatal error: stack overflow").
    case stackOverflow
}

enum SliceResult { case finished, blocked, yielded }

/// The virtual machine: executes goroutines' frames, unwinds panics, and hands blocked
/// goroutines back to the scheduler.
final class VM {
    let program: Program
    var output: (String) -> Void
    var errorOutput: (String) -> Void
    let limits: GoLimits
    @exclusivity(unchecked) var totalSteps = 0
    let scheduler = Scheduler()
    /// Native→Go callbacks in progress on the running goroutine (see `callSync`).
    var nativeCallbackDepth = 0
    /// The running thread's stack, for natives that recurse (see `HostStack`).
    var hostStack = HostStack()
    var nextGoroutineID = 1
    var dispatch: [Int: [String: ResolvedMethod]] = [:]
    var stdoutBuffer: [UInt8] = []
    var environment: [String: String] = [:]
    @exclusivity(unchecked) var framePool: [Frame] = []

    init(program: Program, limits: GoLimits, output: @escaping (String) -> Void, errorOutput: @escaping (String) -> Void) {
        self.program = program; self.limits = limits; self.output = output; self.errorOutput = errorOutput
    }

    func write(_ bytes: [UInt8]) {
        // A native that swallowed a fatal error (see checkHostStack) must not print past it.
        if scheduler.fatal != nil { return }
        stdoutBuffer.append(contentsOf: bytes)
        if stdoutBuffer.count > 8192 { flush() }
    }
    func flush() {
        if !stdoutBuffer.isEmpty { output(String(decoding: stdoutBuffer, as: UTF8.self)); stdoutBuffer.removeAll(keepingCapacity: true) }
    }

    // MARK: frames

    /// Frames are recycled: a call then costs no allocation in the common case.
    @inline(__always) func frame(for proto: FuncProto) -> Frame {
        if let f = framePool.popLast() {
            if f.capacity >= proto.registerCount { f.reuse(for: proto); return f }
        }
        return Frame(proto: proto, capacity: max(proto.registerCount, 16))
    }

    @inline(__always) func recycle(_ f: Frame) {
        if framePool.count < 512 && f.defers.isEmpty && !f.isSyncBoundary { framePool.append(f) }
    }

    func newGoroutine() -> Goroutine {
        defer { nextGoroutineID += 1 }
        return Goroutine(id: nextGoroutineID)
    }

    /// Builds the frame for calling `fn` with `args`.
    func makeFrame(_ fn: Value, _ args: [Value]) throws(GoPanicError) -> Frame? {
        guard case .obj(let o) = fn, let c = o as? Closure else {
            if case .none = fn { throw .runtime("invalid memory address or nil pointer dereference") }
            return nil
        }
        let f = frame(for: c.proto)
        var i = 0
        if let r = c.receiver { f.regs[0] = r; i = 1 }
        for a in args { f.regs[i] = a; i += 1 }
        enter(f, c)
        return f
    }

    @inline(__always) func enter(_ f: Frame, _ c: Closure?) {
        let p = f.proto
        if let c = c, !c.captures.isEmpty {
            for (k, v) in c.captures.enumerated() { f.regs[p.captureRegs[k]] = v }
        }
        for r in p.cellParams { f.regs[r] = .obj(Cell(f.regs[r])) }
        for r in p.boxParams { f.regs[r] = deepCopy(f.regs[r]) }
    }

    /// Go's stack-overflow error: what deep recursion ends in, in Go and here.
    static func stackOverflow() -> GoPanicError {
        .plain("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow")
    }

    /// Throws Go's stack-overflow error when native recursion has nearly used up the host stack.
    /// Fatal, as in Go: no deferred call or fmt's panic capture can continue on a full stack.
    @inline(__always) func checkHostStack() throws(GoPanicError) {
        if !hostStack.hasRoom {
            // Recorded as well as thrown: natives that swallow errors (fmt's argument printing)
            // must not let the program go on.
            if scheduler.fatal == nil { scheduler.fatal = .stackOverflow }
            throw GoPanicError(value: .none, isRuntimeError: true, fatal: .stackOverflow)
        }
    }

    /// Calls `fn` synchronously from native code (sort.Slice's less, strings.Map, …).
    func callSync(_ g: Goroutine, _ fn: Value, _ args: [Value]) throws(GoPanicError) -> [Value] {
        try checkHostStack()
        nativeCallbackDepth += 1
        defer { nativeCallbackDepth -= 1 }
        if case .obj(let o) = fn, let n = o as? NativeFunc {
            return try n.call(NativeCall(args: args, vm: self, goroutine: g))
        }
        guard let f = try makeFrame(fn, args) else { return [] }
        f.isSyncBoundary = true
        g.frames.append(f)
        let depth = g.frames.count
        let r = run(g, stopDepth: depth)
        if let stopped = scheduler.fatal { throw GoPanicError(value: .none, isRuntimeError: true, fatal: .stopped(stopped)) }
        switch r {
        case .finished:
            if let res = f.syncResults { return res }
            if let p = g.panicking { g.panicking = nil; throw p }
            return []
        default:
            if let p = g.panicking { g.panicking = nil; throw p }
            throw .plain("goroutine blocked inside a callback from native code")
        }
    }

    // MARK: the loop

    /// Runs `g` until it finishes, blocks, or uses up its time slice. With `stopDepth`, stops
    /// when the frame at that depth returns (synchronous callbacks).
    func run(_ g: Goroutine, stopDepth: Int = 0) -> SliceResult {
        if nativeCallbackDepth == 0 { hostStack.enter() }
        var sliceSteps = 0
        while true {
            guard let f = g.frames.last else { return .finished }
            let code = f.code
            let R = f.regs
            var pc = f.pc
            do throws(GoPanicError) {
                inner: while true {
                    switch code[pc] {
                    case .move(let d, let s): R[d] = R[s]
                    case .copyValue(let d, let s): R[d] = deepCopy(R[s])
                    case .sliceToArray(let d, let s, let z, let pointer): R[d] = try sliceToArray(R[s], z, pointer: pointer)
                    case .const(let d, let v): R[d] = v
                    case .zero(let d, let z): R[d] = z.make()
                    case .addInt(let d, let a, let b): R[d] = .int(R[a].i &+ R[b].i)
                    case .subInt(let d, let a, let b): R[d] = .int(R[a].i &- R[b].i)
                    case .addIntConst(let d, let a, let k): R[d] = .int(R[a].i &+ k)
                    case .intOp(let op, let kind, let d, let a, let b):
                        R[d] = .int(try intOp(op, kind, R[a].i, R[b].i))
                    case .intCmp(let op, let unsigned, let d, let a, let b):
                        let x = R[a].i, y = R[b].i
                        let r: Bool
                        if unsigned {
                            r = compare(op, UInt64(bitPattern: x), UInt64(bitPattern: y))
                        } else {
                            r = compare(op, x, y)
                        }
                        R[d] = .int(r ? 1 : 0)
                    case .ltIntJumpNot(let a, let b, let t):
                        if !(R[a].i < R[b].i) { pc = t; continue }
                    case .floatOp(let op, let f32, let d, let a, let b):
                        let x = R[a].f, y = R[b].f
                        var r: Double
                        switch op {
                        case .add: r = x + y
                        case .sub: r = x - y
                        case .mul: r = x * y
                        default: r = x / y
                        }
                        if f32 { r = Double(Float(r)) }
                        R[d] = .float(r)
                    case .floatCmp(let op, let d, let a, let b): R[d] = .bool(compare(op, R[a].f, R[b].f))
                    case .stringCmp(let op, let d, let a, let b):
                        let x = R[a].s, y = R[b].s
                        switch op {
                        case .eq: R[d] = .bool(x == y)
                        case .ne: R[d] = .bool(x != y)
                        default: R[d] = .bool(compare(op, x.lexicographicallyPrecedes(y) ? -1 : (x == y ? 0 : 1), 0))
                        }
                    case .concat(let d, let a, let b): R[d] = .str(R[a].s + R[b].s)
                    case .equal(let d, let a, let b, let negate, let identity):
                        let e = identity ? shallowEqual(R[a], R[b]) : try equalChecked(R[a], R[b])
                        R[d] = .bool(e != negate)
                    case .negInt(let k, let d, let s): R[d] = .int(IntegerWrap.wrap(0 &- R[s].i, to: k))
                    case .negFloat(let d, let s): R[d] = .float(-R[s].f)
                    case .complexOp(let op, let f32, let d, let a, let b):
                        R[d] = .obj(ComplexArithmetic.apply(op, f32: f32, R[a].c, R[b].c))
                    case .negComplex(let d, let s):
                        let x = R[s].c
                        R[d] = .complex(-x.re, -x.im)
                    case .makeComplex(let d, let a, let b): R[d] = .complex(R[a].f, R[b].f)
                    case .complement(let k, let d, let s): R[d] = .int(IntegerWrap.wrap(~R[s].i, to: k))
                    case .not(let d, let s): R[d] = .int(R[s].i == 0 ? 1 : 0)
                    case .convert(let c, let d, let s): R[d] = convert(c, R[s])
                    case .jump(let t):
                        if t <= pc {
                            sliceSteps += 1
                            if sliceSteps & 1023 == 0 {
                                if let err = checkBudget(1024, g) { f.pc = t; return fatal(g, err) }
                                if sliceSteps >= 20_000 && stopDepth == 0 { f.pc = t; return .yielded }
                            }
                        }
                        pc = t; continue
                    case .jumpIf(let c, let t): if R[c].i != 0 { pc = t; continue }
                    case .jumpIfNot(let c, let t): if R[c].i == 0 { pc = t; continue }

                    case .call(let ref, let base):
                        let p = ref.proto!
                        let nf = frame(for: p)
                        for k in 0..<p.paramCount { nf.regs[k] = R[base + k] }
                        if !p.cellParams.isEmpty || !p.boxParams.isEmpty { enter(nf, nil) }
                        nf.retBase = base
                        f.pc = pc + 1
                        g.frames.append(nf)
                        sliceSteps += 1
                        if g.frames.count > 20000 { throw VM.stackOverflow() }
                        if sliceSteps & 1023 == 0, let stop = callCheckpoint(g, sliceSteps, stopDepth) { return stop }
                        break inner
                    case .callClosure(let fr, let base, let nargs, let nres):
                        let fv = R[fr]
                        if case .obj(let o) = fv, let n = o as? NativeFunc {
                            let args = (0..<nargs).map { R[base + $0] }
                            f.pc = pc   // as for callNative: the native may ask where it was called
                            let res = try n.call(NativeCall(args: args, vm: self, goroutine: g))
                            if let stopped = scheduler.fatal { return fatal(g, stopped) }   // ended inside the native
                            for k in 0..<min(nres, res.count) { R[base + k] = res[k] }
                            pc += 1; continue
                        }
                        guard case .obj(let o) = fv, let c = o as? Closure else {
                            throw GoPanicError.runtime("invalid memory address or nil pointer dereference")
                        }
                        let nf = frame(for: c.proto)
                        var k = 0
                        if let r = c.receiver { nf.regs[0] = r; k = 1 }
                        for j in 0..<nargs { nf.regs[k + j] = R[base + j] }
                        enter(nf, c)
                        nf.retBase = base
                        f.pc = pc + 1
                        g.frames.append(nf)
                        sliceSteps += 1
                        if g.frames.count > 20000 { throw VM.stackOverflow() }
                        if sliceSteps & 1023 == 0, let stop = callCheckpoint(g, sliceSteps, stopDepth) { return stop }
                        break inner
                    case .callNative(let n, let base, let nargs, let nres):
                        f.pc = pc
                        let args = (0..<nargs).map { R[base + $0] }
                        let res = try n.call(NativeCall(args: args, vm: self, goroutine: g))
                        if let stopped = scheduler.fatal { return fatal(g, stopped) }   // ended inside the native
                        if g.waiting != nil { return .blocked }   // native parked the goroutine
                        for k in 0..<min(nres, res.count) { R[base + k] = res[k] }
                    case .callInterface(let recv, let name, let base, let nargs, let nres):
                        guard case .obj(let o) = R[recv], let iv = o as? IfaceVal else {
                            throw GoPanicError.runtime("invalid memory address or nil pointer dereference")
                        }
                        let m = try resolve(iv.type, name)
                        let receiver = try m.receiver(iv.value)
                        switch m.target {
                        case .native(let n):
                            let args = [receiver] + (0..<nargs).map { R[base + $0] }
                            f.pc = pc
                            let res = try n.call(NativeCall(args: args, vm: self, goroutine: g))
                            if let stopped = scheduler.fatal { return fatal(g, stopped) }   // ended inside the native
                            if g.waiting != nil { return .blocked }
                            for k in 0..<min(nres, res.count) { R[base + k] = res[k] }
                        case .interpreted(let ref):
                            let p = ref.proto!
                            let nf = frame(for: p)
                            nf.regs[0] = receiver
                            for j in 0..<nargs { nf.regs[1 + j] = R[base + j] }
                            enter(nf, nil)
                            nf.retBase = base
                            f.pc = pc + 1
                            g.frames.append(nf)
                            sliceSteps += 1
                            if sliceSteps & 1023 == 0, let stop = callCheckpoint(g, sliceSteps, stopDepth) { return stop }
                            break inner
                        }
                    case .ret:
                        if !f.defers.isEmpty {
                            let d = f.defers.removeLast()
                            f.pc = pc
                            try pushDeferred(g, d)
                            break inner
                        }
                        for (r, cr) in f.proto.resultCells { R[r] = unsafeDowncast(R[cr].o!, to: Cell.self).v }
                        g.frames.removeLast()
                        if f.isSyncBoundary {
                            f.syncResults = (0..<f.proto.resultCount).map { R[f.proto.resultStart + $0] }
                            return .finished
                        }
                        guard let caller = g.frames.last else { return .finished }
                        if f.isDeferred {
                            if caller.unwinding {
                                if g.panicking != nil { if !unwind(g, stopDepth) { return .finished }; break inner }
                                caller.unwinding = false
                                caller.pc = caller.proto.code.count - 1   // its final ret
                            }
                            break inner
                        }
                        let CR = caller.regs
                        let rs = f.proto.resultStart
                        for k in 0..<f.proto.resultCount { CR[f.retBase + k] = R[rs + k] }
                        recycle(f)
                        break inner
                    case .makeClosure(let d, let ref, let caps):
                        R[d] = .obj(Closure(proto: ref.proto, captures: caps.map { R[$0] }))
                    case .methodValue(let d, let recv, let ref):
                        R[d] = .obj(Closure(proto: ref.proto, captures: [], receiver: R[recv]))
                    case .interfaceMethodValue(let d, let recv, let name):
                        guard case .obj(let o) = R[recv], let iv = o as? IfaceVal else {
                            throw GoPanicError.runtime("invalid memory address or nil pointer dereference")
                        }
                        let m = try resolve(iv.type, name)
                        let receiver = try m.receiver(iv.value)
                        switch m.target {
                        case .interpreted(let ref): R[d] = .obj(Closure(proto: ref.proto, captures: [], receiver: receiver))
                        case .native(let n):
                            R[d] = .obj(NativeFunc(n.name) { call throws(GoPanicError) in try n.call(NativeCall(args: [receiver] + call.args, vm: call.vm, goroutine: call.goroutine)) })
                        }
                    case .nativeMethodValue(let d, let recv, let n):
                        let receiver = R[recv]
                        R[d] = .obj(NativeFunc(n.name) { call in try n.call(NativeCall(args: [receiver] + call.args, vm: call.vm, goroutine: call.goroutine)) })
                    case .goCall(let fr, let base, let nargs):
                        let args = (0..<nargs).map { R[base + $0] }
                        let ng = newGoroutine()
                        if case .obj(let o) = R[fr], let n = o as? NativeFunc {
                            _ = try n.call(NativeCall(args: args, vm: self, goroutine: ng))
                        } else if let nf = try makeFrame(R[fr], args) {
                            nf.isDeferred = true
                            ng.frames.append(nf)
                            scheduler.ready(ng)
                        }
                    case .deferCall(let fr, let base, let nargs):
                        if case .none = R[fr] { throw GoPanicError.runtime("invalid memory address or nil pointer dereference") }
                        f.defers.append((R[fr], (0..<nargs).map { R[base + $0] }))
                    case .panic(let s):
                        if case .none = R[s] {
                            throw GoPanicError(value: .obj(IfaceVal(type: .string, value: .string("panic called with nil argument (use Go 1.21+ runtime.PanicNilError)"))), isRuntimeError: true)
                        }
                        throw GoPanicError(value: R[s], isRuntimeError: false)
                    case .recover(let d):
                        if f.isDeferred, g.frames.count >= 2, g.frames[g.frames.count - 2].unwinding, let p = g.panicking {
                            R[d] = p.value
                            g.panicking = nil
                            g.abortedPanics.removeAll()
                        } else {
                            R[d] = .none
                        }

                    case .newCell(let d, let s): R[d] = .obj(Cell(R[s]))
                    case .loadCell(let d, let c): R[d] = unsafeDowncast(R[c].o!, to: Cell.self).v
                    case .storeCell(let c, let s): unsafeDowncast(R[c].o!, to: Cell.self).v = R[s]
                    case .recell(let r):
                        if case .obj(let o) = R[r] {
                            if let c = o as? Cell { R[r] = .obj(Cell(c.v)) } else if let b = o as? Box { R[r] = .obj(b.copy()) }
                        }
                    case .load(let d, let p, let composite):
                        guard case .obj(let o) = R[p] else { throw GoPanicError.runtime("invalid memory address or nil pointer dereference") }
                        R[d] = composite ? .obj(o) : unsafeDowncast(o, to: Pointer.self).load()
                    case .store(let p, let s, let composite):
                        guard case .obj(let o) = R[p] else { throw GoPanicError.runtime("invalid memory address or nil pointer dereference") }
                        if composite {
                            if case .obj(let src) = R[s] { unsafeDowncast(o, to: Box.self).assign(from: unsafeDowncast(src, to: Box.self)) }
                        } else { unsafeDowncast(o, to: Pointer.self).store(R[s]) }
                    case .fieldPointer(let d, let b, let i):
                        guard case .obj(let o) = R[b] else { throw GoPanicError.runtime("invalid memory address or nil pointer dereference") }
                        R[d] = .obj(FieldPointer(unsafeDowncast(o, to: Box.self), i))
                    case .elementPointer(let d, let s, let i):
                        let idx = Int(R[i].i)
                        guard case .obj(let o) = R[s] else { throw GoPanicError.indexOutOfRange(idx, length: 0) }
                        if let sl = o as? SliceVal {
                            guard idx >= 0 && idx < sl.len else { throw GoPanicError.indexOutOfRange(idx, length: sl.len) }
                            R[d] = .obj(ElementPointer(sl.base, sl.off + idx))
                        } else {
                            let b = unsafeDowncast(o, to: Box.self)
                            guard idx >= 0 && idx < b.f.count else { throw GoPanicError.indexOutOfRange(idx, length: b.f.count) }
                            R[d] = .obj(FieldPointer(b, idx))
                        }
                    case .nilCheck(let r):
                        if case .none = R[r] { throw GoPanicError.runtime("invalid memory address or nil pointer dereference") }

                    case .field(let d, let b, let i):
                        guard case .obj(let o) = R[b] else { throw GoPanicError.runtime("invalid memory address or nil pointer dereference") }
                        R[d] = unsafeDowncast(o, to: Box.self).f[i]
                    case .setField(let b, let i, let s):
                        guard case .obj(let o) = R[b] else { throw GoPanicError.runtime("invalid memory address or nil pointer dereference") }
                        unsafeDowncast(o, to: Box.self).f[i] = R[s]
                    case .makeBox(let d, let fs, let inline): R[d] = .obj(Box(fs.map { R[$0] }, inline: inline))
                    case .index(let d, let x, let i, let kind): R[d] = try index(R[x], R[i].i, kind)
                    case .setIndex(let x, let i, let s, let kind): try setIndex(R[x], R[i].i, R[s], kind)
                    case .mapIndex(let d, let m, let k, let z, let ok):
                        var found: Value? = nil
                        if case .obj(let o) = R[m] { try checkHashable(R[k]); found = unsafeDowncast(o, to: MapVal.self).d[MapKey(v: R[k])] }
                        if let ok = ok { R[ok] = .bool(found != nil) }
                        R[d] = found ?? z.make()
                    case .mapSet(let m, let k, let v):
                        guard case .obj(let o) = R[m] else { throw GoPanicError.plainRuntime("assignment to entry in nil map") }
                        try checkHashable(R[k])
                        unsafeDowncast(o, to: MapVal.self).d[MapKey(v: R[k])] = R[v]
                    case .mapDelete(let m, let k):
                        if case .obj(let o) = R[m] { unsafeDowncast(o, to: MapVal.self).d[MapKey(v: R[k])] = nil }
                    case .makeMap(let d): R[d] = .obj(MapVal())
                    case .makeSlice(let d, let l, let c, let z):
                        let n = Int(R[l].i), cp = c.map { Int(R[$0].i) } ?? n
                        if n < 0 { throw GoPanicError.runtime("makeslice: len out of range") }
                        if cp < n { throw GoPanicError.runtime("makeslice: cap out of range") }
                        if cp > limits.maxMemoryElements { return fatal(g, .memoryLimitExceeded) }
                        var a = [Value](); a.reserveCapacity(cp)
                        for _ in 0..<cp { a.append(z.make()) }
                        R[d] = .obj(SliceVal(base: Box(a), off: 0, len: n, cap: cp))
                    case .sliceLiteral(let d, let es):
                        R[d] = .obj(SliceVal(base: Box(es.map { R[$0] }), off: 0, len: es.count, cap: es.count))
                    case .slice(let d, let x, let lo, let hi, let mx, let kind):
                        R[d] = try slice(R[x], lo.map { Int(R[$0].i) }, hi.map { Int(R[$0].i) }, mx.map { Int(R[$0].i) }, kind)
                    case .len(let d, let x, let kind): R[d] = .int(Int64(length(R[x], kind)))
                    case .cap(let d, let x, let kind):
                        if case .slice = kind, case .obj(let o) = R[x] { R[d] = .int(Int64(unsafeDowncast(o, to: SliceVal.self).cap)) }
                        else if case .chan = kind, case .obj(let o) = R[x] { R[d] = .int(Int64(unsafeDowncast(o, to: ChanVal.self).capacity)) }
                        else { R[d] = .int(Int64(length(R[x], kind))) }
                    case .append(let d, let s, let vs, let z):
                        R[d] = try append(R[s], vs.map { R[$0] }, z)
                    case .appendSlice(let d, let s, let t, let fromString, let z):
                        let extra: [Value] = fromString ? R[t].s.map { .int(Int64($0)) } : sliceElements(R[t])
                        R[d] = try append(R[s], extra, z)
                    case .copySlice(let d, let dst, let src, let fromString):
                        let from: [Value] = fromString ? R[src].s.map { .int(Int64($0)) } : sliceElements(R[src])
                        var n = 0
                        if case .obj(let o) = R[dst] {
                            let sl = unsafeDowncast(o, to: SliceVal.self)
                            n = min(sl.len, from.count)
                            for k in 0..<n { sl[k] = from[k] }
                        }
                        R[d] = .int(Int64(n))
                    case .rangeRune(let dr, let dw, let s, let i):
                        let bytes = R[s].s
                        let (r, w) = GoUTF8.decodeRune(bytes, at: Int(R[i].i))
                        R[dr] = .int(Int64(r)); R[dw] = .int(Int64(w))
                    case .mapKeys(let d, let m):
                        var keys: [Value] = []
                        if case .obj(let o) = R[m] { keys = unsafeDowncast(o, to: MapVal.self).d.keys.map { $0.v } }
                        R[d] = .obj(SliceVal(base: Box(keys), off: 0, len: keys.count, cap: keys.count))
                    case .mapHas(let d, let m, let k):
                        if case .obj(let o) = R[m] { R[d] = .bool(unsafeDowncast(o, to: MapVal.self).d[MapKey(v: R[k])] != nil) } else { R[d] = .bool(false) }

                    case .toInterface(let d, let s, let t, let copy):
                        R[d] = .obj(IfaceVal(type: t, value: copy ? deepCopy(R[s]) : R[s]))
                    case .assert(let d, let s, let t, let ok, let srcType):
                        R[d] = try assertType(R[s], t, ok: ok.map { o in { R[o] = .bool($0) } }, srcType: srcType)
                    case .typeIs(let d, let s, let t):
                        R[d] = .bool(typeMatches(R[s], t))
                    case .dynamicValue(let d, let s):
                        if case .obj(let o) = R[s], let iv = o as? IfaceVal { R[d] = iv.value } else { R[d] = .none }

                    case .makeChan(let d, let c):
                        let capacity = c.map { Int(R[$0].i) } ?? 0
                        if capacity < 0 { throw GoPanicError.runtime("makechan: size out of range") }
                        if capacity > limits.maxMemoryElements { return fatal(g, .memoryLimitExceeded) }
                        R[d] = .obj(ChanVal(capacity: capacity))
                    case .send(let c, let v):
                        f.pc = pc
                        if try !send(g, R[c], R[v]) { return .blocked }
                    case .recv(let d, let c, let ok, let z):
                        f.pc = pc
                        guard let (v, okv) = recv(g, R[c], z) else { return .blocked }
                        R[d] = v
                        if let ok = ok { R[ok] = .bool(okv) }
                    case .close(let c):
                        try close(R[c])
                    case .select(let plan, let d):
                        f.pc = pc
                        guard let chosen = try select(g, plan, R) else { return .blocked }
                        R[d] = .int(Int64(chosen))

                    case .printValues(let rs, let ts, let newline):
                        var out: [UInt8] = []
                        for (k, r) in rs.enumerated() {
                            if k > 0 && newline { out.append(0x20) }
                            out += printBuiltin(R[r], ts[k])
                        }
                        if newline { out.append(0x0A) }
                        flush()
                        errorOutput(String(decoding: out, as: UTF8.self))
                    case .trap(let message):
                        throw GoPanicError.plain(message)
                    }
                    pc += 1
                }
            } catch {
                f.pc = pc
                if case .exitRequested(let code) = error.fatal { return fatal(g, .exit(code)) }
                if case .memoryLimit = error.fatal { return fatal(g, .memoryLimitExceeded) }
                if case .stackOverflow = error.fatal { return fatal(g, .stackOverflow) }
                if case .stopped(let reason) = error.fatal { return fatal(g, reason) }
                if g.panicking == nil || g.panicTrace == nil { g.panicTrace = trace(g) }
                if let replaced = g.panicking { g.abortedPanics.append(replaced) }
                g.panicking = error
                if !unwind(g, stopDepth) { return .finished }
            }
            if g.frames.count < stopDepth { return .finished }
            if stopDepth > 0, let top = g.frames.last, top.isSyncBoundary, top.pc >= top.proto.code.count { return .finished }
        }
    }

    /// Pushes a deferred call's frame (or runs a native one in place).
    func pushDeferred(_ g: Goroutine, _ d: (fn: Value, args: [Value])) throws(GoPanicError) {
        if case .obj(let o) = d.fn, let n = o as? NativeFunc {
            _ = try n.call(NativeCall(args: d.args, vm: self, goroutine: g))
            return
        }
        if let nf = try makeFrame(d.fn, d.args) {
            nf.isDeferred = true
            g.frames.append(nf)
        }
    }

    /// Unwinds a panicking goroutine: runs the next pending defer (returns true to continue
    /// the loop) or, with no frames left, records the panic and returns false.
    func unwind(_ g: Goroutine, _ stopDepth: Int) -> Bool {
        while let top = g.frames.last {
            if !top.defers.isEmpty {
                top.unwinding = true
                let d = top.defers.removeLast()
                do { try pushDeferred(g, d) } catch { g.panicking = error; continue }
                if g.frames.last === top {
                    // A native deferred call ran in place; a recover there is not possible.
                    continue
                }
                return true
            }
            g.frames.removeLast()
            if top.isSyncBoundary && stopDepth > 0 { return false }
        }
        return false
    }

    func trace(_ g: Goroutine) -> [(name: String, hasArgs: Bool, pos: Int32)] {
        var out: [(name: String, hasArgs: Bool, pos: Int32)] = []
        for (k, f) in g.frames.enumerated().reversed() {
            let pcs = f.proto.positions
            let pc = k == g.frames.count - 1 ? f.pc : f.pc - 1
            out.append((f.proto.name, f.proto.paramCount > 0, pc >= 0 && pc < pcs.count ? pcs[pc] : 0))
        }
        return out
    }

    /// Every 1,024 calls or loop iterations: the budget, and (outside synchronous callbacks)
    /// the time slice — recursion without loops must not keep other goroutines waiting either.
    /// The callee's frame is already pushed, so a yielded goroutine resumes in it.
    func callCheckpoint(_ g: Goroutine, _ sliceSteps: Int, _ stopDepth: Int) -> SliceResult? {
        if let err = checkBudget(1024, g) { return fatal(g, err) }
        if sliceSteps >= 20_000 && stopDepth == 0 { return .yielded }
        return nil
    }

    func fatal(_ g: Goroutine, _ err: GoRunError) -> SliceResult {
        scheduler.fatal = err
        g.frames.removeAll()
        return .finished
    }

    func checkBudget(_ n: Int, _ g: Goroutine) -> GoRunError? {
        totalSteps += n
        if totalSteps > limits.maxSteps { return .stepBudgetExceeded }
        if let d = limits.deadline, Date() > d { return .deadlineExceeded }
        if let budget = g.budget {
            g.steps += n
            if g.steps > budget.maxSteps { return .stepBudgetExceeded }
            if budget.deadlineNanos != 0, DispatchTime.now().uptimeNanoseconds > budget.deadlineNanos { return .deadlineExceeded }
        }
        return nil
    }
}

@inline(__always) func compare<T: Comparable>(_ op: CmpOp, _ a: T, _ b: T) -> Bool {
    switch op {
    case .eq: return a == b
    case .ne: return a != b
    case .lt: return a < b
    case .le: return a <= b
    case .gt: return a > b
    case .ge: return a >= b
    }
}
