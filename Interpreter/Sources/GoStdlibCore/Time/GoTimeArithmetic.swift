/// Comparisons, calendar arithmetic and rounding on `GoTime`, and `Duration` conversions,
/// with Go's semantics (AddDate normalises like Date, Truncate/Round count from year 1).
extension GoTime {
    public func before(_ u: GoTime) -> Bool { (unixSeconds, nanosecond) < (u.unixSeconds, u.nanosecond) }
    public func after(_ u: GoTime) -> Bool { (unixSeconds, nanosecond) > (u.unixSeconds, u.nanosecond) }
    /// Same instant, whatever the zones.
    public func equal(_ u: GoTime) -> Bool { unixSeconds == u.unixSeconds && nanosecond == u.nanosecond }
    public func compare(_ u: GoTime) -> Int { before(u) ? -1 : (after(u) ? 1 : 0) }

    /// Go's `AddDate`: adds to the calendar fields and normalises (Oct 31 + 1 month = Dec 1).
    public func addDate(years: Int, months: Int, days: Int) -> GoTime {
        let f = fields
        return GoTime(year: f.year &+ Int64(years), month: f.month &+ months, day: f.day &+ days, hour: f.hour,
                      minute: f.minute, second: f.second, nanosecond: nanosecond, zone: zone)
    }

    /// Seconds from January 1, year 1 UTC — the origin Go's Truncate and Round count from.
    private var secondsSinceYearOne: Int64 { unixSeconds &- GoTime.zero.unixSeconds }

    /// t mod d as nanoseconds in [0, d), counting from the zero time.
    private func remainder(_ d: Int64) -> Int64 {
        let secs = secondsSinceYearOne
        let magnitude = secs.magnitude
        let wide = magnitude.multipliedFullWidth(by: 1_000_000_000)
        var (lo, carry) = wide.low.addingReportingOverflow(secs < 0 ? 0 : UInt64(nanosecond))
        var hi = wide.high &+ (carry ? 1 : 0)
        if secs < 0 {
            // |t| = |secs|·1e9 − nanosecond for times before year 1.
            (lo, carry) = lo.subtractingReportingOverflow(UInt64(nanosecond))
            hi = hi &- (carry ? 1 : 0)
        }
        let dd = UInt64(d)
        let r = Int64(dd.dividingFullWidth((high: hi % dd, low: lo)).remainder)
        return secs < 0 && r != 0 ? d - r : r
    }

    /// t rounded down to a multiple of d since the zero time; d ≤ 0 returns t unchanged.
    public func truncate(_ d: Int64) -> GoTime {
        if d <= 0 { return self }
        return adding(nanoseconds: -remainder(d))
    }

    /// t rounded to the nearest multiple of d since the zero time, halfway values up.
    public func round(_ d: Int64) -> GoTime {
        if d <= 0 { return self }
        let r = remainder(d)
        if r < d - r { return adding(nanoseconds: -r) }   // r + r < d without overflow
        return adding(nanoseconds: d - r)
    }

    public static func monthName(_ month: Int) -> String {
        (1...12).contains(month) ? GoCivilDate.longMonthNames[month - 1] : "%!Month(\(month))"
    }

    public static func weekdayName(_ day: Int) -> String {
        (0...6).contains(day) ? GoCivilDate.longDayNames[day] : "%!Weekday(\(day))"
    }
}

extension GoDuration {
    public static func hours(_ d: Int64) -> Double {
        Double(d / hour) + Double(d % hour) / (60 * 60 * 1e9)
    }
    public static func minutes(_ d: Int64) -> Double {
        Double(d / minute) + Double(d % minute) / (60 * 1e9)
    }
    public static func seconds(_ d: Int64) -> Double {
        Double(d / second) + Double(d % second) / 1e9
    }
    public static func milliseconds(_ d: Int64) -> Int64 { d / millisecond }
    public static func microseconds(_ d: Int64) -> Int64 { d / microsecond }

    /// d rounded toward zero to a multiple of m (m ≤ 0 leaves d unchanged).
    public static func truncate(_ d: Int64, _ m: Int64) -> Int64 {
        m <= 0 ? d : d - d % m
    }

    /// d rounded to the nearest multiple of m, halfway away from zero, saturating on overflow.
    public static func round(_ d: Int64, _ m: Int64) -> Int64 {
        if m <= 0 { return d }
        var r = d % m
        if d < 0 {
            r = -r
            if r + r < m { return d + r }
            let (d1, o) = d.subtractingReportingOverflow(m - r)
            return o || d1 > d ? Int64.min : d1
        }
        if r + r < m { return d - r }
        let (d1, o) = d.addingReportingOverflow(m - r)
        return o || d1 < d ? Int64.max : d1
    }

    /// |d|, with Int64.min saturating to Int64.max as in Go.
    public static func abs(_ d: Int64) -> Int64 {
        d >= 0 ? d : (d == .min ? .max : -d)
    }
}
