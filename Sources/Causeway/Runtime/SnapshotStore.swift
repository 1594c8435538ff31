import NIOConcurrencyHelpers

/// Holds the runtime snapshot that new requests use. A reload builds the next snapshot off the
/// hot path and swaps it in one step; requests already running keep the one they read.
public final class SnapshotStore<Snapshot: Sendable>: Sendable {
    private let box: NIOLockedValueBox<Snapshot>

    public init(_ initial: Snapshot) {
        box = NIOLockedValueBox(initial)
    }

    public var current: Snapshot { box.withLockedValue { $0 } }

    public func replace(with next: Snapshot) {
        box.withLockedValue { $0 = next }
    }
}
