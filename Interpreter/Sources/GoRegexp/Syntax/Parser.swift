/// Parses Go (RE2, Perl-flavoured) regular-expression syntax into a `RegexNode`.
///
/// A recursive-descent parser over the pattern's code points. Errors carry the same offending
/// text Go reports, so positions are kept as indices into `src` and sliced back into strings.
struct Parser {
    struct Flags {
        var foldCase = false    // (?i)
        var multiLine = false   // (?m): ^ and $ match at line boundaries
        var dotNL = false       // (?s): . matches \n
        var nonGreedy = false   // (?U): swap meaning of x* and x*?
        /// Perl extensions: (?flags), lazy x*?, \d \s \w \b \A \z \Q; off in POSIX mode.
        var perlExtensions = true
        /// \pN and \p{Name}; off in POSIX mode.
        var unicodeGroups = true
        /// Negated classes like [^a] may match \n (Perl); in POSIX mode they may not.
        var classMatchesNewline = true

        /// Go's `syntax.POSIX` flags: egrep syntax where ^ and $ match at line boundaries.
        static let posix = Flags(multiLine: true, perlExtensions: false, unicodeGroups: false,
                                 classMatchesNewline: false)
    }

    struct Result {
        var node: RegexNode
        /// Capture names; index 0 is the whole match and is always "".
        var names: [String]
    }

    static let maxRepeat = 1000
    static let maxDepth = 1000

    let src: [UInt32]
    let whole: String
    var pos = 0
    var flags = Flags()
    var names: [String] = [""]
    var depth = 0

    private init(_ pattern: String, flags: Flags) {
        whole = pattern
        src = pattern.unicodeScalars.map(\.value)
        self.flags = flags
    }

    static func parse(_ pattern: String, flags: Flags = Flags()) throws(RegexpError) -> Result {
        var p = Parser(pattern, flags: flags)
        let node = try p.parseAlternation()
        if p.pos < p.src.count {
            // Only an unmatched ')' stops the top-level alternation early.
            throw RegexpError(.unexpectedParen, pattern)
        }
        return Result(node: node, names: p.names)
    }

    // MARK: - Helpers

    func text(_ from: Int, _ to: Int) -> String {
        var s = String.UnicodeScalarView()
        for v in src[from..<min(to, src.count)] { s.append(Unicode.Scalar(v)!) }
        return String(s)
    }

    func peek(_ offset: Int = 0) -> UInt32? {
        let i = pos + offset
        return i < src.count ? src[i] : nil
    }

    static func ch(_ c: Unicode.Scalar) -> UInt32 { c.value }

    func literal(_ r: UInt32) -> RegexNode {
        if flags.foldCase {
            var cls = CharClass()
            for f in CaseFolding.orbit(of: r) { cls.add(f, f) }
            return .charClass(cls.normalized())
        }
        return .charClass(CharClass(rune: r))
    }

    // MARK: - Structure

    mutating func parseAlternation() throws(RegexpError) -> RegexNode {
        var branches = [try parseConcat()]
        while peek() == Parser.ch("|") {
            pos += 1
            branches.append(try parseConcat())
        }
        if branches.count == 1 { return branches[0] }
        let factored = Parser.factor(branches)
        return factored.count == 1 ? factored[0] : .alternate(factored)
    }

    /// Pulls a common leading character (class) out of adjacent branches, as Go's parser does:
    /// `abc|abd` becomes `ab(?:c|d)`. Matching is unchanged; the program gets smaller and a
    /// literal prefix becomes visible to the prefix scan and `literalPrefix`.
    private static func factor(_ branches: [RegexNode]) -> [RegexNode] {
        func leading(_ node: RegexNode) -> CharClass? {
            switch node {
            case let .charClass(c): return c
            case let .concat(subs):
                if case let .charClass(c)? = subs.first { return c }
                return nil
            default: return nil
            }
        }
        func removeLeading(_ node: RegexNode) -> RegexNode {
            guard case let .concat(subs) = node else { return .empty }
            return subs.count == 2 ? subs[1] : .concat(Array(subs.dropFirst()))
        }
        var out: [RegexNode] = []
        var i = 0
        while i < branches.count {
            guard let lead = leading(branches[i]) else {
                out.append(branches[i])
                i += 1
                continue
            }
            var j = i + 1
            while j < branches.count, leading(branches[j]) == lead { j += 1 }
            if j - i == 1 {
                out.append(branches[i])
            } else {
                let rest = factor(branches[i..<j].map(removeLeading))
                let tail: RegexNode = rest.count == 1 ? rest[0] : .alternate(rest)
                if case let .concat(subs) = tail {
                    out.append(.concat([.charClass(lead)] + subs))
                } else {
                    out.append(.concat([.charClass(lead), tail]))
                }
            }
            i = j
        }
        return out
    }

