/// Go's `Time.Format` / `AppendFormat`.
extension GoTime {
    public func format(_ layout: String) -> String {
        var out: [UInt8] = []
        appendFormat(&out, Array(layout.utf8))
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `x` in decimal with at least `width` digits (sign first).
    static func appendInt(_ out: inout [UInt8], _ x: Int64, width: Int) {
        var u = x.magnitude
        if x < 0 { out.append(UInt8(ascii: "-")) }
        var digits: [UInt8] = []
        repeat { digits.append(UInt8(48 + u % 10)); u /= 10 } while u > 0
        if digits.count < width { out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - digits.count)) }
        out.append(contentsOf: digits.reversed())
    }

    public func appendFormat(_ out: inout [UInt8], _ layout: [UInt8]) {
        let f = fields
        var pos = 0
        while let (prefixEnd, element, next) = GoTimeLayout.nextElement(layout, from: pos) {
            out.append(contentsOf: layout[pos..<prefixEnd])
            pos = next
            switch element {
            case .year:
                let y = f.year < 0 ? -f.year : f.year
                GoTime.appendInt(&out, y % 100, width: 2)
            case .longYear: GoTime.appendInt(&out, f.year, width: 4)
            case .month: out.append(contentsOf: GoCivilDate.longMonthNames[f.month - 1].utf8.prefix(3))
            case .longMonth: out.append(contentsOf: GoCivilDate.longMonthNames[f.month - 1].utf8)
            case .numMonth: GoTime.appendInt(&out, Int64(f.month), width: 0)
            case .zeroMonth: GoTime.appendInt(&out, Int64(f.month), width: 2)
            case .weekDay: out.append(contentsOf: GoCivilDate.longDayNames[f.weekday].utf8.prefix(3))
            case .longWeekDay: out.append(contentsOf: GoCivilDate.longDayNames[f.weekday].utf8)
            case .day: GoTime.appendInt(&out, Int64(f.day), width: 0)
            case .underDay:
                if f.day < 10 { out.append(UInt8(ascii: " ")) }
                GoTime.appendInt(&out, Int64(f.day), width: 0)
            case .zeroDay: GoTime.appendInt(&out, Int64(f.day), width: 2)
            case .underYearDay:
                if f.yearDay < 100 {
                    out.append(UInt8(ascii: " "))
                    if f.yearDay < 10 { out.append(UInt8(ascii: " ")) }
                }
                GoTime.appendInt(&out, Int64(f.yearDay), width: 0)
            case .zeroYearDay: GoTime.appendInt(&out, Int64(f.yearDay), width: 3)
            case .hour: GoTime.appendInt(&out, Int64(f.hour), width: 2)
            case .hour12, .zeroHour12:
                let h = f.hour % 12 == 0 ? 12 : f.hour % 12
                GoTime.appendInt(&out, Int64(h), width: element == .zeroHour12 ? 2 : 0)
            case .minute: GoTime.appendInt(&out, Int64(f.minute), width: 0)
            case .zeroMinute: GoTime.appendInt(&out, Int64(f.minute), width: 2)
            case .second: GoTime.appendInt(&out, Int64(f.second), width: 0)
            case .zeroSecond: GoTime.appendInt(&out, Int64(f.second), width: 2)
            case .upperPM: out.append(contentsOf: (f.hour >= 12 ? "PM" : "AM").utf8)
            case .lowerPM: out.append(contentsOf: (f.hour >= 12 ? "pm" : "am").utf8)
            case .iso8601(let shape), .numeric(let shape):
                if case .iso8601 = element, zone.offset == 0 {
                    out.append(UInt8(ascii: "Z"))
                    break
                }
                appendOffset(&out, shape)
            case .zoneName:
                if !zone.name.isEmpty {
                    out.append(contentsOf: zone.name.utf8)
                } else {
                    // No abbreviation known: Go prints the offset as -0700.
                    appendOffset(&out, .hhmm)
                }
            case .fraction(let digits, let trim, let separator):
                GoTime.appendFraction(&out, nanosecond, digits: digits, trim: trim, separator: separator)
            }
        }
        out.append(contentsOf: layout[pos...])
    }

    private func appendOffset(_ out: inout [UInt8], _ shape: GoTimeLayout.NumericZone) {
        var minutes = zone.offset / 60
        var abs = zone.offset
        if minutes < 0 { out.append(UInt8(ascii: "-")); minutes = -minutes; abs = -abs } else { out.append(UInt8(ascii: "+")) }
        GoTime.appendInt(&out, Int64(minutes / 60), width: 2)
        if shape == .colonHHMM || shape == .colonHHMMSS { out.append(UInt8(ascii: ":")) }
        if shape != .hh { GoTime.appendInt(&out, Int64(minutes % 60), width: 2) }
        if shape == .hhmmss || shape == .colonHHMMSS {
            if shape == .colonHHMMSS { out.append(UInt8(ascii: ":")) }
            GoTime.appendInt(&out, Int64(abs % 60), width: 2)
        }
    }

    static func appendFraction(_ out: inout [UInt8], _ nanosecond: Int, digits: Int, trim: Bool, separator: UInt8) {
        if trim && (digits == 0 || nanosecond == 0) { return }
        var frac: [UInt8] = []
        appendInt(&frac, Int64(nanosecond), width: 9)
        if digits < 9 { frac.removeLast(9 - digits) }
        if trim { while frac.last == UInt8(ascii: "0") { frac.removeLast() } }
        if trim && frac.isEmpty { return }
        out.append(separator)
        out.append(contentsOf: frac)
    }
}
