/// Backslash escapes outside classes: assertions, `\Q...\E`, class shorthands and single-character
/// escapes with Go's exact error texts.
extension Parser {
    mutating func parseBackslash(into items: inout [RegexNode]) throws(RegexpError) {
        let isUnicodeGroup = peek(1) == Parser.ch("p") || peek(1) == Parser.ch("P")
        if let next = peek(1), flags.perlExtensions || (isUnicodeGroup && flags.unicodeGroups) {
            switch next {
            case Parser.ch("A"): pos += 2; items.append(.assertion(.beginText)); return
            case Parser.ch("z"): pos += 2; items.append(.assertion(.endText)); return
            case Parser.ch("b"): pos += 2; items.append(.assertion(.wordBoundary)); return
            case Parser.ch("B"): pos += 2; items.append(.assertion(.noWordBoundary)); return
            case Parser.ch("C"): throw RegexpError(.invalidEscape, text(pos, pos + 2))
            case Parser.ch("Q"):
                // \Q...\E: everything up to \E (or the end) is literal.
                var i = pos + 2
                while i < src.count {
                    if src[i] == Parser.ch("\\"), i + 1 < src.count, src[i + 1] == Parser.ch("E") {
                        pos = i + 2
                        return
                    }
                    items.append(literal(src[i]))
                    i += 1
                    pos = i
                }
                pos = src.count
                return
            case Parser.ch("p"), Parser.ch("P"):
                var cls = CharClass()
                try parseUnicodeClass(into: &cls)
                items.append(Parser.classNode(cls))
                return
            default:
                var cls = CharClass()
                if parsePerlClass(into: &cls) {
                    items.append(Parser.classNode(cls))
                    return
                }
            }
        }
        let r = try parseEscape()
        items.append(literal(r))
    }

    /// A single-character escape at `pos` (which holds the backslash).
    mutating func parseEscape() throws(RegexpError) -> UInt32 {
        let start = pos
        var t = pos + 1
        guard t < src.count else { throw RegexpError(.trailingBackslash, "") }
        let c = src[t]
        t += 1
        func octal(_ first: UInt32) -> UInt32 {
            var r = first - 0x30
            for _ in 1..<3 {
                guard t < src.count, src[t] >= 0x30, src[t] <= 0x37 else { break }
                r = r * 8 + src[t] - 0x30
                t += 1
            }
            return r
        }
        switch c {
        case Parser.ch("1")...Parser.ch("7"):
            // A lone digit would be a backreference, which RE2 does not support.
            if t < src.count, src[t] >= 0x30, src[t] <= 0x37 {
                let r = octal(c)
                pos = t
                return r
            }
        case Parser.ch("0"):
            let r = octal(c)
            pos = t
            return r
        case Parser.ch("x"):
            guard t < src.count else { break }
            let c2 = src[t]
            t += 1
            if c2 == Parser.ch("{") {
                var digits = 0
                var r: UInt32 = 0
                while true {
                    guard t < src.count else { throw RegexpError(.invalidEscape, text(start, t)) }
                    let d = src[t]
                    t += 1
                    if d == Parser.ch("}") { break }
                    guard let v = Parser.unhex(d) else { throw RegexpError(.invalidEscape, text(start, t)) }
                    r = r * 16 + v
                    if r > CharClass.maxRune { throw RegexpError(.invalidEscape, text(start, t)) }
                    digits += 1
                }
                if digits == 0 { break }
                pos = t
                return r
            }
            let x = Parser.unhex(c2)
            var y: UInt32? = nil
            if t < src.count {
                y = Parser.unhex(src[t])
                t += 1
            }
            if let x, let y {
                pos = t
                return x * 16 + y
            }
        case Parser.ch("a"): pos = t; return 7
        case Parser.ch("f"): pos = t; return 12
        case Parser.ch("n"): pos = t; return 10
        case Parser.ch("r"): pos = t; return 13
        case Parser.ch("t"): pos = t; return 9
        case Parser.ch("v"): pos = t; return 11
        default:
            // Escaped punctuation stands for itself; escaped letters and digits must be known.
            if c < 0x80 && !Parser.isAlnum(c) {
                pos = t
                return c
            }
        }
        throw RegexpError(.invalidEscape, text(start, t))
    }

    static func isAlnum(_ c: UInt32) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    static func unhex(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }
}
