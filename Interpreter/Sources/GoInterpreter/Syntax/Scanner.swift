// The lexer: bytes → tokens, with Go's automatic semicolon insertion and gc's error wording.

/// One token as the parser sees it.
public struct Lexeme: Sendable, Equatable {
    public var tok: Token
    public var pos: Pos
    /// Identifier name, literal source text, or for `;` one of "semicolon", "newline", "EOF".
    public var lit: String
}

public struct Scanner {
    public let file: SourceFile
    private let src: [UInt8]
    private var offset = 0           // read position
    private var insertSemi = false   // a newline now ends the statement
    public private(set) var errors: [Diagnostic] = []

    public init(file: SourceFile) {
        self.file = file
        self.src = file.bytes
        // A byte-order mark is allowed only as the very first character.
        if src.count >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF { offset = 3 }
    }

    private func pos(_ off: Int) -> Pos { file.pos(atOffset: off) }
    private mutating func error(at off: Int, _ msg: String) {
        errors.append(Diagnostic(pos: pos(off), message: msg))
    }
    private func peek(_ k: Int = 0) -> UInt8? {
        let i = offset + k
        return i < src.count ? src[i] : nil
    }

    /// Scans and returns the next token.
    public mutating func next() -> Lexeme {
        while true {
            // Skip white space (a newline only when it does not end a statement).
            while offset < src.count {
                let c = src[offset]
                if c == 0x20 || c == 0x09 || c == 0x0D || (c == 0x0A && !insertSemi) { offset += 1 } else { break }
            }
            let start = offset
            guard offset < src.count else {
                if insertSemi { insertSemi = false; return Lexeme(tok: .semicolon, pos: pos(start), lit: "EOF") }
                return Lexeme(tok: .eof, pos: pos(start), lit: "")
            }
            let c = src[offset]
            if isLetterByte(c) || (c >= 0x80 && isUnicodeLetterAt(offset)) {
                return scanIdentifier(start)
            }
            if isDecimal(c) || (c == UInt8(ascii: ".") && offset + 1 < src.count && isDecimal(src[offset + 1])) {
                insertSemi = true
                return scanNumber(start)
            }
            offset += 1
            var semi = false
            let tok: Token
            switch c {
            case 0x0A:
                insertSemi = false
                return Lexeme(tok: .semicolon, pos: pos(start), lit: "newline")
            case UInt8(ascii: "\""): insertSemi = true; return scanString(start)
            case UInt8(ascii: "`"): insertSemi = true; return scanRawString(start)
            case UInt8(ascii: "'"): insertSemi = true; return scanRune(start)
            case UInt8(ascii: "("): tok = .lparen
            case UInt8(ascii: "["): tok = .lbrack
            case UInt8(ascii: "{"): tok = .lbrace
            case UInt8(ascii: ","): tok = .comma
            case UInt8(ascii: ";"):
                insertSemi = false
                return Lexeme(tok: .semicolon, pos: pos(start), lit: "semicolon")
            case UInt8(ascii: ")"): tok = .rparen; semi = true
            case UInt8(ascii: "]"): tok = .rbrack; semi = true
            case UInt8(ascii: "}"): tok = .rbrace; semi = true
            case UInt8(ascii: ":"): tok = take("=") ? .define : .colon
            case UInt8(ascii: "."):
                if peek() == UInt8(ascii: ".") && peek(1) == UInt8(ascii: ".") { offset += 2; tok = .ellipsis } else { tok = .period }
            case UInt8(ascii: "+"):
                if take("+") { tok = .inc; semi = true } else { tok = take("=") ? .addAssign : .add }
            case UInt8(ascii: "-"):
                if take("-") { tok = .dec; semi = true } else { tok = take("=") ? .subAssign : .sub }
            case UInt8(ascii: "*"): tok = take("=") ? .mulAssign : .mul
            case UInt8(ascii: "/"):
                if peek() == UInt8(ascii: "/") {
                    // Line comment: skip to the newline, which then ends the statement if needed.
                    while offset < src.count && src[offset] != 0x0A { offset += 1 }
                    continue
                }
                if peek() == UInt8(ascii: "*") {
                    offset += 1
                    var sawNewline = false
                    var closed = false
                    while offset < src.count {
                        if src[offset] == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/") { offset += 2; closed = true; break }
                        if src[offset] == 0x0A { sawNewline = true }
                        offset += 1
                    }
                    if !closed { error(at: offset, "comment not terminated") }
                    // A comment spanning lines acts like a newline.
                    if sawNewline && insertSemi {
                        insertSemi = false
                        return Lexeme(tok: .semicolon, pos: pos(start), lit: "newline")
                    }
                    continue
                }
                tok = take("=") ? .quoAssign : .quo
            case UInt8(ascii: "%"): tok = take("=") ? .remAssign : .rem
            case UInt8(ascii: "^"): tok = take("=") ? .xorAssign : .xor
            case UInt8(ascii: "<"):
                if take("-") { tok = .arrow }
                else if take("<") { tok = take("=") ? .shlAssign : .shl }
                else { tok = take("=") ? .leq : .lss }
            case UInt8(ascii: ">"):
                if take(">") { tok = take("=") ? .shrAssign : .shr } else { tok = take("=") ? .geq : .gtr }
            case UInt8(ascii: "="): tok = take("=") ? .eql : .assign
            case UInt8(ascii: "!"): tok = take("=") ? .neq : .not
            case UInt8(ascii: "&"):
                if take("^") { tok = take("=") ? .andNotAssign : .andNot }
                else if take("&") { tok = .land }
                else { tok = take("=") ? .andAssign : .and }
            case UInt8(ascii: "|"):
                if take("|") { tok = .lor } else { tok = take("=") ? .orAssign : .or }
            case UInt8(ascii: "~"): tok = .tilde
            default:
                offset = start
                let (scalar, len) = decodeScalar(at: start)
                offset = start + len
                if scalar == nil {
                    error(at: start, "invalid UTF-8 encoding")
                } else if scalar!.value == 0xFEFF {
                    error(at: start, "invalid BOM in the middle of the file")
                } else if scalar!.value == 0 {
                    error(at: start, "invalid NUL character")
                } else {
                    error(at: start, "invalid character \(formatUnicode(scalar!.value, withChar: true))")
                }
                continue
            }
            insertSemi = semi
            return Lexeme(tok: tok, pos: pos(start), lit: "")
        }
    }

