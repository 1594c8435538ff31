// Channels: a buffer plus queues of parked goroutines. A partner that finds a parked
// goroutine completes the transfer for it and re-enqueues it (no thread ever waits).
final class ChanVal {
    let capacity: Int
    var buffer: [Value] = []
    var head = 0
    var closed = false
    var recvq: [(Waiter, Int)] = []     // waiter, select case index
    var sendq: [(Waiter, Int, Value)] = []
    init(capacity: Int) { self.capacity = capacity }

    var count: Int { buffer.count - head }

    func popBuffer() -> Value {
        let v = buffer[head]
        head += 1
        if head > 64 && head * 2 > buffer.count { buffer.removeFirst(head); head = 0 }
        return v
    }

    /// First parked receiver still waiting (select partners may have fired elsewhere).
    func takeReceiver() -> (Waiter, Int)? {
        while !recvq.isEmpty {
            let w = recvq.removeFirst()
            if !w.0.fired { return w }
        }
        return nil
    }

    func takeSender() -> (Waiter, Int, Value)? {
        while !sendq.isEmpty {
            let w = sendq.removeFirst()
            if !w.0.fired { return w }
        }
        return nil
    }
}
