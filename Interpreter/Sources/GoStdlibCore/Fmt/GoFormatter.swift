/// The state of one `fmt` verb (flags, width, precision) and the primitive formatting routines
/// that honour it, writing into a byte buffer — Go's internal `fmt.fmt` type.
///
/// The interpreter's printer drives it: it sets the flags for a verb (via `GoPrintf`), then
/// formats primitives with the methods here and composite values with its own code that
/// reuses `pad`/`writePadding`, so every value sees the same width and flag rules.
public struct GoFormatter: Sendable {
    public var output: [UInt8] = []

    // Flags of the current verb.
    public var plus = false
    public var minus = false
    public var sharp = false
    public var space = false
    public var zero = false
    /// `%+v`: print struct field names (moved from `plus` for the verb v).
    public var plusV = false
    /// `%#v`: Go syntax (moved from `sharp` for the verb v).
    public var sharpV = false
    public var width = 0
    public var widthPresent = false
    public var precision = 0
    public var precisionPresent = false

    public init() {}

    public mutating func clearFlags() {
        plus = false; minus = false; sharp = false; space = false; zero = false
        plusV = false; sharpV = false
        width = 0; widthPresent = false; precision = 0; precisionPresent = false
    }

    public mutating func write(_ bytes: [UInt8]) { output.append(contentsOf: bytes) }
    public mutating func write(_ s: String) { output.append(contentsOf: s.utf8) }
    public mutating func write(byte b: UInt8) { output.append(b) }

    // MARK: Padding

    /// Appends n padding bytes: zeros when the zero flag is set (never on the right), spaces otherwise.
    public mutating func writePadding(_ n: Int) {
        guard n > 0 else { return }
        output.append(contentsOf: repeatElement(zero && !minus ? UInt8(ascii: "0") : UInt8(ascii: " "), count: n))
    }

    /// Appends `b` padded to the width (counted in runes) on the side the minus flag selects.
    public mutating func pad<C: Collection>(_ b: C) where C.Element == UInt8 {
        if !widthPresent || width == 0 { output.append(contentsOf: b); return }
        let fill = width - GoFormatter.runeCount(b)
        if minus {
            output.append(contentsOf: b); writePadding(fill)
        } else {
            writePadding(fill); output.append(contentsOf: b)
        }
    }

    public mutating func padString(_ s: String) { pad(Array(s.utf8)) }

    static func runeCount<C: Collection>(_ b: C) -> Int where C.Element == UInt8 {
        var n = 0
        for byte in b where byte & 0xC0 != 0x80 { n += 1 }
        // Continuation bytes without a lead byte are runes of their own in Go's count.
        if n == b.count { return n }
        return Array(b).withUnsafeBufferPointer { GoUTF8.runeCount($0) }
    }

    /// Runs `body` with the zero flag off (numbers handle zero padding as precision instead).
    mutating func withoutZeroPadding(_ body: (inout GoFormatter) -> Void) {
        let old = zero
        zero = false
        body(&self)
        zero = old
    }

    // MARK: Booleans

    public mutating func formatBoolean(_ v: Bool) { padString(v ? "true" : "false") }

    // MARK: Integers

    static let lowerDigits: [UInt8] = Array("0123456789abcdefx".utf8)
    static let upperDigits: [UInt8] = Array("0123456789ABCDEFX".utf8)