    private mutating func take(_ ch: Unicode.Scalar) -> Bool {
        if offset < src.count && src[offset] == UInt8(ascii: ch) { offset += 1; return true }
        return false
    }

    // MARK: identifiers

    private func isUnicodeLetterAt(_ off: Int) -> Bool {
        guard let s = decodeScalar(at: off).0 else { return false }
        return isUnicodeLetter(s)
    }

    private mutating func scanIdentifier(_ start: Int) -> Lexeme {
        while offset < src.count {
            let c = src[offset]
            if isLetterByte(c) || isDecimal(c) { offset += 1; continue }
            if c < 0x80 { break }
            let (s, len) = decodeScalar(at: offset)
            guard let s else { break }
            if isUnicodeLetter(s) || s.properties.generalCategory == .decimalNumber { offset += len; continue }
            break
        }
        let name = String(decoding: src[start..<offset], as: UTF8.self)
        if let kw = Token.keywords[name] {
            switch kw {
            case .kwBreak, .kwContinue, .kwFallthrough, .kwReturn: insertSemi = true
            default: insertSemi = false
            }
            return Lexeme(tok: kw, pos: pos(start), lit: name)
        }
        insertSemi = true
        return Lexeme(tok: .ident, pos: pos(start), lit: name)
    }

    // MARK: numbers

    /// Reads digits of `base` (and `_`); returns bit 1 if a digit was seen, bit 2 for `_`.
    /// Records the offset of the first digit too large for base (only for base <= 10).
    private mutating func digits(base: Int, invalid: inout Int) -> Int {
        var seen = 0
        while offset < src.count {
            let c = src[offset]
            if c == UInt8(ascii: "_") { seen |= 2 }
            else if base <= 10 && isDecimal(c) {
                if Int(c - UInt8(ascii: "0")) >= base && invalid < 0 { invalid = offset }
                seen |= 1
            } else if base == 16 && isHex(c) { seen |= 1 }
            else { break }
            offset += 1
        }
        return seen
    }

