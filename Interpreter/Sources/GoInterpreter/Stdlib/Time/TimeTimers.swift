import GoStdlibCore

/// What the scheduler-side goroutine of a Timer, Ticker or AfterFunc shares with the Go
/// value: each arming bumps `generation`, so a sleeper armed earlier wakes, sees it is stale,
/// and ends without firing. No thread is involved: sleepers wait on the scheduler's timer heap.
final class TimerState {
    var generation = 0
    var active = false
    /// The channel Timer.C / Ticker.C (nil for AfterFunc).
    let channel: ChanVal?
    /// The function AfterFunc runs.
    let function: Value
    /// Ticker period in nanoseconds; 0 for one-shot timers.
    var period: Int64 = 0
    /// The `*Location` of the times sent on the channel (`Local`).
    let location: Value

    init(channel: ChanVal?, function: Value = .none, location: Value) {
        self.channel = channel
        self.function = function
        self.location = location
    }

    /// The current time, as sent on the channel.
    var now: Value { .obj(TimeTypes.box(GoTime.now(), storedLocation: location)) }

    /// Empties the channel so no stale time is received after Stop/Reset (Go 1.23 timers);
    /// returns whether a value was dropped.
    func drain() -> Bool {
        guard let ch = channel, ch.count > 0 else { return false }
        while ch.count > 0 { _ = ch.popBuffer() }
        return true
    }
}

/// One arming of a timer: the generation it belongs to and when it is due (scheduler clock).
final class TimerArm {
    let state: TimerState
    let generation: Int
    var due: UInt64
    init(state: TimerState, due: UInt64) {
        self.state = state
        self.generation = state.generation
        self.due = due
    }
}

extension NativeRegistry {
    /// `time.Sleep(c[0])`: parks the calling goroutine on the scheduler's timer heap. The call
    /// runs twice: first to park, then again when woken (`wake` set), which returns.
    static func sleepCurrentGoroutine(_ c: NativeCall) -> [Value] {
        let g = c.goroutine
        if g.wake != nil { g.wake = nil; return [] }
        _ = c.vm.park(g)
        c.vm.scheduler.sleep(g, nanoseconds: c[0].i)
        return []
    }

    /// The body of a timer goroutine: `f := wait(arm); f()`. `wait` parks until the arm is due
    /// (re-running itself for every tick of a Ticker) and returns the function to run: the
    /// AfterFunc callback, or a no-op when the timer was stopped, reset or sends on C.
    nonisolated(unsafe) static let timerGoroutineProto: FuncProto = {
        let p = FuncProto(name: "time.timer")
        p.registerCount = 3
        p.paramCount = 1
        p.code = [
            .move(1, 0),
            .callNative(NativeFunc("time.timerWait", NativeRegistry.timerWait), base: 1, nargs: 1, nres: 1),
            .callClosure(1, base: 2, nargs: 0, nres: 0),
            .ret,
        ]
        return p
    }()

    nonisolated(unsafe) private static let noOperation = Value.obj(NativeFunc("time.noop") { _ in [] })

    private static func timerWait(_ c: NativeCall) throws -> [Value] {
        let g = c.goroutine
        let arm = unsafeDowncast(c[0].o!, to: TimerArm.self)
        let state = arm.state
        func sleepUntilDue() -> [Value] {
            _ = c.vm.park(g)
            let now = Scheduler.now()
            c.vm.scheduler.sleep(g, nanoseconds: arm.due > now ? Int64(arm.due - now) : 0)
            return []
        }
        guard g.wake != nil else { return sleepUntilDue() }
        g.wake = nil
        guard arm.generation == state.generation, state.active else { return [noOperation] }
        if state.period > 0 {
            // Ticks are dropped while the reader is behind, as Go's one-slot channel does.
            if let ch = state.channel { _ = try c.vm.trySend(ch, state.now) }
            arm.due &+= UInt64(state.period)
            let now = Scheduler.now()
            if arm.due < now { arm.due = now }
            return sleepUntilDue()
        }
        state.active = false
        if let ch = state.channel {
            _ = try c.vm.trySend(ch, state.now)
            return [noOperation]
        }
        return [state.function]
    }