    /// Go's `fmtInteger`: sign, base prefix for '#', precision or zero-flag as leading zeros.
    public mutating func formatInteger(_ value: UInt64, base: Int, signed: Bool, verb: GoRune, upper: Bool = false) {
        // Fast path for the overwhelmingly common plain %d / %v.
        if base == 10 && !widthPresent && !precisionPresent && !plus && !space {
            if signed { GoStrconv.appendInt(&output, Int64(bitPattern: value), base: 10) } else { GoStrconv.appendUint(&output, value, base: 10) }
            return
        }
        let negative = signed && Int64(bitPattern: value) < 0
        var u = negative ? 0 &- value : value
        let digits = upper ? GoFormatter.upperDigits : GoFormatter.lowerDigits
        var leadingZeros = 0
        if precisionPresent {
            leadingZeros = precision
            if precision == 0 && u == 0 {
                // Precision 0 and value 0 print nothing but padding.
                withoutZeroPadding { $0.writePadding($0.width) }
                return
            }
        } else if zero && !minus && widthPresent {
            leadingZeros = width
            if negative || plus || space { leadingZeros -= 1 }   // room for the sign
        }
        var buf: [UInt8] = []
        buf.reserveCapacity(max(24, leadingZeros + 4))
        let b = UInt64(base)
        repeat {
            buf.append(digits[Int(u % b)])
            u /= b
        } while u > 0
        while buf.count < leadingZeros { buf.append(UInt8(ascii: "0")) }
        if sharp {
            switch base {
            case 2: buf.append(UInt8(ascii: "b")); buf.append(UInt8(ascii: "0"))
            case 8: if buf.last != UInt8(ascii: "0") { buf.append(UInt8(ascii: "0")) }
            case 16: buf.append(digits[16]); buf.append(UInt8(ascii: "0"))
            default: break
            }
        }
        if verb == GoRune(UInt8(ascii: "O")) { buf.append(UInt8(ascii: "o")); buf.append(UInt8(ascii: "0")) }
        if negative { buf.append(UInt8(ascii: "-")) }
        else if plus { buf.append(UInt8(ascii: "+")) }
        else if space { buf.append(UInt8(ascii: " ")) }
        buf.reverse()
        withoutZeroPadding { $0.pad(buf) }
    }

    /// Hexadecimal with or without a 0x prefix regardless of the sharp flag (pointers, %#v).
    public mutating func format0x64(_ value: UInt64, leading0x: Bool) {
        let old = sharp
        sharp = leading0x
        formatInteger(value, base: 16, signed: false, verb: GoRune(UInt8(ascii: "v")))
        sharp = old
    }

