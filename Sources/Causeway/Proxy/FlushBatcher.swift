import NIOCore

/// Flushes requested during one event-loop tick, issued together once the tick's I/O events
/// are handled. A flush is a `writev` that usually wakes the reader on the other side (a
/// client, an upstream) — in the kernel, and across CPUs an inter-processor interrupt.
/// Flushing responses back to back lets one wake-up serve several writes, where flushing each
/// as it completes pays one per request. One per event loop, used only on it.
final class FlushBatcher {
    private let loop: any EventLoop
    private var channels: [any Channel] = []
    private var scheduled = false

    init(loop: any EventLoop) {
        self.loop = loop
        channels.reserveCapacity(64)
    }

    /// Flushes `channel` after the current tick. A channel asked for twice is flushed twice;
    /// the second flush finds nothing pending and costs no system call.
    func flushSoon(_ channel: any Channel) {
        loop.assertInEventLoop()
        channels.append(channel)
        guard !scheduled else { return }
        scheduled = true
        loop.assumeIsolated().execute { self.flushAll() }
    }

    private func flushAll() {
        scheduled = false
        var pending = channels
        channels.removeAll(keepingCapacity: true)
        for channel in pending { channel.flush() }
        pending.removeAll()
    }
}