    private mutating func scanNumber(_ start: Int) -> Lexeme {
        var ok = true
        var tok = Token.int
        var base = 10
        var prefix: UInt8 = 0
        var digsep = 0
        var invalid = -1
        var seenPoint = false
        func baseName(_ b: Int) -> String {
            switch b { case 2: return "binary"; case 8: return "octal"; case 16: return "hexadecimal"; default: return "decimal" }
        }
        if src[offset] == UInt8(ascii: ".") {
            seenPoint = true
            offset += 1
        } else {
            if src[offset] == UInt8(ascii: "0") {
                offset += 1
                switch peek().map(lower) {
                case UInt8(ascii: "x"): offset += 1; base = 16; prefix = UInt8(ascii: "x")
                case UInt8(ascii: "o"): offset += 1; base = 8; prefix = UInt8(ascii: "o")
                case UInt8(ascii: "b"): offset += 1; base = 2; prefix = UInt8(ascii: "b")
                default: base = 8; prefix = UInt8(ascii: "0"); digsep = 1   // legacy octal; "0" itself is a digit
                }
            }
            digsep |= digits(base: base, invalid: &invalid)
            if peek() == UInt8(ascii: ".") {
                if prefix == UInt8(ascii: "o") || prefix == UInt8(ascii: "b") {
                    error(at: offset, "invalid radix point in \(baseName(base)) literal")
                    ok = false
                }
                offset += 1
                seenPoint = true
            }
        }
        if seenPoint {
            tok = .float
            digsep |= digits(base: base == 16 ? 16 : 10, invalid: &invalid)
        }
        if digsep & 1 == 0 && ok {
            error(at: offset, "\(baseName(base)) literal has no digits")
            ok = false
        }
        if let e = peek().map(lower), e == UInt8(ascii: "e") || e == UInt8(ascii: "p") {
            if ok {
                let ch = Character(Unicode.Scalar(src[offset]))
                if e == UInt8(ascii: "e") && prefix != 0 && prefix != UInt8(ascii: "0") {
                    error(at: offset, "'\(ch)' exponent requires decimal mantissa"); ok = false
                } else if e == UInt8(ascii: "p") && prefix != UInt8(ascii: "x") {
                    error(at: offset, "'\(ch)' exponent requires hexadecimal mantissa"); ok = false
                }
            }
            offset += 1
            tok = .float
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { offset += 1 }
            var ignored = -1
            let ds = digits(base: 10, invalid: &ignored)
            digsep = ds | (digsep & 2)
            if ds & 1 == 0 && ok { error(at: offset, "exponent has no digits"); ok = false }
        } else if prefix == UInt8(ascii: "x") && tok == .float && ok {
            error(at: offset, "hexadecimal mantissa requires a 'p' exponent"); ok = false
        }
        if peek() == UInt8(ascii: "i") { tok = .imag; offset += 1 }
        let text = String(decoding: src[start..<offset], as: UTF8.self)
        if tok == .int && invalid >= 0 && ok {
            let d = Character(Unicode.Scalar(src[invalid]))
            error(at: invalid, "invalid digit '\(d)' in \(baseName(base)) literal"); ok = false
        }
        if digsep & 2 != 0 && ok, let i = Scanner.invalidSeparator(Array(src[start..<offset])) {
            error(at: start + i, "'_' must separate successive digits"); ok = false
        }
        return Lexeme(tok: tok, pos: pos(start), lit: text)
    }

    /// Index of the first `_` that does not sit between two digits (a base prefix counts as a
    /// digit), or nil when every separator is well placed.
    static func invalidSeparator(_ x: [UInt8]) -> Int? {
        var hex = false
        var i = 0
        // Classes of the previous character: digit, separator, other.
        enum K { case digit, sep, other }
        var prev = K.other
        if x.count >= 2 && x[0] == UInt8(ascii: "0") {
            let p = lower(x[1])
            if p == UInt8(ascii: "x") || p == UInt8(ascii: "o") || p == UInt8(ascii: "b") {
                hex = p == UInt8(ascii: "x")
                prev = .digit
                i = 2
            }
        }
        while i < x.count {
            let c = x[i]
            if c == UInt8(ascii: "_") {
                if prev != .digit { return i }
                prev = .sep
            } else if isDecimal(c) || (hex && isHex(c)) {
                prev = .digit
            } else {
                if prev == .sep { return i - 1 }
                prev = .other
            }
            i += 1
        }
        return prev == .sep ? x.count - 1 : nil
    }

