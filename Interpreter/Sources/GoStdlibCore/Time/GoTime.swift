/// A time zone as Go's `time` package sees a fixed location: an abbreviation and an offset
/// east of UTC in seconds. The interpreter has no zone database: `Local` is UTC.
public struct GoZone: Sendable, Equatable {
    public var name: String
    public var offset: Int
    public init(name: String, offset: Int) { self.name = name; self.offset = offset }
    public static let utc = GoZone(name: "UTC", offset: 0)
    /// `time.Local`: UTC on this runtime.
    public static let local = utc
}

/// An instant with nanosecond precision and the zone it is displayed in (Go's `time.Time`
/// without the monotonic clock reading).
public struct GoTime: Sendable, Equatable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var unixSeconds: Int64
    /// 0 ..< 1_000_000_000
    public var nanosecond: Int
    public var zone: GoZone

    public init(unixSeconds: Int64, nanosecond: Int = 0, zone: GoZone = .utc) {
        // Normalise the nanoseconds into [0, 1e9).
        var s = unixSeconds, n = nanosecond
        if n < 0 || n >= 1_000_000_000 {
            // Wrapping, as Go's int arithmetic does for absurd inputs (time.Unix(MaxInt64, -1)).
            s &+= Int64(n / 1_000_000_000)
            n %= 1_000_000_000
            if n < 0 { n += 1_000_000_000; s &-= 1 }
        }
        self.unixSeconds = s
        self.nanosecond = n
        self.zone = zone
    }

    /// Go's `time.Date`: fields outside their ranges are normalised (October 32 is November 1).
    public init(year: Int64, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
                nanosecond: Int = 0, zone: GoZone = .utc) {
        // Normalise month into 1…12 first, carrying into the year.
        var m = month &- 1
        var y = year &+ Int64(m / 12)
        m %= 12
        if m < 0 { m &+= 12; y &-= 1 }
        let days = GoCivilDate.daysFromCivil(year: y, month: m &+ 1, day: 1) &+ Int64(day &- 1)
        let secs = days &* 86400 &+ Int64(hour) &* 3600 &+ Int64(minute) &* 60 &+ Int64(second) &- Int64(zone.offset)
        self.init(unixSeconds: secs, nanosecond: nanosecond, zone: zone)
    }

    /// The zero `time.Time`: January 1, year 1, 00:00:00 UTC.
    public static let zero = GoTime(unixSeconds: -62_135_596_800)

    public var isZero: Bool { unixSeconds == GoTime.zero.unixSeconds && nanosecond == 0 }

    /// Local wall-clock fields in this time's zone.
    public struct Fields: Sendable, Equatable {
        public var year: Int64, month: Int, day: Int, hour: Int, minute: Int, second: Int
        public var weekday: Int, yearDay: Int
    }

    public var fields: Fields {
        let local = unixSeconds &+ Int64(zone.offset)
        var days = local / 86400
        var secs = local % 86400
        if secs < 0 { secs += 86400; days &-= 1 }
        let (y, m, d) = GoCivilDate.civilFromDays(days)
        return Fields(year: y, month: m, day: d, hour: Int(secs / 3600), minute: Int(secs / 60 % 60),
                      second: Int(secs % 60), weekday: GoCivilDate.weekday(days: days),
                      yearDay: GoCivilDate.yearDay(year: y, month: m, day: d))
    }

    public func `in`(_ zone: GoZone) -> GoTime { GoTime(unixSeconds: unixSeconds, nanosecond: nanosecond, zone: zone) }
    public var utc: GoTime { self.in(.utc) }

    public func adding(nanoseconds d: Int64) -> GoTime {
        let (q, r) = d.quotientAndRemainder(dividingBy: 1_000_000_000)
        // Saturates like Go's Time.Add rather than wrapping past the representable range.
        let (seconds, overflow) = unixSeconds.addingReportingOverflow(q)
        if overflow { return GoTime(unixSeconds: q > 0 ? .max : .min, nanosecond: nanosecond, zone: zone) }
        return GoTime(unixSeconds: seconds, nanosecond: nanosecond + Int(r), zone: zone)
    }

    /// t − u in nanoseconds, saturating like Go's `Sub`.
    public func sub(_ u: GoTime) -> Int64 {
        let (ds, o1) = unixSeconds.subtractingReportingOverflow(u.unixSeconds)
        let (ns, o2) = ds.multipliedReportingOverflow(by: 1_000_000_000)
        let (total, o3) = ns.addingReportingOverflow(Int64(nanosecond - u.nanosecond))
        if o1 || o2 || o3 { return ds >= 0 ? Int64.max : Int64.min }
        return total
    }

    public var unixNano: Int64 { unixSeconds &* 1_000_000_000 &+ Int64(nanosecond) }
    public var unixMilli: Int64 { unixSeconds &* 1000 &+ Int64(nanosecond / 1_000_000) }

    /// Go's `Time.String()`: "2006-01-02 15:04:05.999999999 -0700 MST".
    public var description: String { format("2006-01-02 15:04:05.999999999 -0700 MST") }
}
