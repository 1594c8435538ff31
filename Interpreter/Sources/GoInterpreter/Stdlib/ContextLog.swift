import Foundation
import GoStdlibCore

// context: every plugin's New takes a context.Context.
extension NativeRegistry {
    func installContextAndLog() {
        let T = table
        let ctxPkg = PackageRef(path: "context", name: "context")
        let timeT = packages["time"]?.types["Time"] ?? .int64
        let duration = packages["time"]?.types["Duration"] ?? .int64
        // Deadlines are kept as Unix nanoseconds; Time values hold seconds since year 1.
        func timeValue(unixNano ns: Int64) -> Value {
            .obj(TimeTypes.box(GoTime(unixSeconds: 0).adding(nanoseconds: ns), storedLocation: .none))
        }
        func unixNano(_ time: Value) -> Int64 {
            let b = unsafeDowncast(time.o!, to: Box.self)
            return GoTime(unixSeconds: b.f[0].i &+ TimeTypes.yearOneUnixSeconds, nanosecond: Int(b.f[1].i)).unixNano
        }
        let doneChan = T.chan(of: T.structure([]), direction: .receive)
        let context = T.newNamed("Context", package: ctxPkg)
        context.named?.setUnderlying(T.interface(methods: [
            Method(name: "Deadline", package: nil, signature: sig([], [timeT, .bool])),
            Method(name: "Done", package: nil, signature: sig([], [doneChan])),
            Method(name: "Err", package: nil, signature: sig([], [.error])),
            Method(name: "Value", package: nil, signature: sig([.any], [.any])),
        ]))
        type("context", "Context", context)
        let cancelFunc = T.newNamed("CancelFunc", package: ctxPkg)
        cancelFunc.named?.setUnderlying(sig([], []))
        type("context", "CancelFunc", cancelFunc)

        // The one implementation: fields parent, key, value, hasValue, done, err, deadline(ns), children.
        // hasValue is 1 for WithValue, 2 for WithoutCancel (cancellation stops there), -1 for the
        // error values; a cancelable context keeps its cancellation cause in the unused key slot.
        let impl = T.newNamed("ctx", package: ctxPkg)
        impl.named?.setUnderlying(T.structure((0..<8).map { StructField(name: "f\($0)", type: .any, package: ctxPkg) }))
        let implPtr = T.pointer(to: impl)
        func errValue(_ text: String) -> Value {
            .obj(IfaceVal(type: T.pointer(to: impl), value: .obj(Box([.none, .none, .string(text), .int(-1), .none, .none, .none, .none]))))
        }
        let canceled = errValue("context canceled")
        let deadlineExceeded = errValue("context deadline exceeded")
        variable("context", "Canceled", .error, .obj(Cell(canceled)))
        variable("context", "DeadlineExceeded", .error, .obj(Cell(deadlineExceeded)))
        func box(_ v: Value) -> Box? {
            if case .obj(let o) = v, let iv = o as? IfaceVal, iv.type == implPtr { return iv.value.o as? Box }
            return nil
        }
        func newContext(parent: Value) -> (Value, Box) {
            let b = Box([parent, .none, .none, .int(0), .none, .none, .none, .none])
            return (.obj(IfaceVal(type: implPtr, value: .obj(b))), b)
        }
        // Error values reuse the type with hasValue = -1: their Error() returns the text.
        method(impl, "Error", pointer: true, sig([], [.string])) { c in [unsafeDowncast(c[0].o!, to: Box.self).f[2]] }
        method(impl, "Value", pointer: true, sig([.any], [.any])) { c in
            var b: Box? = unsafeDowncast(c[0].o!, to: Box.self)
            while let cur = b {
                if cur.f[3].i == 1 && valuesEqual(cur.f[1], c[1]) { return [cur.f[2]] }
                if let p = box(cur.f[0]) { b = p; continue }
                if case .obj = cur.f[0] { return try NativeRegistry.callMethod(c, cur.f[0], "Value", [c[1]]) }
                b = nil
            }
            return [.none]
        }
        func findDone(_ b: Box) -> Box? {
            var cur: Box? = b
            while let x = cur {
                if case .obj = x.f[4] { return x }
                if x.f[3].i == 2 { return nil }
                cur = box(x.f[0])
            }
            return nil
        }
        method(impl, "Done", pointer: true, sig([], [doneChan])) { c in [findDone(unsafeDowncast(c[0].o!, to: Box.self))?.f[4] ?? .none] }
        method(impl, "Err", pointer: true, sig([], [.error])) { c in [findDone(unsafeDowncast(c[0].o!, to: Box.self))?.f[5] ?? .none] }
        method(impl, "Deadline", pointer: true, sig([], [timeT, .bool])) { c in
            var cur: Box? = unsafeDowncast(c[0].o!, to: Box.self)
            while let x = cur {
                if case .int(let ns) = x.f[6] { return [timeValue(unixNano: ns), .bool(true)] }
                if x.f[3].i == 2 { break }
                cur = box(x.f[0])
            }
            return [.obj(TimeTypes.box(GoTime.zero, storedLocation: .none)), .bool(false)]
        }
        let background = newContext(parent: .none).0
        function("context", "Background", sig([], [context])) { _ in [background] }
        function("context", "TODO", sig([], [context])) { _ in [background] }
        function("context", "WithValue", sig([context, .any, .any], [context])) { c in
            let (v, b) = newContext(parent: c[0])
            b.f[1] = c[1]; b.f[2] = c[2]; b.f[3] = .int(1)
            return [v]
        }
        /// Cancels `b` and its descendants with `err` and `cause` (first cancellation wins).
        func cancel(_ vm: VM, _ b: Box, _ err: Value, cause: Value? = nil) {
            guard case .none = b.f[5] else { return }
            b.f[5] = err
            b.f[1] = cause ?? err
            if case .obj(let ch) = b.f[4] { try? vm.close(.obj(ch)) }
            if case .obj(let list) = b.f[7], let kids = list as? ContextChildren { for k in kids.value { cancel(vm, k, err, cause: b.f[1]) } }
        }
        func withCancel(_ c: NativeCall, _ parent: Value) -> (Value, Box, Value) {
            let (v, b) = newContext(parent: parent)
            b.f[4] = .obj(ChanVal(capacity: 0))
            if let p = box(parent), let pd = findDone(p) {
                if case .obj = pd.f[5] { cancel(c.vm, b, pd.f[5], cause: pd.f[1]) }
                else {
                    let kids: ContextChildren
                    if case .obj(let o) = pd.f[7], let k = o as? ContextChildren { kids = k } else { kids = ContextChildren(); pd.f[7] = .obj(kids) }
                    kids.value.append(b)
                }
            }
            let cancelValue = Value.obj(NativeFunc("context.cancel") { call in cancel(call.vm, b, canceled); return [] })
            return (v, b, cancelValue)
        }
        function("context", "WithCancel", sig([context], [context, cancelFunc])) { c in
            let (v, _, cf) = withCancel(c, c[0]); return [v, cf]
        }
        let cancelCauseFunc = T.newNamed("CancelCauseFunc", package: ctxPkg)
        cancelCauseFunc.named?.setUnderlying(sig([.error], []))
        type("context", "CancelCauseFunc", cancelCauseFunc)
        function("context", "WithCancelCause", sig([context], [context, cancelCauseFunc])) { c in
            let (v, b, _) = withCancel(c, c[0])
            let cancelValue = Value.obj(NativeFunc("context.cancelCause") { call in
                cancel(call.vm, b, canceled, cause: call[0].isNone ? canceled : call[0]); return []
            })
            return [v, cancelValue]
        }
        function("context", "Cause", sig([context], [.error])) { c in
            guard let b = box(c[0]) else { return [try NativeRegistry.callMethod(c, c[0], "Err", []).first ?? .none] }
            guard let d = findDone(b), !d.f[5].isNone else { return [.none] }
            return [d.f[1]]
        }
        function("context", "WithoutCancel", sig([context], [context])) { c in
            let (v, b) = newContext(parent: c[0])
            b.f[3] = .int(2)
            return [v]
        }
        func withDeadline(_ c: NativeCall, _ parent: Value, _ at: Int64) -> [Value] {
            let (v, b, cf) = withCancel(c, parent)
            b.f[6] = .int(at)
            let (difference, overflow) = at.subtractingReportingOverflow(Int64(Date().timeIntervalSince1970 * 1e9))
            let delay = overflow ? (at < 0 ? Int64.min : .max) : difference
            let expire = NativeFunc("context.expire") { call in cancel(call.vm, b, deadlineExceeded); return [] }
            let g = c.vm.newGoroutine()
            let f = Frame(proto: NativeRegistry.delayedCallProto)
            f.isDeferred = true
            f.regs[0] = .int(delay); f.regs[1] = .obj(expire)
            g.frames.append(f)
            c.vm.scheduler.ready(g)
            return [v, cf]
        }
        function("context", "WithTimeout", sig([context, duration], [context, cancelFunc])) { c in
            // time.Now().Add(d) saturates rather than wrapping, as Go's Time.Add does.
            let (at, overflow) = Int64(Date().timeIntervalSince1970 * 1e9).addingReportingOverflow(c[1].i)
            return withDeadline(c, c[0], overflow ? (c[1].i > 0 ? .max : .min) : at)
        }
        function("context", "WithDeadline", sig([context, timeT], [context, cancelFunc])) { c in
            withDeadline(c, c[0], unixNano(c[1]))
        }

    }

    /// `func(delay, f) { time.Sleep(delay); f() }`, for context deadlines.
    nonisolated(unsafe) static let delayedCallProto: FuncProto = {
        let p = FuncProto(name: "context.timer")
        p.registerCount = 4
        p.paramCount = 2
        let sleep = NativeFunc("time.Sleep", NativeRegistry.sleepCurrentGoroutine)
        p.code = [.move(2, 0), .callNative(sleep, base: 2, nargs: 1, nres: 0), .callClosure(1, base: 3, nargs: 0, nres: 0), .ret]
        return p
    }()
}

final class ContextChildren {
    var value: [Box] = []
    init() {}
}