    /// `%U`: U+0041, and with '#' also the quoted character: U+0041 'A'.
    public mutating func formatUnicode(_ value: UInt64) {
        var minDigits = 4
        if precisionPresent && precision > 4 { minDigits = precision }
        var hex: [UInt8] = []
        var u = value
        repeat { hex.append(GoFormatter.upperDigits[Int(u & 0xF)]); u >>= 4 } while u > 0
        while hex.count < minDigits { hex.append(UInt8(ascii: "0")) }
        var buf: [UInt8] = [UInt8(ascii: "U"), UInt8(ascii: "+")]
        buf.append(contentsOf: hex.reversed())
        if sharp && value <= UInt64(GoUTF8.maxRune) && GoStrconv.isPrint(GoRune(value)) {
            buf.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: "'")])
            GoUTF8.appendRune(GoRune(value), to: &buf)
            buf.append(UInt8(ascii: "'"))
        }
        withoutZeroPadding { $0.pad(buf) }
    }

    /// `%c`: the character (U+FFFD for values beyond the Unicode range).
    public mutating func formatCharacter(_ value: UInt64) {
        let r = value > UInt64(GoUTF8.maxRune) ? GoUTF8.runeError : GoRune(value)
        pad(GoUTF8.encodeRune(r))
    }

    /// `%q` on an integer: a single-quoted character literal ('+' forces ASCII escapes).
    public mutating func formatQuotedCharacter(_ value: UInt64) {
        let r = value > UInt64(GoUTF8.maxRune) ? GoUTF8.runeError : GoRune(value)
        var buf: [UInt8] = []
        GoStrconv.appendQuotedRune(&buf, r, mode: plus ? .asciiOnly : .printable)
        pad(buf)
    }

    // MARK: Strings

    /// The prefix of `s` holding at most `precision` runes, when a precision is set.
    func truncated(_ s: [UInt8]) -> ArraySlice<UInt8> {
        guard precisionPresent else { return s[...] }
        var runes = 0, i = 0
        while i < s.count {
            if runes == precision { return s[..<i] }
            i += s[i] < 0x80 ? 1 : GoUTF8.decodeRune(s, at: i).size
            runes += 1
        }
        return s[...]
    }

    /// `%s`
    public mutating func formatString(_ s: [UInt8]) { pad(truncated(s)) }

    /// `%q`: a double-quoted Go literal, or backquoted with '#' when possible; '+' escapes non-ASCII.
    public mutating func formatQuoted(_ s: [UInt8]) {
        let t = Array(truncated(s))
        if sharp && GoStrconv.canBackquote(t) {
            var buf: [UInt8] = [UInt8(ascii: "`")]
            buf.append(contentsOf: t)
            buf.append(UInt8(ascii: "`"))
            pad(buf)
            return
        }
        var buf: [UInt8] = []
        buf.reserveCapacity(t.count + 2)
        GoStrconv.appendQuoted(&buf, t, mode: plus ? .asciiOnly : .printable)
        pad(buf)
    }

    /// `%x` / `%X` on strings and byte slices; ' ' separates bytes, '#' adds 0x prefixes.
    public mutating func formatHexBytes(_ s: [UInt8], upper: Bool) {
        let digits = upper ? GoFormatter.upperDigits : GoFormatter.lowerDigits
        var length = s.count
        if precisionPresent && precision < length { length = precision }
        var encodedWidth = 2 * length
        if encodedWidth > 0 {
            if space {
                if sharp { encodedWidth *= 2 }
                encodedWidth += length - 1
            } else if sharp {
                encodedWidth += 2
            }
        } else {
            if widthPresent { writePadding(width) }
            return
        }
        if widthPresent && width > encodedWidth && !minus { writePadding(width - encodedWidth) }
        if sharp { output.append(UInt8(ascii: "0")); output.append(digits[16]) }
        for i in 0..<length {
            if space && i > 0 {
                output.append(UInt8(ascii: " "))
                if sharp { output.append(UInt8(ascii: "0")); output.append(digits[16]) }
            }
            output.append(digits[Int(s[i] >> 4)])
            output.append(digits[Int(s[i] & 0xF)])
        }
        if widthPresent && width > encodedWidth && minus { writePadding(width - encodedWidth) }
    }

    // MARK: Floats

    /// Go's `fmtFloat`: strconv output plus sign, space, '#' and zero-padding rules.
    /// `verb` is a strconv format byte ('e','f','g','b','x',…); `defaultPrecision` applies
    /// when the verb has no explicit precision.
    public mutating func formatFloat(_ v: Double, bitSize: Int, verb: UInt8, defaultPrecision: Int) {
        let prec = precisionPresent ? precision : defaultPrecision
        var num: [UInt8] = [UInt8(ascii: "+")]
        GoStrconv.appendFloat(&num, v, format: verb, precision: prec, bitSize: bitSize)
        if num[1] == UInt8(ascii: "-") || num[1] == UInt8(ascii: "+") { num.removeFirst() }
        if space && num[0] == UInt8(ascii: "+") && !plus { num[0] = UInt8(ascii: " ") }
        if num[1] == UInt8(ascii: "I") || num[1] == UInt8(ascii: "N") {
            // Infinities and NaN are never zero padded; NaN only shows a sign when asked.
            if num[1] == UInt8(ascii: "N") && !space && !plus { num.removeFirst() }
            withoutZeroPadding { $0.pad(num) }
            return
        }
        if sharp && verb != UInt8(ascii: "b") {
            applyAlternateFloatForm(&num, verb: verb, precision: prec)
        }
        if plus || num[0] != UInt8(ascii: "+") {
            // With zero padding the sign goes before the zeros.
            if zero && !minus && widthPresent && width > num.count {
                output.append(num[0])
                writePadding(width - num.count)
                output.append(contentsOf: num[1...])
                return
            }
            pad(num)
            return
        }
        pad(num[1...])
    }

    /// '#' keeps a decimal point and, for %g/%x, trailing zeros up to the precision.
    private func applyAlternateFloatForm(_ num: inout [UInt8], verb: UInt8, precision: Int) {
        var digits = 0
        switch verb {
        case UInt8(ascii: "v"), UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "x"):
            digits = precision == -1 ? 6 : precision
        default: break
        }
        var tail: [UInt8] = []
        var hasDecimalPoint = false, sawNonzeroDigit = false
        var i = 1
        while i < num.count {
            let c = num[i]
            if c == UInt8(ascii: ".") {
                hasDecimalPoint = true
            } else if c == UInt8(ascii: "p") || c == UInt8(ascii: "P")
                        || ((c == UInt8(ascii: "e") || c == UInt8(ascii: "E")) && verb != UInt8(ascii: "x") && verb != UInt8(ascii: "X")) {
                tail = Array(num[i...])
                num.removeSubrange(i...)
                break
            } else {
                if c != UInt8(ascii: "0") { sawNonzeroDigit = true }
                if sawNonzeroDigit { digits -= 1 }
            }
            i += 1
        }
        if !hasDecimalPoint {
            if num.count == 2 && num[1] == UInt8(ascii: "0") { digits -= 1 }   // a lone 0 counts once
            num.append(UInt8(ascii: "."))
        }
        while digits > 0 { num.append(UInt8(ascii: "0")); digits -= 1 }
        num.append(contentsOf: tail)
    }
}
