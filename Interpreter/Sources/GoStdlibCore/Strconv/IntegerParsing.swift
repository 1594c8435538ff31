/// Go's `ParseInt`, `ParseUint`, `Atoi` with base prefixes, underscores and bit sizes.
///
/// Results are `(value, error)` pairs like Go's: on a range error the value is the clamped
/// extreme Go returns, on other errors it is 0.
extension GoStrconv {
    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { c | 0x20 }

    /// Underscores may only separate digits (a base prefix counts as a digit), as in Go literals.
    static func underscoresAreValid(_ s: ArraySlice<UInt8>) -> Bool {
        var s = s
        if let f = s.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { s = s.dropFirst() }
        var hex = false
        enum Seen { case start, digit, underscore, other }   // what preceded the current byte
        var seen = Seen.start
        if s.count >= 2, s.first == UInt8(ascii: "0") {
            let p = lower(s[s.startIndex + 1])
            if p == UInt8(ascii: "b") || p == UInt8(ascii: "o") || p == UInt8(ascii: "x") {
                s = s.dropFirst(2)
                seen = .digit
                hex = p == UInt8(ascii: "x")
            }
        }
        for c in s {
            let isDigit = (c >= 48 && c <= 57) || (hex && lower(c) >= UInt8(ascii: "a") && lower(c) <= UInt8(ascii: "f"))
            if isDigit { seen = .digit; continue }
            if c == UInt8(ascii: "_") {
                if seen != .digit { return false }
                seen = .underscore
                continue
            }
            if seen == .underscore { return false }
            seen = .other
        }
        return seen != .underscore
    }

    public static func parseUint(_ s: [UInt8], base: Int, bitSize: Int) -> (UInt64, GoNumError?) {
        parseUint(s, base: base, bitSize: bitSize, function: "ParseUint")
    }

    static func parseUint(_ s0: [UInt8], base: Int, bitSize: Int, function: String) -> (UInt64, GoNumError?) {
        func fail(_ r: GoNumError.Reason) -> GoNumError { GoNumError(function: function, input: s0, reason: r) }
        if s0.isEmpty { return (0, fail(.syntax)) }
        let baseZero = base == 0
        var base = base
        var s = s0[...]
        if base == 0 {
            base = 10
            if s0[0] == UInt8(ascii: "0") {
                if s0.count >= 3 && lower(s0[1]) == UInt8(ascii: "b") { base = 2; s = s0[2...] }
                else if s0.count >= 3 && lower(s0[1]) == UInt8(ascii: "o") { base = 8; s = s0[2...] }
                else if s0.count >= 3 && lower(s0[1]) == UInt8(ascii: "x") { base = 16; s = s0[2...] }
                else { base = 8; s = s0[1...] }
            }
        } else if base < 2 || base > 36 {
            return (0, fail(.invalidBase(base)))
        }
        var bits = bitSize
        if bits == 0 { bits = intSize } else if bits < 0 || bits > 64 { return (0, fail(.invalidBitSize(bitSize))) }
        let maxValue: UInt64 = bits == 64 ? .max : (1 << UInt64(bits)) - 1
        let cutoff = UInt64.max / UInt64(base) + 1   // smallest n for which n*base overflows
        var sawUnderscore = false
        var n: UInt64 = 0
        for c in s {
            let d: UInt8
            if c == UInt8(ascii: "_") && baseZero { sawUnderscore = true; continue }
            else if c >= 48 && c <= 57 { d = c - 48 }
            else if lower(c) >= UInt8(ascii: "a") && lower(c) <= UInt8(ascii: "z") { d = lower(c) - UInt8(ascii: "a") + 10 }
            else { return (0, fail(.syntax)) }
            if Int(d) >= base { return (0, fail(.syntax)) }
            if n >= cutoff { return (maxValue, fail(.range)) }
            n *= UInt64(base)
            let (n1, overflow) = n.addingReportingOverflow(UInt64(d))
            if overflow || n1 > maxValue { return (maxValue, fail(.range)) }
            n = n1
        }
        if sawUnderscore && !underscoresAreValid(s0[...]) { return (0, fail(.syntax)) }
        return (n, nil)
    }

    public static func parseInt(_ s: [UInt8], base: Int, bitSize: Int) -> (Int64, GoNumError?) {
        parseInt(s, base: base, bitSize: bitSize, function: "ParseInt")
    }

    static func parseInt(_ s0: [UInt8], base: Int, bitSize: Int, function: String) -> (Int64, GoNumError?) {
        if s0.isEmpty { return (0, GoNumError(function: function, input: s0, reason: .syntax)) }
        var negative = false
        var digits = s0[...]
        if s0[0] == UInt8(ascii: "+") { digits = digits.dropFirst() }
        else if s0[0] == UInt8(ascii: "-") { negative = true; digits = digits.dropFirst() }
        let (magnitude, err) = parseUint(Array(digits), base: base, bitSize: bitSize, function: function)
        if let err, err.reason != .range {
            return (0, GoNumError(function: function, input: s0, reason: err.reason))
        }
        let bits = bitSize == 0 ? intSize : bitSize
        let cutoff: UInt64 = 1 << UInt64(bits - 1)
        let rangeError = GoNumError(function: function, input: s0, reason: .range)
        if !negative && magnitude >= cutoff { return (Int64(bitPattern: cutoff - 1), rangeError) }
        if negative && magnitude > cutoff { return (Int64(bitPattern: 0 &- cutoff), rangeError) }
        let n = Int64(bitPattern: magnitude)
        return (negative ? 0 &- n : n, nil)
    }

    /// Go's `Atoi`: `ParseInt(s, 10, 0)` reported as "Atoi".
    public static func atoi(_ s: [UInt8]) -> (Int, GoNumError?) {
        let (v, e) = parseInt(s, base: 10, bitSize: 0, function: "Atoi")
        return (Int(v), e)
    }

    public static func atoi(_ s: String) -> (Int, GoNumError?) { atoi(Array(s.utf8)) }
    public static func parseInt(_ s: String, base: Int, bitSize: Int) -> (Int64, GoNumError?) {
        parseInt(Array(s.utf8), base: base, bitSize: bitSize)
    }
    public static func parseUint(_ s: String, base: Int, bitSize: Int) -> (UInt64, GoNumError?) {
        parseUint(Array(s.utf8), base: base, bitSize: bitSize)
    }

    /// Go's `ParseBool`.
    public static func parseBool(_ s: [UInt8]) -> (Bool, GoNumError?) {
        switch String(decoding: s, as: UTF8.self) {
        case "1", "t", "T", "true", "TRUE", "True": return (true, nil)
        case "0", "f", "F", "false", "FALSE", "False": return (false, nil)
        default: return (false, GoNumError(function: "ParseBool", input: s, reason: .syntax))
        }
    }

    public static func parseBool(_ s: String) -> (Bool, GoNumError?) { parseBool(Array(s.utf8)) }
}
