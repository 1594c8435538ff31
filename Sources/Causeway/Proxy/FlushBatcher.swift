import NIOCore

/// Flushes requested during one event-loop tick, issued together once the tick's I/O events
/// are handled. A flush is a `writev` that usually wakes the reader on the other side (a
/// client, an upstream) — in the kernel, and across CPUs an inter-processor interrupt.
/// Flushing responses back to back lets one wake-up serve several writes, where flushing each
/// as it completes pays one per request. One per event loop, used only on it.
final class FlushBatcher {
    private let loop: any EventLoop
    private var channels: [any Channel] = []
    /// The list being flushed; swapped with `channels` so neither is reallocated per tick.
    private var flushing: [any Channel] = []
    private var scheduled = false

    init(loop: any EventLoop) {
        self.loop = loop
        channels.reserveCapacity(64)
        flushing.reserveCapacity(64)
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
        // A flush that asks for another (from a writability callback) lands in `channels` and
        // schedules the next round.
        swap(&channels, &flushing)
        for channel in flushing { channel.flush() }
        flushing.removeAll(keepingCapacity: true)
    }
}