    private mutating func parseConcat() throws(RegexpError) -> RegexNode {
        var items: [RegexNode] = []
        // Start of the previous token when it was a repetition operator (Go rejects `a**`).
        var lastRepeat: Int? = nil
        while let c = peek() {
            var thisRepeat: Int? = nil
            switch c {
            case Parser.ch("|"), Parser.ch(")"):
                return Parser.concat(items)
            case Parser.ch("("):
                if flags.perlExtensions && peek(1) == Parser.ch("?") {
                    if let group = try parsePerlGroup() { items.append(group) }
                } else {
                    pos += 1
                    names.append("")
                    let index = names.count - 1
                    items.append(.capture(index: index, name: nil, try parseGroupBody()))
                }
            case Parser.ch("^"):
                pos += 1
                items.append(.assertion(flags.multiLine ? .beginLine : .beginText))
            case Parser.ch("$"):
                pos += 1
                items.append(.assertion(flags.multiLine ? .endLine : .endText))
            case Parser.ch("."):
                pos += 1
                items.append(flags.dotNL ? .anyChar : .anyCharNotNL)
            case Parser.ch("["):
                items.append(try parseClass())
            case Parser.ch("*"), Parser.ch("+"), Parser.ch("?"):
                let start = pos
                pos += 1
                let (min, max) = c == Parser.ch("*") ? (0, -1) : c == Parser.ch("+") ? (1, -1) : (0, 1)
                try applyRepeat(&items, min: min, max: max, counted: false, start: start, lastRepeat: lastRepeat)
                thisRepeat = start
            case Parser.ch("{"):
                let start = pos
                guard let (min, max, end) = parseRepeatBraces() else {
                    pos += 1
                    items.append(literal(c))
                    break
                }
                if min < 0 || min > Parser.maxRepeat || max > Parser.maxRepeat || (max >= 0 && min > max) {
                    throw RegexpError(.invalidRepeatSize, text(start, end))
                }
                pos = end
                try applyRepeat(&items, min: min, max: max, counted: true, start: start, lastRepeat: lastRepeat)
                thisRepeat = start
            case Parser.ch("\\"):
                try parseBackslash(into: &items)
            default:
                pos += 1
                items.append(literal(c))
            }
            lastRepeat = thisRepeat
        }
        return Parser.concat(items)
    }