    /// Arms `state` to fire after `delay` nanoseconds in a new goroutine parked on the scheduler.
    static func arm(_ c: NativeCall, _ state: TimerState, delay: Int64) {
        state.generation += 1
        state.active = true
        let arm = TimerArm(state: state, due: Scheduler.now() &+ UInt64(max(0, delay)))
        let g = c.vm.newGoroutine()
        let f = Frame(proto: NativeRegistry.timerGoroutineProto)
        f.isDeferred = true
        f.regs[0] = .obj(arm)
        g.frames.append(f)
        c.vm.scheduler.ready(g)
    }

    /// Disarms `state`; true if it was pending (armed, or fired with the value still unread).
    static func stop(_ state: TimerState) -> Bool {
        let wasActive = state.active
        state.active = false
        state.generation += 1
        let dropped = state.drain()
        return wasActive || dropped
    }

    func installTimeTimers(_ t: TimeTypes) {
        let d = t.duration
        let timerPtr = table.pointer(to: t.timer), tickerPtr = table.pointer(to: t.ticker)
        let receiveTimes = table.chan(of: t.time, direction: .receive)
        function("time", "Sleep", sig([d], []), Self.sleepCurrentGoroutine)

        /// The timer behind a `*Timer`/`*Ticker`; nil for one not made by its constructor.
        func state(_ v: Value) -> TimerState? {
            guard case .obj(let o) = v, let box = o as? Box, box.f.count > 1, case .obj(let s) = box.f[1] else { return nil }
            return s as? TimerState
        }
        func uninitialized(_ method: String, _ kind: String) -> GoPanicError {
            .plain("time: \(method) called on uninitialized \(kind)")
        }
        func newTimer(_ c: NativeCall, _ delay: Int64) -> Box {
            let ch = ChanVal(capacity: 1)
            let s = TimerState(channel: ch, location: .obj(t.local))
            Self.arm(c, s, delay: delay)
            return Box([.obj(ch), .obj(s)])
        }
        function("time", "NewTimer", sig([d], [timerPtr])) { c in [.obj(newTimer(c, c[0].i))] }
        function("time", "After", sig([d], [receiveTimes])) { c in [newTimer(c, c[0].i).f[0]] }
        function("time", "AfterFunc", sig([d, sig([], [])], [timerPtr])) { c in
            let s = TimerState(channel: nil, function: c[1], location: .obj(t.local))
            Self.arm(c, s, delay: c[0].i)
            return [.obj(Box([.none, .obj(s)]))]
        }
        method(t.timer, "Stop", pointer: true, sig([], [.bool])) { c in
            guard let s = state(c[0]) else { throw uninitialized("Stop", "Timer") }
            return [.bool(Self.stop(s))]
        }
        method(t.timer, "Reset", pointer: true, sig([d], [.bool])) { c in
            guard let s = state(c[0]) else { throw uninitialized("Reset", "Timer") }
            let pending = Self.stop(s)
            Self.arm(c, s, delay: c[1].i)
            return [.bool(pending)]
        }

        func newTicker(_ c: NativeCall, _ period: Int64) -> Box {
            let ch = ChanVal(capacity: 1)
            let s = TimerState(channel: ch, location: .obj(t.local))
            s.period = period
            Self.arm(c, s, delay: period)
            return Box([.obj(ch), .obj(s)])
        }
        function("time", "NewTicker", sig([d], [tickerPtr])) { c in
            if c[0].i <= 0 { throw GoPanicError.plain("non-positive interval for NewTicker") }
            return [.obj(newTicker(c, c[0].i))]
        }
        function("time", "Tick", sig([d], [receiveTimes])) { c in
            c[0].i <= 0 ? [.none] : [newTicker(c, c[0].i).f[0]]
        }
        // As Go 1.23: stopping a Ticker never started does nothing.
        method(t.ticker, "Stop", pointer: true, sig([], [])) { c in
            if let s = state(c[0]) { _ = Self.stop(s) }
            return []
        }
        method(t.ticker, "Reset", pointer: true, sig([d], [])) { c in
            if c[1].i <= 0 { throw GoPanicError.plain("non-positive interval for Ticker.Reset") }
            guard let s = state(c[0]) else { throw uninitialized("Reset", "Ticker") }
            _ = Self.stop(s)
            s.period = c[1].i
            Self.arm(c, s, delay: c[1].i)
            return []
        }
    }
}
