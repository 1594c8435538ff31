/// Go's `*time.ParseError`.
public struct GoTimeParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public var layout: [UInt8], value: [UInt8], layoutElement: [UInt8], valueElement: [UInt8]
    public var message: String

    public init(layout: [UInt8], value: [UInt8], layoutElement: [UInt8], valueElement: [UInt8], message: String) {
        self.layout = layout; self.value = value; self.layoutElement = layoutElement
        self.valueElement = valueElement; self.message = message
    }

    public var description: String {
        if message.isEmpty {
            return "parsing time " + GoTime.quote(value) + " as " + GoTime.quote(layout) + ": cannot parse "
                + GoTime.quote(valueElement) + " as " + GoTime.quote(layoutElement)
        }
        return "parsing time " + GoTime.quote(value) + message
    }
}

extension GoTime {
    /// The `time` package's own quoting: bytes of non-ASCII or control characters as \x escapes.
    public static func quote(_ s: [UInt8]) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        var i = 0
        while i < s.count {
            let (r, size) = GoUTF8.decodeRune(s, at: i)
            if r >= 0x80 || r < 0x20 {
                for b in s[i..<(i + size)] {
                    out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "x"), GoStrconv.lowerHex[Int(b >> 4)], GoStrconv.lowerHex[Int(b & 15)]])
                }
            } else {
                if r == 0x22 || r == 0x5C { out.append(UInt8(ascii: "\\")) }
                out.append(UInt8(r))
            }
            i += size
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// Go's `time.Parse`: times without zone information are UTC; offsets and abbreviations
    /// are matched against `Local`, which is UTC on this runtime.
    public static func parse(_ layout: String, _ value: String) -> (GoTime, GoTimeParseError?) {
        parse(Array(layout.utf8), Array(value.utf8), defaultZone: .utc, localZone: .local)
    }

    /// Go's `time.ParseInLocation`: like `parse`, but `zone` is both the default and the zone
    /// that offsets and abbreviations are matched against.
    public static func parseInLocation(_ layout: String, _ value: String, _ zone: GoZone) -> (GoTime, GoTimeParseError?) {
        parse(Array(layout.utf8), Array(value.utf8), defaultZone: zone, localZone: zone)
    }

    public static func parse(_ layout: [UInt8], _ value: [UInt8], defaultZone: GoZone, localZone: GoZone = .local) -> (GoTime, GoTimeParseError?) {
        var p = TimeParser(layout: layout, value: value)
        switch p.run() {
        case .failure(let e): return (GoTime.zero, e)
        case .success(let t): return (t.resolved(defaultZone: defaultZone, localZone: localZone), nil)
        }
    }
}

/// The state of one `time.Parse` call.
private struct TimeParser {
    let layout: [UInt8], value: [UInt8]

    struct Parsed {
        var year: Int64 = 0, month = -1, day = -1, yearDay = -1
        var hour = 0, minute = 0, second = 0, nanosecond = 0
        var utc = false
        var zoneOffset: Int? = nil
        var zoneName = ""

