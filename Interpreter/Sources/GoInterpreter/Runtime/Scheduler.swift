import Foundation

/// The run queue and timers. Goroutines are plain objects: a blocked one is referenced
/// only from the channel, lock or timer it waits on, so thousands cost no threads.
final class Scheduler {
    private var queue: [Goroutine] = []
    private var head = 0
    private var timers = TimerHeap()
    private var seed: UInt64 = 0x9E3779B97F4A7C15
    var fatal: GoRunError? = nil
    /// Host calls in flight (a native function suspended its goroutine).
    var pendingHostCalls = 0
    private let inboxLock = NSCondition()
    private var inbox: [(Goroutine, [Value])] = []
    /// Calls submitted by host threads for the serving loop.
    private var submissions: [HostCall] = []

    func submit(_ call: HostCall) {
        inboxLock.lock()
        submissions.append(call)
        inboxLock.signal()
        inboxLock.unlock()
    }

    func takeSubmissions() -> [HostCall] {
        inboxLock.lock()
        defer { inboxLock.unlock() }
        let s = submissions
        submissions.removeAll()
        return s
    }

    func ready(_ g: Goroutine) { queue.append(g) }

    func next() -> Goroutine? {
        if head < queue.count {
            let g = queue[head]
            head += 1
            if head > 1024 && head * 2 > queue.count { queue.removeFirst(head); head = 0 }
            return g
        }
        return nil
    }

    var hasRunnable: Bool { head < queue.count }

    func random() -> UInt64 {
        seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
        return seed
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    func sleep(_ g: Goroutine, nanoseconds: Int64) {
        timers.push(at: Scheduler.now() &+ UInt64(max(0, nanoseconds)), g)
    }

    /// Moves due timers to the run queue; returns false when there are no timers at all.
    func fireTimers(wait: Bool) -> Bool {
        guard let first = timers.peek else { return false }
        let now = Scheduler.now()
        if first > now {
            if !wait { return true }
            waitForInbox(until: first)
        }
        let now2 = Scheduler.now()
        while let t = timers.peek, t <= now2 {
            let g = timers.pop()!
            let w = g.waiting ?? Waiter(g: g)
            w.fired = true
            g.waiting = nil
            g.wake = w
            ready(g)
        }
        return true
    }

    // MARK: host completions (called from any thread)

    func complete(_ g: Goroutine, results: [Value]) {
        inboxLock.lock()
        inbox.append((g, results))
        inboxLock.signal()
        inboxLock.unlock()
    }

    /// Waits for a host completion (or until `deadline`), then enqueues completed goroutines.
    func waitForInbox(until deadline: UInt64? = nil) {
        inboxLock.lock()
        if inbox.isEmpty && submissions.isEmpty {
            if let d = deadline {
                let now = Scheduler.now()
                if d > now { _ = inboxLock.wait(until: Date(timeIntervalSinceNow: Double(d - now) / 1e9)) }
            } else {
                inboxLock.wait()
            }
        }
        let done = inbox
        inbox.removeAll()
        inboxLock.unlock()
        for (g, results) in done {
            pendingHostCalls -= 1
            let w = g.waiting ?? Waiter(g: g)
            w.fired = true
            w.hostResults = results
            g.waiting = nil
            g.wake = w
            ready(g)
        }
    }

    func drainInbox() {
        inboxLock.lock()
        let empty = inbox.isEmpty
        inboxLock.unlock()
        if !empty { waitForInbox(until: 0) }
    }
}

/// A binary min-heap of wake-up times.
struct TimerHeap {
    private var items: [(at: UInt64, seq: Int, g: Goroutine)] = []
    private var seq = 0
    var peek: UInt64? { items.first?.at }

    private func less(_ a: Int, _ b: Int) -> Bool {
        items[a].at != items[b].at ? items[a].at < items[b].at : items[a].seq < items[b].seq
    }

    mutating func push(at: UInt64, _ g: Goroutine) {
        seq += 1
        items.append((at, seq, g))
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if !less(i, p) { break }
            items.swapAt(i, p); i = p
        }
    }

    mutating func pop() -> Goroutine? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < items.count && less(l, m) { m = l }
            if r < items.count && less(r, m) { m = r }
            if m == i { break }
            items.swapAt(i, m); i = m
        }
        return top.g
    }
}