    // MARK: strings and runes

    /// Validates one escape after the backslash; reports gc's messages. Returns false on error.
    private mutating func escape(quote: UInt8) -> Bool {
        guard offset < src.count else { return true }   // the caller reports the missing end
        let c = src[offset]
        var n = 0, base: UInt32 = 0, maxValue: UInt32 = 0
        switch c {
        case quote, UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
             UInt8(ascii: "r"), UInt8(ascii: "t"), UInt8(ascii: "v"), UInt8(ascii: "\\"):
            offset += 1
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "7"): n = 3; base = 8; maxValue = 255
        case UInt8(ascii: "x"): offset += 1; n = 2; base = 16; maxValue = 255
        case UInt8(ascii: "u"): offset += 1; n = 4; base = 16; maxValue = 0x10FFFF
        case UInt8(ascii: "U"): offset += 1; n = 8; base = 16; maxValue = 0x10FFFF
        default:
            error(at: offset, "unknown escape")
            return false
        }
        var x: UInt32 = 0
        for _ in 0..<n {
            guard offset < src.count else { return true }
            let d = src[offset]
            var v = base
            if isDecimal(d) { v = UInt32(d - UInt8(ascii: "0")) }
            else if lower(d) >= UInt8(ascii: "a") && lower(d) <= UInt8(ascii: "f") { v = UInt32(lower(d) - UInt8(ascii: "a")) + 10 }
            if v >= base {
                let (s, _) = decodeScalar(at: offset)
                let name = base == 8 ? "octal" : "hexadecimal"
                error(at: offset, "invalid character \(quoteRune(s?.value ?? 0xFFFD)) in \(name) escape")
                return false
            }
            x = x &* base &+ v
            offset += 1
        }
        if x > maxValue && base == 8 { error(at: offset, "octal escape value \(x) > 255"); return false }
        if x > maxValue || (x >= 0xD800 && x < 0xE000) {
            error(at: offset, "escape is invalid Unicode code point \(formatUnicode(x, withChar: false))")
            return false
        }
        return true
    }

    /// Checks that the bytes from `from` to the read position are valid UTF-8.
    private mutating func checkUTF8(from: Int, to: Int) {
        var i = from
        while i < to {
            if src[i] < 0x80 { i += 1; continue }
            let (s, len) = decodeScalar(at: i)
            if s == nil { error(at: i, "invalid UTF-8 encoding") }
            else if s!.value == 0xFEFF { error(at: i, "invalid BOM in the middle of the file") }
            i += len
        }
    }

    private mutating func scanString(_ start: Int) -> Lexeme {
        var ok = true
        while true {
            guard offset < src.count else {
                if ok { error(at: start, "string literal not terminated") }
                break
            }
            let c = src[offset]
            if c == UInt8(ascii: "\"") { offset += 1; break }
            if c == UInt8(ascii: "\\") {
                offset += 1
                if !escape(quote: UInt8(ascii: "\"")) { ok = false }
                continue
            }
            if c == 0x0A {
                if ok { error(at: offset, "newline in string") }
                ok = false
                break
            }
            if c >= 0x80 {
                let (s, len) = decodeScalar(at: offset)
                if s == nil { error(at: offset, "invalid UTF-8 encoding") }
                offset += len
                continue
            }
            offset += 1
        }
        return Lexeme(tok: .string, pos: pos(start), lit: String(decoding: src[start..<offset], as: UTF8.self))
    }

    private mutating func scanRawString(_ start: Int) -> Lexeme {
        while true {
            guard offset < src.count else { error(at: start, "string literal not terminated"); break }
            if src[offset] == UInt8(ascii: "`") { offset += 1; break }
            offset += 1
        }
        checkUTF8(from: start, to: offset)
        return Lexeme(tok: .string, pos: pos(start), lit: String(decoding: src[start..<offset], as: UTF8.self))
    }

    private mutating func scanRune(_ start: Int) -> Lexeme {
        var ok = true
        var n = 0
        while true {
            guard offset < src.count else {
                if ok { error(at: start, "rune literal not terminated") }
                break
            }
            let c = src[offset]
            if c == UInt8(ascii: "'") {
                if ok {
                    if n == 0 { error(at: offset, "empty rune literal or unescaped ' in rune literal"); ok = false }
                    else if n != 1 { error(at: start, "more than one character in rune literal"); ok = false }
                }
                offset += 1
                break
            }
            if c == UInt8(ascii: "\\") {
                offset += 1
                if !escape(quote: UInt8(ascii: "'")) { ok = false }
                n += 1
                continue
            }
            if c == 0x0A {
                if ok { error(at: offset, "newline in rune literal"); ok = false }
                break
            }
            let (s, len) = decodeScalar(at: offset)
            if s == nil && ok { error(at: offset, "invalid UTF-8 encoding"); ok = false }
            offset += len
            n += 1
        }
        return Lexeme(tok: .char, pos: pos(start), lit: String(decoding: src[start..<offset], as: UTF8.self))
    }

    // MARK: UTF-8

    /// Decodes the scalar at `off`; nil (with length 1) for an invalid encoding.
    private func decodeScalar(at off: Int) -> (Unicode.Scalar?, Int) {
        decodeUTF8(src, at: off)
    }
}