        func resolved(defaultZone: GoZone, localZone: GoZone) -> GoTime {
            func date(_ zone: GoZone) -> GoTime {
                GoTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, nanosecond: nanosecond, zone: zone)
            }
            if utc { return date(.utc) }
            if let off = zoneOffset {
                // An offset (and name, if any) matching the local zone means the local zone.
                if off == localZone.offset && (zoneName.isEmpty || zoneName == localZone.name) {
                    return date(.utc).adding(nanoseconds: -Int64(off) * 1_000_000_000).in(localZone)
                }
                return date(.utc).adding(nanoseconds: -Int64(off) * 1_000_000_000).in(GoZone(name: zoneName, offset: off))
            }
            if !zoneName.isEmpty {
                if zoneName == localZone.name {
                    return date(.utc).adding(nanoseconds: -Int64(localZone.offset) * 1_000_000_000).in(localZone)
                }
                // Unknown abbreviations get offset 0, except GMT±h. As in Go, the wall clock is
                // read as UTC and the fabricated zone only changes how the instant is shown.
                var offset = 0
                if zoneName.count > 3 && zoneName.hasPrefix("GMT") { offset = (Int(zoneName.dropFirst(3)) ?? 0) * 3600 }
                return date(.utc).in(GoZone(name: zoneName, offset: offset))
            }
            return date(defaultZone)
        }
    }

    init(layout: [UInt8], value: [UInt8]) { self.layout = layout; self.value = value }

    static func isDigit(_ s: ArraySlice<UInt8>, _ i: Int) -> Bool {
        let k = s.startIndex + i
        return k < s.endIndex && s[k] >= 48 && s[k] <= 57
    }

    /// One or two digits (exactly two when `fixed`).
    static func getNumber(_ s: ArraySlice<UInt8>, fixed: Bool) -> (Int, ArraySlice<UInt8>)? {
        guard isDigit(s, 0) else { return nil }
        let a = Int(s[s.startIndex] - 48)
        if !isDigit(s, 1) { return fixed ? nil : (a, s.dropFirst()) }
        return (a * 10 + Int(s[s.startIndex + 1] - 48), s.dropFirst(2))
    }

    /// One to three digits (exactly three when `fixed`).
    static func getNumber3(_ s: ArraySlice<UInt8>, fixed: Bool) -> (Int, ArraySlice<UInt8>)? {
        var n = 0, i = 0
        while i < 3 && isDigit(s, i) { n = n * 10 + Int(s[s.startIndex + i] - 48); i += 1 }
        if i == 0 || (fixed && i != 3) { return nil }
        return (n, s.dropFirst(i))
    }

    /// Case-insensitive match of one of `names` (or their 3-letter forms) at the start of `s`.
    static func lookup(_ names: [String], short: Bool, _ s: ArraySlice<UInt8>) -> (Int, ArraySlice<UInt8>)? {
        for (i, name) in names.enumerated() {
            let v = short ? Array(name.utf8.prefix(3)) : Array(name.utf8)
            if s.count >= v.count && zip(s.prefix(v.count), v).allSatisfy({ $0 | 0x20 == $1 | 0x20 && ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == $1 }) {
                return (i, s.dropFirst(v.count))
            }
        }
        return nil
    }

    /// Literal layout text must match; any run of spaces matches any run of spaces.
    /// Returns the rest of the value, or where matching stopped.
    static func skip(_ value: ArraySlice<UInt8>, _ prefix: ArraySlice<UInt8>) -> (rest: ArraySlice<UInt8>, ok: Bool) {
        var v = value, p = prefix
        while let c = p.first {
            if c == UInt8(ascii: " ") {
                if let f = v.first, f != UInt8(ascii: " ") { return (v, false) }
                p = p.drop { $0 == UInt8(ascii: " ") }
                v = v.drop { $0 == UInt8(ascii: " ") }
                continue
            }
            guard let f = v.first, f == c else { return (v, false) }
            p = p.dropFirst(); v = v.dropFirst()
        }
        return (v, true)
    }

    static func isSeparator(_ b: UInt8) -> Bool { b == UInt8(ascii: ".") || b == UInt8(ascii: ",") }

    /// `value` starts with the separator; `count` bytes including it form the fraction.
    static func nanoseconds(_ value: ArraySlice<UInt8>, _ count: Int) -> Result<Int, ParseFailure> {
        guard let f = value.first, isSeparator(f) else { return .failure(.bad) }
        let n = min(count, 10)
        var ns = 0
        for b in value.dropFirst().prefix(n - 1) {
            guard b >= 48 && b <= 57 else { return .failure(.bad) }
            ns = ns * 10 + Int(b - 48)
        }
        for _ in 0..<(10 - n) { ns *= 10 }
        return .success(ns)
    }

    enum ParseFailure: Error { case bad, range(String) }

    /// Length of a zone abbreviation at the start of `value` (Go's `parseTimeZone`).
    static func timeZoneLength(_ v: ArraySlice<UInt8>) -> Int? {
        let s = Array(v)
        if s.count < 3 { return nil }
        if s.count >= 4 && (s[0..<4] == ArraySlice("ChST".utf8) || s[0..<4] == ArraySlice("MeST".utf8)) { return 4 }
        if s[0..<3] == ArraySlice("GMT".utf8) {
            if s.count == 3 { return 3 }
            return 3 + signedOffsetLength(s[3...])
        }
        if s[0] == UInt8(ascii: "+") || s[0] == UInt8(ascii: "-") {
            let n = signedOffsetLength(s[...])
            return n > 0 ? n : nil
        }
        var upper = 0
        while upper < 6 && upper < s.count && s[upper] >= UInt8(ascii: "A") && s[upper] <= UInt8(ascii: "Z") { upper += 1 }
        switch upper {
        case 5: return s[4] == UInt8(ascii: "T") ? 5 : nil
        case 4: return (s[3] == UInt8(ascii: "T") || s[0..<4] == ArraySlice("WITA".utf8)) ? 4 : nil
        case 3: return 3
        default: return nil
        }
    }

    /// "+h" / "-hh" with an hour ≤ 23; 0 if absent.
    static func signedOffsetLength(_ s: ArraySlice<UInt8>) -> Int {
        guard let sign = s.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return 0 }
        var x = 0, i = s.startIndex + 1
        while i < s.endIndex && s[i] >= 48 && s[i] <= 57 {
            x = x * 10 + Int(s[i] - 48)
            if x > 1_000_000 { return 0 }
            i += 1
        }
        if i == s.startIndex + 1 || x > 23 { return 0 }
        return i - s.startIndex
    }

    mutating func run() -> Result<Parsed, GoTimeParseError> {
        var t = Parsed()
        var am = false, pm = false
        var v = value[...]
        var pos = 0
        func error(_ layoutElem: ArraySlice<UInt8>, _ valueElem: ArraySlice<UInt8>, _ message: String = "") -> GoTimeParseError {
            GoTimeParseError(layout: layout, value: value, layoutElement: Array(layoutElem), valueElement: Array(valueElem), message: message)
        }
        while true {
            let next = GoTimeLayout.nextElement(layout, from: pos)
            let prefix = layout[pos..<(next?.prefixEnd ?? layout.count)]
            let skipped = TimeParser.skip(v, prefix)
            if !skipped.ok { return .failure(error(prefix, skipped.rest)) }
            v = skipped.rest
            guard let (prefixEnd, element, after) = next else {
                if !v.isEmpty { return .failure(error([], v, ": extra text: " + GoTime.quote(Array(v)))) }
                break
            }
            let layoutElem = layout[prefixEnd..<after]
            pos = after
            let hold = v
            var failure: ParseFailure? = nil
            func number(fixed: Bool) -> Int? {
                guard let (n, rest) = TimeParser.getNumber(v, fixed: fixed) else { failure = .bad; return nil }
                v = rest
                return n
            }
            switch element {
            case .year:
                if v.count < 2 { failure = .bad; break }
                guard let y = Int(String(decoding: v.prefix(2), as: UTF8.self)), v.prefix(2).allSatisfy({ $0 >= 48 && $0 <= 57 }) else { failure = .bad; break }
                v = v.dropFirst(2)
                t.year = Int64(y >= 69 ? y + 1900 : y + 2000)
            case .longYear:
                if v.count < 4 || !TimeParser.isDigit(v, 0) { failure = .bad; break }
                let digits = v.prefix(4)
                v = v.dropFirst(4)
                guard digits.allSatisfy({ $0 >= 48 && $0 <= 57 }), let y = Int64(String(decoding: digits, as: UTF8.self)) else { failure = .bad; break }
                t.year = y
            case .month, .longMonth:
                guard let (m, rest) = TimeParser.lookup(GoCivilDate.longMonthNames, short: element == .month, v) else { failure = .bad; break }
                t.month = m + 1; v = rest
            case .numMonth, .zeroMonth:
                guard let m = number(fixed: element == .zeroMonth) else { break }
                t.month = m
                if m <= 0 || m > 12 { failure = .range("month") }
            case .weekDay, .longWeekDay:
                guard let (_, rest) = TimeParser.lookup(GoCivilDate.longDayNames, short: element == .weekDay, v) else { failure = .bad; break }
                v = rest
            case .day, .underDay, .zeroDay:
                if element == .underDay && v.first == UInt8(ascii: " ") { v = v.dropFirst() }
                guard let d = number(fixed: element == .zeroDay) else { break }
                t.day = d
            case .underYearDay, .zeroYearDay:
                for _ in 0..<2 where element == .underYearDay && v.first == UInt8(ascii: " ") { v = v.dropFirst() }
                guard let (d, rest) = TimeParser.getNumber3(v, fixed: element == .zeroYearDay) else { failure = .bad; break }
                t.yearDay = d; v = rest
            case .hour:
                guard let h = number(fixed: false) else { break }
                t.hour = h
                if h < 0 || h >= 24 { failure = .range("hour") }
            case .hour12, .zeroHour12:
                guard let h = number(fixed: element == .zeroHour12) else { break }
                t.hour = h
                if h < 0 || h > 12 { failure = .range("hour") }
            case .minute, .zeroMinute:
                guard let m = number(fixed: element == .zeroMinute) else { break }
                t.minute = m
                if m < 0 || m >= 60 { failure = .range("minute") }
            case .second, .zeroSecond:
                guard let s = number(fixed: element == .zeroSecond) else { break }
                t.second = s
                if s < 0 || s >= 60 { failure = .range("second"); break }
                // A fraction in the input with none in the layout is still accepted.
                if v.count >= 2, TimeParser.isSeparator(v[v.startIndex]), TimeParser.isDigit(v, 1) {
                    if let (_, nextElement, _) = GoTimeLayout.nextElement(layout, from: pos), case .fraction = nextElement { break }
                    var n = 2
                    while TimeParser.isDigit(v, n) { n += 1 }
                    switch TimeParser.nanoseconds(v, n) {
                    case .success(let ns): t.nanosecond = ns
                    case .failure(let f): failure = f
                    }
                    v = v.dropFirst(n)
                }
            case .upperPM, .lowerPM:
                if v.count < 2 { failure = .bad; break }
                let p = String(decoding: v.prefix(2), as: UTF8.self)
                v = v.dropFirst(2)
                let (pmText, amText) = element == .upperPM ? ("PM", "AM") : ("pm", "am")
                if p == pmText { pm = true } else if p == amText { am = true } else { failure = .bad }
            case .iso8601(let shape), .numeric(let shape):
                if case .iso8601 = element, shape == .hhmm || shape == .hh || shape == .colonHHMM, v.first == UInt8(ascii: "Z") {
                    v = v.dropFirst()
                    t.utc = true
                    break
                }
                let b = Array(v)
                var sign: UInt8 = 0, hh: ArraySlice<UInt8> = [], mm: ArraySlice<UInt8> = ArraySlice("00".utf8), ss: ArraySlice<UInt8> = ArraySlice("00".utf8)
                var used = 0
                switch shape {
                case .colonHHMM:
                    if b.count < 6 || b[3] != UInt8(ascii: ":") { failure = .bad; break }
                    sign = b[0]; hh = b[1..<3]; mm = b[4..<6]; used = 6
                case .hh:
                    if b.count < 3 { failure = .bad; break }
                    sign = b[0]; hh = b[1..<3]; used = 3
                case .colonHHMMSS:
                    if b.count < 9 || b[3] != UInt8(ascii: ":") || b[6] != UInt8(ascii: ":") { failure = .bad; break }
                    sign = b[0]; hh = b[1..<3]; mm = b[4..<6]; ss = b[7..<9]; used = 9
                case .hhmmss:
                    if b.count < 7 { failure = .bad; break }
                    sign = b[0]; hh = b[1..<3]; mm = b[3..<5]; ss = b[5..<7]; used = 7
                case .hhmm:
                    if b.count < 5 { failure = .bad; break }
                    sign = b[0]; hh = b[1..<3]; mm = b[3..<5]; used = 5
                }
                if failure != nil { break }
                v = v.dropFirst(used)
                guard let h = TimeParser.getNumber(hh, fixed: true)?.0, let m = TimeParser.getNumber(mm, fixed: true)?.0,
                      let s = TimeParser.getNumber(ss, fixed: true)?.0 else { failure = .bad; break }
                // Offsets of 24 hours or 60 minutes/seconds are written by some, so only larger fail.
                if h > 24 { failure = .range("time zone offset hour") }
                if m > 60 { failure = .range("time zone offset minute") }
                if s > 60 { failure = .range("time zone offset second") }
                var offset = (h * 60 + m) * 60 + s
                if sign == UInt8(ascii: "-") { offset = -offset } else if sign != UInt8(ascii: "+") { failure = failure ?? .bad; break }
                t.zoneOffset = offset
            case .zoneName:
                if v.starts(with: "UTC".utf8) {
                    t.utc = true
                    v = v.dropFirst(3)
                    break
                }
                guard let n = TimeParser.timeZoneLength(v) else { failure = .bad; break }
                t.zoneName = String(decoding: v.prefix(n), as: UTF8.self)
                v = v.dropFirst(n)
            case .fraction(let digits, let trim, _):
                if !trim {
                    // ".000" needs exactly that many digits.
                    let n = 1 + digits
                    if v.count < n { failure = .bad; break }
                    switch TimeParser.nanoseconds(v, n) {
                    case .success(let ns): t.nanosecond = ns
                    case .failure(let f): failure = f
                    }
                    v = v.dropFirst(n)
                } else {
                    // ".999" accepts an absent fraction, or any number of digits.
                    guard v.count >= 2, TimeParser.isSeparator(v[v.startIndex]), TimeParser.isDigit(v, 1) else { break }
                    var i = 1
                    while TimeParser.isDigit(v, i + 1) { i += 1 }
                    switch TimeParser.nanoseconds(v, 1 + i) {
                    case .success(let ns): t.nanosecond = ns
                    case .failure(let f): failure = f
                    }
                    v = v.dropFirst(1 + i)
                }
            }
            switch failure {
            case .range(let what): return .failure(error(layoutElem, v, ": \(what) out of range"))
            // The reported value element is the text where this field began (Go 1.20 and later).
            case .bad: return .failure(error(layoutElem, hold))
            case nil: break
            }
        }
        if pm && t.hour < 12 { t.hour += 12 } else if am && t.hour == 12 { t.hour = 0 }
        if t.yearDay >= 0 {
            var yd = t.yearDay, m = 0, d = 0
            if GoCivilDate.isLeap(t.year) {
                if yd == 31 + 29 { m = 2; d = 29 } else if yd > 31 + 29 { yd -= 1 }
            }
            if yd < 1 || yd > 365 { return .failure(error([], v, ": day-of-year out of range")) }
            if m == 0 {
                m = (yd - 1) / 31 + 1
                if GoCivilDate.daysBeforeMonth[m] < yd { m += 1 }
                d = yd - GoCivilDate.daysBeforeMonth[m - 1]
            }
            if t.month >= 0 && t.month != m { return .failure(error([], v, ": day-of-year does not match month")) }
            t.month = m
            if t.day >= 0 && t.day != d { return .failure(error([], v, ": day-of-year does not match day")) }
            t.day = d
        } else {
            if t.month < 0 { t.month = 1 }
            if t.day < 0 { t.day = 1 }
        }
        if t.day < 1 || t.day > GoCivilDate.daysIn(month: t.month, year: t.year) {
            return .failure(error([], v, ": day out of range"))
        }
        return .success(t)
    }
}
