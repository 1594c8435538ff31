// Channel operations. A blocked operation parks the goroutine (the VM returns to the
// scheduler with the pc still on the instruction); the partner completes the transfer in
// the parked goroutine's Waiter and re-enqueues it, and the re-executed instruction then
// consumes the Waiter instead of trying again.
extension VM {
    func park(_ g: Goroutine) -> Waiter {
        let w = Waiter(g: g)
        g.waiting = w
        return w
    }

    func wakeUp(_ w: Waiter) {
        w.fired = true
        let g = w.g
        g.waiting = nil
        g.wake = w
        scheduler.ready(g)
    }

    func send(_ g: Goroutine, _ c: Value, _ v: Value) throws(GoPanicError) -> Bool {
        if let w = g.wake {
            g.wake = nil
            if !w.ok { throw .plainRuntime("send on closed channel") }
            return true
        }
        guard case .obj(let o) = c else { _ = park(g); return false }
        let ch = unsafeDowncast(o, to: ChanVal.self)
        if ch.closed { throw .plainRuntime("send on closed channel") }
        if let (w, idx) = ch.takeReceiver() {
            w.value = v; w.ok = true; w.caseIndex = idx
            wakeUp(w)
            return true
        }
        if ch.count < ch.capacity { ch.buffer.append(v); return true }
        let w = park(g)
        ch.sendq.append((w, 0, v))
        return false
    }

    func recv(_ g: Goroutine, _ c: Value, _ z: ZeroValue) -> (Value, Bool)? {
        if let w = g.wake {
            g.wake = nil
            return (w.ok ? w.value : z.make(), w.ok)
        }
        guard case .obj(let o) = c else { _ = park(g); return nil }
        let ch = unsafeDowncast(o, to: ChanVal.self)
        return tryRecv(ch, z) ?? {
            let w = park(g)
            ch.recvq.append((w, 0))
            return nil
        }()
    }

    /// A receive that does not block: nil when it would.
    func tryRecv(_ ch: ChanVal, _ z: ZeroValue) -> (Value, Bool)? {
        if ch.count > 0 {
            let v = ch.popBuffer()
            if let (w, idx, sv) = ch.takeSender() {
                ch.buffer.append(sv)
                w.ok = true; w.caseIndex = idx
                wakeUp(w)
            }
            return (v, true)
        }
        if let (w, idx, sv) = ch.takeSender() {
            w.ok = true; w.caseIndex = idx
            wakeUp(w)
            return (sv, true)
        }
        if ch.closed { return (z.make(), false) }
        return nil
    }

    func trySend(_ ch: ChanVal, _ v: Value) throws(GoPanicError) -> Bool {
        if ch.closed { throw .plainRuntime("send on closed channel") }
        if let (w, idx) = ch.takeReceiver() {
            w.value = v; w.ok = true; w.caseIndex = idx
            wakeUp(w)
            return true
        }
        if ch.count < ch.capacity { ch.buffer.append(v); return true }
        return false
    }

    func close(_ c: Value) throws(GoPanicError) {
        guard case .obj(let o) = c else { throw .plainRuntime("close of nil channel") }
        let ch = unsafeDowncast(o, to: ChanVal.self)
        if ch.closed { throw .plainRuntime("close of closed channel") }
        ch.closed = true
        while let (w, idx) = ch.takeReceiver() { w.ok = false; w.value = .none; w.caseIndex = idx; wakeUp(w) }
        while let (w, idx, _) = ch.takeSender() { w.ok = false; w.caseIndex = idx; wakeUp(w) }
    }

    /// Returns the chosen case index (cases.count for default), or nil after parking.
    func select(_ g: Goroutine, _ plan: SelectPlan, _ R: UnsafeMutablePointer<Value>) throws(GoPanicError) -> Int? {
        if let w = g.wake {
            g.wake = nil
            let c = plan.cases[w.caseIndex]
            if c.isSend {
                if !w.ok { throw .plainRuntime("send on closed channel") }
            } else {
                R[c.value] = w.ok ? w.value : c.zero.make()
                if let ok = c.ok { R[ok] = .bool(w.ok) }
            }
            return w.caseIndex
        }
        let n = plan.cases.count
        let start = n > 1 ? Int(scheduler.random() % UInt64(n)) : 0
        for k in 0..<n {
            let i = (start + k) % n
            let c = plan.cases[i]
            guard case .obj(let o) = R[c.chan] else { continue }
            let ch = unsafeDowncast(o, to: ChanVal.self)
            if c.isSend {
                if try trySend(ch, R[c.value]) { return i }
            } else if let (v, ok) = tryRecv(ch, c.zero) {
                R[c.value] = v
                if let okr = c.ok { R[okr] = .bool(ok) }
                return i
            }
        }
        if plan.hasDefault { return n }
        let w = park(g)
        for (i, c) in plan.cases.enumerated() {
            guard case .obj(let o) = R[c.chan] else { continue }
            let ch = unsafeDowncast(o, to: ChanVal.self)
            if c.isSend { ch.sendq.append((w, i, R[c.value])) } else { ch.recvq.append((w, i)) }
        }
        return nil
    }
}
