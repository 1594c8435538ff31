/// Go's `ParseComplex`: "N", "Ni" or "N±Ni", optionally in parentheses, each N a float as
/// ParseFloat reads it (including Inf and NaN). A part out of range gives ±Inf and a range
/// error that is reported only if the rest of the input is valid.
extension GoStrconv {
    public static func parseComplex(_ s: [UInt8], bitSize: Int) -> (real: Double, imaginary: Double, error: GoNumError?) {
        let partBits = bitSize == 64 ? 32 : 64
        let syntax = GoNumError(function: "ParseComplex", input: s, reason: .syntax)
        var rest = s[...]
        if rest.count >= 2, rest.first == UInt8(ascii: "("), rest.last == UInt8(ascii: ")") {
            rest = rest.dropFirst().dropLast()
        }
        var pending: GoNumError? = nil
        guard let first = parseFloatPrefix(rest, bitSize: partBits) else { return (0, 0, syntax) }
        if first.outOfRange { pending = GoNumError(function: "ParseComplex", input: s, reason: .range) }
        rest = rest.dropFirst(first.length)
        if rest.isEmpty { return (first.value, 0, pending) }
        switch rest.first! {
        case UInt8(ascii: "+"):
            // Keep a doubled sign so that "1++2i" stays an error.
            if rest.count > 1 && rest[rest.startIndex + 1] != UInt8(ascii: "+") { rest = rest.dropFirst() }
        case UInt8(ascii: "-"):
            break
        case UInt8(ascii: "i") where rest.count == 1:
            return (0, first.value, pending)
        default:
            return (0, 0, syntax)
        }
        guard let second = parseFloatPrefix(rest, bitSize: partBits) else { return (0, 0, syntax) }
        if second.outOfRange && pending == nil { pending = GoNumError(function: "ParseComplex", input: s, reason: .range) }
        rest = rest.dropFirst(second.length)
        guard rest.count == 1, rest.first == UInt8(ascii: "i") else { return (0, 0, syntax) }
        return (first.value, second.value, pending)
    }

    /// The longest float at the start of `s`: its value, how many bytes it used, and whether it
    /// overflowed. Nil when `s` does not start with a float.
    static func parseFloatPrefix(_ s: ArraySlice<UInt8>, bitSize: Int) -> (value: Double, length: Int, outOfRange: Bool)? {
        if let special = specialFloatPrefix(s) { return (special.value, special.length, false) }
        guard let literal = FloatLiteral(Array(s)), literal.length > 0 else { return nil }
        if literal.sawUnderscore && !underscoresAreValid(s.prefix(literal.length)) { return nil }
        let format: BinaryFormat = bitSize == 32 ? .binary32 : .binary64
        let (magnitude, overflow) = literal.isHex ? literal.hexValue(format) : literal.decimalValue(format)
        return (literal.negative ? -magnitude : magnitude, literal.length, overflow)
    }

    /// "inf"/"infinity" (optionally signed) or "nan" at the start, any case. Only "inf" is
    /// consumed from a partial "infinity".
    static func specialFloatPrefix(_ s: ArraySlice<UInt8>) -> (value: Double, length: Int)? {
        guard let c = s.first else { return nil }
        var body = s, signLength = 0, negative = false
        if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            negative = c == UInt8(ascii: "-"); signLength = 1
            body = s.dropFirst()
        } else if lower(c) == UInt8(ascii: "n") {
            return commonPrefixLength(body, "nan") == 3 ? (.nan, 3) : nil
        }
        var n = commonPrefixLength(body, "infinity")
        if n > 3 && n < 8 { n = 3 }
        guard n == 3 || n == 8 else { return nil }
        return (negative ? -.infinity : .infinity, signLength + n)
    }

    /// How many leading bytes of `s` match `word` ignoring ASCII case.
    static func commonPrefixLength(_ s: ArraySlice<UInt8>, _ word: String) -> Int {
        var n = 0
        for (a, b) in zip(s, word.utf8) {
            guard lower(a) == b else { break }
            n += 1
        }
        return n
    }
}
