/// The elements of a Go time layout ("Mon Jan 2 15:04:05 MST 2006") and the tokenizer that
/// finds them, shared by formatting and parsing.
public enum GoTimeLayout {
    public static let layout = "01/02 03:04:05PM '06 -0700"
    public static let ansic = "Mon Jan _2 15:04:05 2006"
    public static let unixDate = "Mon Jan _2 15:04:05 MST 2006"
    public static let rubyDate = "Mon Jan 02 15:04:05 -0700 2006"
    public static let rfc822 = "02 Jan 06 15:04 MST"
    public static let rfc822Z = "02 Jan 06 15:04 -0700"
    public static let rfc850 = "Monday, 02-Jan-06 15:04:05 MST"
    public static let rfc1123 = "Mon, 02 Jan 2006 15:04:05 MST"
    public static let rfc1123Z = "Mon, 02 Jan 2006 15:04:05 -0700"
    public static let rfc3339 = "2006-01-02T15:04:05Z07:00"
    public static let rfc3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
    public static let kitchen = "3:04PM"
    public static let stamp = "Jan _2 15:04:05"
    public static let stampMilli = "Jan _2 15:04:05.000"
    public static let stampMicro = "Jan _2 15:04:05.000000"
    public static let stampNano = "Jan _2 15:04:05.000000000"
    public static let dateTime = "2006-01-02 15:04:05"
    public static let dateOnly = "2006-01-02"
    public static let timeOnly = "15:04:05"

    enum Element: Equatable {
        case longMonth, month, numMonth, zeroMonth          // January Jan 1 01
        case longWeekDay, weekDay                           // Monday Mon
        case day, underDay, zeroDay                         // 2 _2 02
        case underYearDay, zeroYearDay                      // __2 002
        case hour, hour12, zeroHour12                       // 15 3 03
        case minute, zeroMinute, second, zeroSecond         // 4 04 5 05
        case longYear, year                                 // 2006 06
        case upperPM, lowerPM                               // PM pm
        case zoneName                                       // MST
        case iso8601(NumericZone), numeric(NumericZone)     // Z07:00 … / -07:00 …
        /// ".000" / ",999": digits count, trailing zeros trimmed for 9s, separator byte.
        case fraction(digits: Int, trim: Bool, separator: UInt8)
    }

    /// Shapes of numeric zone offsets: -0700, -07:00, -07, -070000, -07:00:00.
    enum NumericZone: Equatable { case hhmm, colonHHMM, hh, hhmmss, colonHHMMSS }

    /// Finds the first element: returns the literal prefix length, the element, and the
    /// index just past it; nil when the rest of the layout is literal text.
    static func nextElement(_ l: [UInt8], from start: Int) -> (prefixEnd: Int, element: Element, next: Int)? {
        func has(_ i: Int, _ s: String) -> Bool {
            let b = Array(s.utf8)
            return i + b.count <= l.count && Array(l[i..<(i + b.count)]) == b
        }
        func lowerAt(_ i: Int) -> Bool { i < l.count && l[i] >= UInt8(ascii: "a") && l[i] <= UInt8(ascii: "z") }
        func digitAt(_ i: Int) -> Bool { i < l.count && l[i] >= 48 && l[i] <= 57 }
        var i = start
        while i < l.count {
            switch l[i] {
            case UInt8(ascii: "J"):
                if has(i, "January") { return (i, .longMonth, i + 7) }
                if has(i, "Jan") && !lowerAt(i + 3) { return (i, .month, i + 3) }
            case UInt8(ascii: "M"):
                if has(i, "Monday") { return (i, .longWeekDay, i + 6) }
                if has(i, "Mon") && !lowerAt(i + 3) { return (i, .weekDay, i + 3) }
                if has(i, "MST") { return (i, .zoneName, i + 3) }
            case UInt8(ascii: "0"):
                if i + 1 < l.count && l[i + 1] >= UInt8(ascii: "1") && l[i + 1] <= UInt8(ascii: "6") {
                    let e: [Element] = [.zeroMonth, .zeroDay, .zeroHour12, .zeroMinute, .zeroSecond, .year]
                    return (i, e[Int(l[i + 1] - UInt8(ascii: "1"))], i + 2)
                }
                if has(i, "002") { return (i, .zeroYearDay, i + 3) }
            case UInt8(ascii: "1"):
                if has(i, "15") { return (i, .hour, i + 2) }
                return (i, .numMonth, i + 1)
            case UInt8(ascii: "2"):
                if has(i, "2006") { return (i, .longYear, i + 4) }
                return (i, .day, i + 1)
            case UInt8(ascii: "_"):
                if has(i, "_2") {
                    // "_2006" is a literal underscore followed by the long year.
                    if has(i + 1, "2006") { return (i + 1, .longYear, i + 5) }
                    return (i, .underDay, i + 2)
                }
                if has(i, "__2") { return (i, .underYearDay, i + 3) }
            case UInt8(ascii: "3"): return (i, .hour12, i + 1)
            case UInt8(ascii: "4"): return (i, .minute, i + 1)
            case UInt8(ascii: "5"): return (i, .second, i + 1)
            case UInt8(ascii: "P"):
                if has(i, "PM") { return (i, .upperPM, i + 2) }
            case UInt8(ascii: "p"):
                if has(i, "pm") { return (i, .lowerPM, i + 2) }
            case UInt8(ascii: "-"):
                if has(i, "-070000") { return (i, .numeric(.hhmmss), i + 7) }
                if has(i, "-07:00:00") { return (i, .numeric(.colonHHMMSS), i + 9) }
                if has(i, "-0700") { return (i, .numeric(.hhmm), i + 5) }
                if has(i, "-07:00") { return (i, .numeric(.colonHHMM), i + 6) }
                if has(i, "-07") { return (i, .numeric(.hh), i + 3) }
            case UInt8(ascii: "Z"):
                if has(i, "Z070000") { return (i, .iso8601(.hhmmss), i + 7) }
                if has(i, "Z07:00:00") { return (i, .iso8601(.colonHHMMSS), i + 9) }
                if has(i, "Z0700") { return (i, .iso8601(.hhmm), i + 5) }
                if has(i, "Z07:00") { return (i, .iso8601(.colonHHMM), i + 6) }
                if has(i, "Z07") { return (i, .iso8601(.hh), i + 3) }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                // A run of 0s or 9s after the separator is a fractional second, unless more digits follow.
                if i + 1 < l.count && (l[i + 1] == UInt8(ascii: "0") || l[i + 1] == UInt8(ascii: "9")) {
                    let ch = l[i + 1]
                    var j = i + 1
                    while j < l.count && l[j] == ch { j += 1 }
                    if !digitAt(j) {
                        return (i, .fraction(digits: j - (i + 1), trim: ch == UInt8(ascii: "9"), separator: l[i]), j)
                    }
                }
            default:
                break
            }
            i += 1
        }
        return nil
    }
}
