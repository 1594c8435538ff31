import GoStdlibCore

/// The methods of `time.Time`: fields, arithmetic, comparison, zones and rounding.
/// Monotonic clock readings are not kept: every Time is a wall-clock instant.
extension NativeRegistry {
    func installTimeMethods(_ t: TimeTypes) {
        let time = t.time, d = t.duration, int = GoType.int
        func value(_ name: String, _ params: [GoType], _ results: [GoType], _ body: @escaping (NativeCall) throws -> [Value]) {
            method(time, name, pointer: false, sig(params, results), body)
        }
        func field(_ name: String, _ type: GoType = int, _ read: @escaping (GoTime.Fields) -> Int64) {
            value(name, [], [type]) { c in [.int(read(t.goTime(c[0]).fields))] }
        }
        field("Year") { $0.year }
        field("Month", t.month) { Int64($0.month) }
        field("Day") { Int64($0.day) }
        field("Hour") { Int64($0.hour) }
        field("Minute") { Int64($0.minute) }
        field("Second") { Int64($0.second) }
        field("Weekday", t.weekday) { Int64($0.weekday) }
        field("YearDay") { Int64($0.yearDay) }
        value("Nanosecond", [], [int]) { c in [.int(Int64(t.goTime(c[0]).nanosecond))] }
        value("Date", [], [int, t.month, int]) { c in
            let f = t.goTime(c[0]).fields
            return [.int(f.year), .int(Int64(f.month)), .int(Int64(f.day))]
        }
        value("Clock", [], [int, int, int]) { c in
            let f = t.goTime(c[0]).fields
            return [.int(Int64(f.hour)), .int(Int64(f.minute)), .int(Int64(f.second))]
        }
        value("ISOWeek", [], [int, int]) { c in
            // The ISO week belongs to the year of its Thursday.
            let g = t.goTime(c[0])
            let weekday = g.fields.weekday
            let shift = weekday == 0 ? -3 : 4 - weekday
            let thursday = g.addDate(years: 0, months: 0, days: shift).fields
            return [.int(thursday.year), .int(Int64((thursday.yearDay - 1) / 7 + 1))]
        }

        value("Unix", [], [.int64]) { c in [.int(t.goTime(c[0]).unixSeconds)] }
        value("UnixMilli", [], [.int64]) { c in [.int(t.goTime(c[0]).unixMilli)] }
        value("UnixMicro", [], [.int64]) { c in [.int(t.goTime(c[0]).unixMicro)] }
        value("UnixNano", [], [.int64]) { c in [.int(t.goTime(c[0]).unixNano)] }
        value("IsZero", [], [.bool]) { c in
            let b = unsafeDowncast(c[0].o!, to: Box.self)
            return [.bool(b.f[0].i == 0 && b.f[1].i == 0)]
        }

        value("Add", [d], [time]) { c in [t.timeValue(t.goTime(c[0]).adding(nanoseconds: c[1].i), like: c[0])] }
        value("AddDate", [int, int, int], [time]) { c in
            [t.timeValue(t.goTime(c[0]).addDate(years: Int(c[1].i), months: Int(c[2].i), days: Int(c[3].i)), like: c[0])]
        }
        value("Sub", [time], [d]) { c in [.int(t.goTime(c[0]).sub(t.goTime(c[1])))] }
        value("Before", [time], [.bool]) { c in [.bool(t.goTime(c[0]).before(t.goTime(c[1])))] }
        value("After", [time], [.bool]) { c in [.bool(t.goTime(c[0]).after(t.goTime(c[1])))] }
        value("Equal", [time], [.bool]) { c in [.bool(t.goTime(c[0]).equal(t.goTime(c[1])))] }
        value("Compare", [time], [int]) { c in [.int(Int64(t.goTime(c[0]).compare(t.goTime(c[1]))))] }
        value("Truncate", [d], [time]) { c in [t.timeValue(t.goTime(c[0]).truncate(c[1].i), like: c[0])] }
        value("Round", [d], [time]) { c in [t.timeValue(t.goTime(c[0]).round(c[1].i), like: c[0])] }

        value("UTC", [], [time]) { c in [t.timeValue(t.goTime(c[0]).utc, location: .none)] }
        value("Local", [], [time]) { c in [t.timeValue(t.goTime(c[0]).in(t.zone(ofLocation: .obj(t.local))), location: .obj(t.local))] }
        value("In", [t.locationPointer], [time]) { c in
            guard case .obj = c[1] else { throw GoPanicError.plain("time: missing Location in call to Time.In") }
            return [t.timeValue(t.goTime(c[0]).in(t.zone(ofLocation: c[1])), location: c[1])]
        }
        // Only fixed zones exist, so daylight saving time never applies.
        value("IsDST", [], [.bool]) { _ in [.bool(false)] }
        value("Location", [], [t.locationPointer]) { c in [t.locationValue(of: c[0])] }
        value("Zone", [], [.string, int]) { c in
            let zone = t.zone(ofLocation: t.location(of: c[0]))
            return [.string(zone.name), .int(Int64(zone.offset))]
        }
    }
}