/// Decodes one UTF-8 scalar; nil (consuming one byte) when the encoding is invalid.
func decodeUTF8(_ src: [UInt8], at off: Int) -> (Unicode.Scalar?, Int) {
    let b0 = src[off]
    if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
    var need = 0
    var v: UInt32 = 0
    var minValue: UInt32 = 0
    switch b0 {
    case 0xC2...0xDF: need = 1; v = UInt32(b0 & 0x1F); minValue = 0x80
    case 0xE0...0xEF: need = 2; v = UInt32(b0 & 0x0F); minValue = 0x800
    case 0xF0...0xF4: need = 3; v = UInt32(b0 & 0x07); minValue = 0x10000
    default: return (nil, 1)
    }
    for k in 1...need {
        guard off + k < src.count else { return (nil, 1) }
        let b = src[off + k]
        guard b & 0xC0 == 0x80 else { return (nil, 1) }
        v = v << 6 | UInt32(b & 0x3F)
    }
    guard v >= minValue, v <= 0x10FFFF, !(v >= 0xD800 && v < 0xE000), let s = Unicode.Scalar(v) else { return (nil, 1) }
    return (s, need + 1)
}

@inline(__always) func isDecimal(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
@inline(__always) func isHex(_ c: UInt8) -> Bool { isDecimal(c) || (lower(c) >= 0x61 && lower(c) <= 0x66) }
@inline(__always) func lower(_ c: UInt8) -> UInt8 { c | 0x20 }
@inline(__always) func isLetterByte(_ c: UInt8) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F
}

func isUnicodeLetter(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
}

/// Go's `%#U`: "U+0040 '@'" (the character only when printable).
func formatUnicode(_ v: UInt32, withChar: Bool) -> String {
    var hex = String(v, radix: 16, uppercase: true)
    while hex.count < 4 { hex = "0" + hex }
    var s = "U+" + hex
    if withChar, let sc = Unicode.Scalar(v), isPrintable(sc) { s += " '\(Character(sc))'" }
    return s
}

func isPrintable(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator: return false
    case .spaceSeparator: return s == " "
    default: return true
    }
}

/// Go's `%q` of a rune: 'x', '\n', '\x00'.
func quoteRune(_ v: UInt32) -> String {
    switch v {
    case 0x07: return "'\\a'"
    case 0x08: return "'\\b'"
    case 0x0C: return "'\\f'"
    case 0x0A: return "'\\n'"
    case 0x0D: return "'\\r'"
    case 0x09: return "'\\t'"
    case 0x0B: return "'\\v'"
    case 0x5C: return "'\\\\'"
    case 0x27: return "'\\''"
    default: break
    }
    if let s = Unicode.Scalar(v), isPrintable(s) { return "'\(Character(s))'" }
    if v < 0x80 { return "'\\x" + (v < 16 ? "0" : "") + String(v, radix: 16) + "'" }
    var hex = String(v, radix: 16)
    if v <= 0xFFFF { while hex.count < 4 { hex = "0" + hex }; return "'\\u\(hex)'" }
    while hex.count < 8 { hex = "0" + hex }
    return "'\\U\(hex)'"
}