    private static func concat(_ items: [RegexNode]) -> RegexNode {
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .concat(items)
        }
    }

    /// Parses the inside of a group up to and including its ')', restoring flags afterwards.
    mutating func parseGroupBody() throws(RegexpError) -> RegexNode {
        let saved = flags
        depth += 1
        if depth > Parser.maxDepth { throw RegexpError(.nestingDepth, whole) }
        let inner = try parseAlternation()
        guard peek() == Parser.ch(")") else { throw RegexpError(.missingParen, whole) }
        pos += 1
        depth -= 1
        flags = saved
        return inner
    }

    private mutating func applyRepeat(
        _ items: inout [RegexNode], min: Int, max: Int, counted: Bool, start: Int, lastRepeat: Int?
    ) throws(RegexpError) {
        var greedy = !flags.nonGreedy
        if flags.perlExtensions {
            if peek() == Parser.ch("?") {
                pos += 1
                greedy.toggle()
            }
            if let last = lastRepeat {
                throw RegexpError(.invalidRepeatOp, text(last, pos))
            }
        }
        guard let sub = items.popLast() else {
            throw RegexpError(.missingRepeatArgument, text(start, pos))
        }
        let node: RegexNode
        if counted {
            node = .repeat(sub, min: min, max: max, greedy: greedy)
            if (min >= 2 || max >= 2) && !Parser.repeatIsValid(node, Parser.maxRepeat) {
                throw RegexpError(.invalidRepeatSize, text(start, pos))
            }
        } else if min == 0 && max == -1 {
            node = .star(sub, greedy: greedy)
        } else if min == 1 {
            node = .plus(sub, greedy: greedy)
        } else {
            node = .quest(sub, greedy: greedy)
        }
        items.append(node)
    }

    /// Nested counted repetitions may not multiply beyond `n` copies of their innermost operand.
    private static func repeatIsValid(_ node: RegexNode, _ limit: Int) -> Bool {
        var n = limit
        switch node {
        case let .repeat(sub, min, max, _):
            var m = max
            if m == 0 { return true }
            if m < 0 { m = min }
            if m > n { return false }
            if m > 0 { n /= m }
            return repeatIsValid(sub, n)
        case let .capture(_, _, sub), let .star(sub, _), let .plus(sub, _), let .quest(sub, _):
            return repeatIsValid(sub, n)
        case let .concat(subs), let .alternate(subs):
            return subs.allSatisfy { repeatIsValid($0, n) }
        default:
            return true
        }
    }

    /// `{n}`, `{n,}` or `{n,m}` at `pos`; nil when the text is not of that form (then `{` is literal).
    /// Numbers too large to represent come back as -1 so the caller reports a bad count.
    private func parseRepeatBraces() -> (min: Int, max: Int, end: Int)? {
        var i = pos + 1
        guard let min = parseInt(&i), i < src.count else { return nil }
        var max = min
        if src[i] == Parser.ch(",") {
            i += 1
            guard i < src.count else { return nil }
            if src[i] == Parser.ch("}") {
                max = -1
            } else {
                guard let m = parseInt(&i) else { return nil }
                max = m
            }
        }
        guard i < src.count, src[i] == Parser.ch("}") else { return nil }
        if min < 0 || max < -1 { return (-1, -1, i + 1) }
        return (min, max, i + 1)
    }

    /// Decimal digits without a leading zero; values past 10^8 become -2 (too big).
    private func parseInt(_ i: inout Int) -> Int? {
        guard i < src.count, isDigit(src[i]) else { return nil }
        if i + 1 < src.count, src[i] == Parser.ch("0"), isDigit(src[i + 1]) { return nil }
        var n = 0
        var tooBig = false
        while i < src.count, isDigit(src[i]) {
            if n >= 100_000_000 { tooBig = true } else { n = n * 10 + Int(src[i] - 0x30) }
            i += 1
        }
        return tooBig ? -2 : n
    }

    func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    // MARK: - Groups and flags

    /// Handles `(?` forms. Returns a node for groups, nil for a bare flag change like `(?i)`.
    private mutating func parsePerlGroup() throws(RegexpError) -> RegexNode? {
        let start = pos
        let remaining = src.count - pos
        let startsWithP = remaining > 4 && src[pos + 2] == Parser.ch("P") && src[pos + 3] == Parser.ch("<")
        let startsWithName = remaining > 3 && src[pos + 2] == Parser.ch("<")
        if startsWithP || startsWithName {
            let nameStart = pos + (startsWithP ? 4 : 3)
            guard let end = src[pos...].firstIndex(of: Parser.ch(">")) else {
                throw RegexpError(.invalidNamedCapture, text(start, src.count))
            }
            let name = text(nameStart, end)
            guard Parser.isValidCaptureName(src[nameStart..<end]) else {
                throw RegexpError(.invalidNamedCapture, text(start, end + 1))
            }
            pos = end + 1
            names.append(name)
            let index = names.count - 1
            return .capture(index: index, name: name, try parseGroupBody())
        }

        var i = pos + 2
        var newFlags = flags
        var negated = false
        var sawFlag = false
        while i < src.count {
            let c = src[i]
            i += 1
            switch c {
            case Parser.ch("i"): setFlag(&newFlags.foldCase, negated); sawFlag = true
            case Parser.ch("m"): setFlag(&newFlags.multiLine, negated); sawFlag = true
            case Parser.ch("s"): setFlag(&newFlags.dotNL, negated); sawFlag = true
            case Parser.ch("U"): setFlag(&newFlags.nonGreedy, negated); sawFlag = true
            case Parser.ch("-"):
                if negated { throw RegexpError(.invalidPerlOp, text(start, i)) }
                negated = true
                sawFlag = false
            case Parser.ch(":"), Parser.ch(")"):
                if negated && !sawFlag { throw RegexpError(.invalidPerlOp, text(start, i)) }
                pos = i
                if c == Parser.ch(")") {
                    flags = newFlags
                    return nil
                }
                let outer = flags
                flags = newFlags
                let body = try parseGroupBody()
                flags = outer
                return body
            default:
                throw RegexpError(.invalidPerlOp, text(start, i))
            }
        }
        throw RegexpError(.invalidPerlOp, text(start, i))
    }

    private func setFlag(_ flag: inout Bool, _ negated: Bool) { flag = !negated }

    private static func isValidCaptureName(_ name: ArraySlice<UInt32>) -> Bool {
        guard !name.isEmpty else { return false }
        return name.allSatisfy { c in
            c == 0x5F || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
        }
    }
}
