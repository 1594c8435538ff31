import Foundation

/// A call submitted from a host thread to a program served on its own thread.
struct HostCall: @unchecked Sendable {
    let function: Value
    var args: [Value]
    /// Builds the arguments on the serving thread instead (host work moved off the caller).
    var makeArgs: (@Sendable () -> [GoValue])? = nil
    let budget: GoCallBudget?
    /// Append the goroutine's stack to a panic message (as Go prints it).
    let includeTrace: Bool
    let completion: @Sendable (Result<[GoValue], GoRunError>) -> Void
}

/// What one host call may spend before it is stopped with `stepBudgetExceeded` or
/// `deadlineExceeded` (the program keeps serving). Time spent suspended in host functions
/// (waiting for an upstream, say) does not count against `timeout`'s steps but does against
/// its clock only while the goroutine runs.
public struct GoCallBudget: Sendable {
    public var maxSteps: Int
    /// Wall-clock seconds from the call's start, checked while it runs.
    public var timeout: Double?
    public init(maxSteps: Int = .max, timeout: Double? = nil) {
        self.maxSteps = maxSteps
        self.timeout = timeout
    }

    var runtime: GoroutineBudget {
        let deadline = timeout.map { DispatchTime.now().uptimeNanoseconds &+ UInt64(max(0, $0) * 1e9) } ?? 0
        return GoroutineBudget(maxSteps: maxSteps, deadlineNanos: deadline)
    }
}

extension VM {
    /// The serving loop: runs submitted calls as goroutines, interleaved with every other
    /// goroutine, timers and host completions, forever. A panic fails only its own call.
    func serve() {
        var waiting: [ObjectIdentifier: (Frame, HostCall)] = [:]
        while true {
            for var call in scheduler.takeSubmissions() {
                if let make = call.makeArgs { call.args = make().map(\.raw) }
                let g = newGoroutine()
                g.budget = call.budget?.runtime
                do {
                    if case .obj(let o) = call.function, let n = o as? NativeFunc {
                        let r = try n.call(NativeCall(args: call.args, vm: self, goroutine: g))
                        call.completion(.success(r.map(GoValue.init)))
                        continue
                    }
                    guard let f = try makeFrame(call.function, call.args) else { call.completion(.success([])); continue }
                    f.isSyncBoundary = true
                    g.frames.append(f)
                    waiting[ObjectIdentifier(g)] = (f, call)
                    scheduler.ready(g)
                } catch {
                    call.completion(.failure(.panic(panicMessage(error, g))))
                }
            }
            scheduler.drainInbox()
            if let g = scheduler.next() {
                let r = run(g)
                if let err = scheduler.fatal {
                    // Budgets end the call that exceeded them; the program keeps serving.
                    scheduler.fatal = nil
                    if let (_, call) = waiting.removeValue(forKey: ObjectIdentifier(g)) { call.completion(.failure(err)) }
                    continue
                }
                switch r {
                case .finished:
                    let entry = waiting.removeValue(forKey: ObjectIdentifier(g))
                    if let p = g.panicking {
                        flush()
                        let msg = panicMessage(p, g)
                        if let (_, call) = entry {
                            let text = call.includeTrace ? msg + "\n\ngoroutine \(g.id) [running]:\n" + traceText(g) : msg
                            call.completion(.failure(.panic(text)))
                        }
                        else { errorOutput("panic: " + msg + "\n\ngoroutine \(g.id) [running]:\n" + traceText(g)) }
                    } else if let (f, call) = entry {
                        flush()
                        let results = f.syncResults ?? []
                        f.isSyncBoundary = false
                        recycle(f)
                        call.completion(.success(results.map(GoValue.init)))
                    }
                case .yielded: scheduler.ready(g)
                case .blocked: break
                }
                continue
            }
            if scheduler.fireTimers(wait: true) { continue }
            flush()
            scheduler.waitForInbox()
        }
    }
}
