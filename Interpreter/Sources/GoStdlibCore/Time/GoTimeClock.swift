#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading the wall clock, and the `time.UnixMilli`/`UnixMicro` constructors.
extension GoTime {
    /// Go's `time.Now()` (wall clock only; the zone is `Local`, which is UTC here).
    public static func now() -> GoTime {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return GoTime(unixSeconds: Int64(ts.tv_sec), nanosecond: Int(ts.tv_nsec), zone: .local)
    }

    public init(unixMilli ms: Int64) {
        let (q, r) = ms.quotientAndRemainder(dividingBy: 1000)
        self.init(unixSeconds: q, nanosecond: Int(r) * 1_000_000)
    }

    public init(unixMicro us: Int64) {
        let (q, r) = us.quotientAndRemainder(dividingBy: 1_000_000)
        self.init(unixSeconds: q, nanosecond: Int(r) * 1000)
    }

    public var unixMicro: Int64 { unixSeconds * 1_000_000 + Int64(nanosecond / 1000) }
}
