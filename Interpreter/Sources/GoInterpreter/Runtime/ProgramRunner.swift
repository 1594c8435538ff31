import Foundation

extension VM {
    /// Runs package initialisation then main on the scheduler; returns the exit status.
    func runMain() -> (status: Int32, error: GoRunError?) {
        let main = newGoroutine()
        main.isMain = true
        if let m = program.mainFunc {
            let f = Frame(proto: m.proto)
            f.isDeferred = true
            main.frames.append(f)
        }
        for ref in program.initSequence.reversed() {
            let f = Frame(proto: ref.proto)
            f.isDeferred = true
            main.frames.append(f)
        }
        scheduler.ready(main)
        return drive(until: main)
    }

    /// Runs the scheduler until `target` finishes (other goroutines may stay queued).
    /// A panic in any goroutine ends the program, as in Go.
    func drive(until target: Goroutine) -> (status: Int32, error: GoRunError?) {
        while true {
            if let err = scheduler.fatal { flush(); return finishFatal(err) }
            scheduler.drainInbox()
            if let g = scheduler.next() {
                let r = run(g)
                if let err = scheduler.fatal { flush(); return finishFatal(err) }
                switch r {
                case .finished:
                    if let p = g.panicking {
                        flush()
                        let msg = panicMessage(p, g)
                        let signal = msg.hasSuffix("nil pointer dereference") ? "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]" : ""
                        // Panics that a deferred call's panic replaced come first, as Go prints them.
                        let earlier = g.abortedPanics.map { "panic: " + panicMessage($0, g) + "\n\t" }.joined()
                        errorOutput(earlier + "panic: " + msg + signal + "\n\ngoroutine \(g.id) [running]:\n" + traceText(g) + "exit status 2\n")
                        return (2, .panic(msg))
                    }
                    if g === target { flush(); return (0, nil) }
                case .yielded: scheduler.ready(g)
                case .blocked: break
                }
                continue
            }
            if scheduler.fireTimers(wait: true) { continue }
            if scheduler.pendingHostCalls > 0 { scheduler.waitForInbox(); continue }
            flush()
            if target.isMain {
                errorOutput("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\nexit status 2\n")
            }
            return (2, .deadlock)
        }
    }

    /// Calls a Go function value from the host on a fresh goroutine; returns its results.
    func callFromHost(_ fn: Value, _ args: [Value]) throws(GoRunError) -> [Value] {
        let g = newGoroutine()
        let f: Frame?
        do { f = try makeFrame(fn, args) } catch { throw .panic(panicMessage(error, g)) }
        if case .obj(let o) = fn, let n = o as? NativeFunc {
            do { return try n.call(NativeCall(args: args, vm: self, goroutine: g)) } catch { throw .panic(panicMessage(error, g)) }
        }
        guard let frame = f else { return [] }
        frame.isSyncBoundary = true
        g.frames.append(frame)
        scheduler.ready(g)
        let (_, error) = drive(until: g)
        if let e = error { throw e }
        return frame.syncResults ?? []
    }

    func traceText(_ g: Goroutine) -> String {
        var text = ""
        for entry in g.panicTrace ?? [] {
            text += entry.name + (entry.hasArgs ? "(...)" : "()") + "\n"
            if let fs = program.fileSet, entry.pos > 0 {
                let p = fs.position(of: Pos(entry.pos))
                text += "\t\(p.filename):\(p.line)\n"
            } else {
                text += "\t?\n"
            }
        }
        return text
    }

    func finishFatal(_ err: GoRunError) -> (Int32, GoRunError?) {
        switch err {
        case .exit(let code): return (code, nil)
        case .memoryLimitExceeded: errorOutput("fatal error: memory limit exceeded\n"); return (2, err)
        case .stackOverflow: errorOutput("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n"); return (2, err)
        case .stepBudgetExceeded: errorOutput("fatal error: step budget exceeded\n"); return (2, err)
        case .deadlineExceeded: errorOutput("fatal error: deadline exceeded\n"); return (2, err)
        default: return (2, err)
        }
    }

    func panicMessage(_ p: GoPanicError, _ g: Goroutine) -> String {
        guard case .obj(let o) = p.value, let iv = o as? IfaceVal else { return "nil" }
        let printer = ValuePrinter(vm: self, g: g)
        if iv.type == GoType.error || p.isRuntimeError { return String(decoding: iv.value.s, as: UTF8.self) }
        if let s = try? printer.stringer(iv.value, iv.type) {
            let text = String(decoding: s, as: UTF8.self)
            return iv.type.named != nil && iv.type.underlying.basicKind == nil ? text : text
        }
        var f = GoFormatterBox()
        try? printer.print(p.value, .any, verb: 0x76, into: &f.f)
        var text = String(decoding: f.f.output, as: UTF8.self)
        // Floats and complex numbers are printed by the runtime's print, not by fmt.
        if let k = iv.type.basicKind, k.isFloat || k.isComplex { text = String(decoding: printBuiltin(iv.value, iv.type), as: UTF8.self) }
        if iv.type.basicKind?.isString == true {
            return iv.type.named == nil ? text : "\(iv.type)(\"\(text)\")"
        }
        if iv.type.underlying.kind.isBasic { return iv.type.named == nil ? text : "\(iv.type)(\(text))" }
        // Go prints other dynamic types as (type) and an address.
        return "(\(iv.type)) 0xc000012120"

    }
}

import GoStdlibCore
struct GoFormatterBox { var f = GoFormatter() }
