/// Go's `time.Duration` text forms: `String()` ("1h2m3.5s", "1.5µs", "0s") and `ParseDuration`.
public enum GoDuration {
    public static let nanosecond: Int64 = 1
    public static let microsecond: Int64 = 1000
    public static let millisecond: Int64 = 1_000_000
    public static let second: Int64 = 1_000_000_000
    public static let minute: Int64 = 60 * second
    public static let hour: Int64 = 60 * minute

    public static func string(_ d: Int64) -> String {
        if d == 0 { return "0s" }
        var u = d.magnitude
        var out: [UInt8] = []   // built backwards
        if u < UInt64(second) {
            // Below a second: a smaller unit with a fraction, e.g. 1.2ms.
            let prec: Int
            out.append(UInt8(ascii: "s"))
            if u < UInt64(microsecond) { prec = 0; out.append(UInt8(ascii: "n")) }
            else if u < UInt64(millisecond) { prec = 3; out.append(contentsOf: [0xB5, 0xC2]) }   // "µ" reversed
            else { prec = 6; out.append(UInt8(ascii: "m")) }
            u = appendFraction(&out, u, prec)
            appendInteger(&out, u)
        } else {
            out.append(UInt8(ascii: "s"))
            u = appendFraction(&out, u, 9)
            appendInteger(&out, u % 60)
            u /= 60
            if u > 0 {
                out.append(UInt8(ascii: "m"))
                appendInteger(&out, u % 60)
                u /= 60
                // Hours are the largest unit: days vary in length.
                if u > 0 { out.append(UInt8(ascii: "h")); appendInteger(&out, u) }
            }
        }
        if d < 0 { out.append(UInt8(ascii: "-")) }
        return String(decoding: out.reversed(), as: UTF8.self)
    }

    /// Appends (reversed) the fraction of v / 10^prec without trailing zeros, and the point
    /// if any digit remains; returns the integer part.
    private static func appendFraction(_ out: inout [UInt8], _ v: UInt64, _ prec: Int) -> UInt64 {
        var v = v, printed = false
        for _ in 0..<prec {
            let digit = v % 10
            printed = printed || digit != 0
            if printed { out.append(UInt8(48 + digit)) }
            v /= 10
        }
        if printed { out.append(UInt8(ascii: ".")) }
        return v
    }

    private static func appendInteger(_ out: inout [UInt8], _ v: UInt64) {
        var v = v
        repeat { out.append(UInt8(48 + v % 10)); v /= 10 } while v > 0
    }

    /// Go's error text for a rejected duration.
    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        public var description: String
    }

    static let units: [String: UInt64] = [
        "ns": 1, "us": 1000, "\u{00B5}s": 1000, "\u{03BC}s": 1000, "ms": 1_000_000,
        "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
    ]

    /// Parses "300ms", "-1.5h", "2h45m"; units ns, us (µs, μs), ms, s, m, h.
    public static func parse(_ text: String) -> (Int64, ParseError?) {
        let orig = Array(text.utf8)
        let invalid = ParseError(description: "time: invalid duration " + GoTime.quote(orig))
        var s = orig[...]
        var negative = false
        if let c = s.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") { negative = c == UInt8(ascii: "-"); s = s.dropFirst() }
        if s.elementsEqual("0".utf8) { return (0, nil) }
        if s.isEmpty { return (0, invalid) }
        let limit: UInt64 = 1 << 63
        var total: UInt64 = 0
        func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        while let c = s.first {
            guard c == UInt8(ascii: ".") || isDigit(c) else { return (0, invalid) }
            // Integer part.
            var v: UInt64 = 0
            let before = s.count
            while let d = s.first, isDigit(d) {
                if v > limit / 10 { return (0, invalid) }
                v = v * 10 + UInt64(d - 48)
                if v > limit { return (0, invalid) }
                s = s.dropFirst()
            }
            let sawInteger = s.count != before
            // Fraction: digits beyond what fits are ignored.
            var f: UInt64 = 0, scale: Double = 1, sawFraction = false
            if s.first == UInt8(ascii: ".") {
                s = s.dropFirst()
                let start = s.count
                var overflow = false
                while let d = s.first, isDigit(d) {
                    s = s.dropFirst()
                    if overflow { continue }
                    if f > (limit - 1) / 10 { overflow = true; continue }
                    let y = f * 10 + UInt64(d - 48)
                    if y > limit { overflow = true; continue }
                    f = y
                    scale *= 10
                }
                sawFraction = s.count != start
            }
            if !sawInteger && !sawFraction { return (0, invalid) }
            let unitBytes = s.prefix { $0 != UInt8(ascii: ".") && !isDigit($0) }
            if unitBytes.isEmpty {
                return (0, ParseError(description: "time: missing unit in duration " + GoTime.quote(orig)))
            }
            s = s.dropFirst(unitBytes.count)
            guard let unit = units[String(decoding: unitBytes, as: UTF8.self)] else {
                return (0, ParseError(description: "time: unknown unit " + GoTime.quote(Array(unitBytes)) + " in duration " + GoTime.quote(orig)))
            }
            if v > limit / unit { return (0, invalid) }
            v *= unit
            if f > 0 {
                // Double keeps nanosecond accuracy for fractions of the largest unit.
                v += UInt64(Double(f) * (Double(unit) / scale))
                if v > limit { return (0, invalid) }
            }
            total += v
            if total > limit { return (0, invalid) }
        }
        if negative { return (Int64(bitPattern: 0 &- total), nil) }
        if total > limit - 1 { return (0, invalid) }
        return (Int64(total), nil)
    }
}
