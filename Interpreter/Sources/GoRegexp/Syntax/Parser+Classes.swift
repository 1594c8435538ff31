/// Bracketed classes `[...]`, POSIX `[:name:]`, Perl `\d \s \w` and Unicode `\p{...}` groups.
extension Parser {
    static func classNode(_ cls: CharClass) -> RegexNode {
        let n = cls.normalized()
        return n.isEmpty ? .noMatch : .charClass(n)
    }

    mutating func addGroup(_ group: CharClass, negated: Bool, into cls: inout CharClass) {
        var g = group
        if flags.foldCase {
            var folded = CharClass()
            folded.addFolded(group)
            g = folded.normalized()
        }
        if negated { cls.addNegated(g) } else { cls.add(g) }
    }

    /// `\d \D \s \S \w \W` at `pos`; returns false (consuming nothing) for anything else.
    mutating func parsePerlClass(into cls: inout CharClass) -> Bool {
        guard flags.perlExtensions, peek() == Parser.ch("\\"), let c = peek(1) else { return false }
        let lower = c | 0x20
        guard let group = ASCIIClasses.perl[lower] else { return false }
        pos += 2
        addGroup(group, negated: c != lower, into: &cls)
        return true
    }

    /// `\pL`, `\p{Greek}`, `\P{^Lu}` ... at `pos`.
    mutating func parseUnicodeClass(into cls: inout CharClass) throws(RegexpError) {
        let start = pos
        var negated = src[pos + 1] == Parser.ch("P")
        var t = pos + 2
        let name: String
        let seqEnd: Int
        if t < src.count && src[t] == Parser.ch("{") {
            guard let end = src[start...].firstIndex(of: Parser.ch("}")) else {
                throw RegexpError(.invalidCharRange, text(start, src.count))
            }
            name = text(t + 1, end)
            seqEnd = end + 1
        } else {
            if t < src.count { t += 1 }
            name = text(pos + 2, t)
            seqEnd = t
        }
        var lookup = name
        if lookup.hasPrefix("^") {
            negated.toggle()
            lookup.removeFirst()
        }
        guard let table = UnicodeTables.table(named: lookup) else {
            throw RegexpError(.invalidCharRange, text(start, seqEnd))
        }
        pos = seqEnd
        addGroup(table, negated: negated, into: &cls)
    }

    mutating func parseClass() throws(RegexpError) -> RegexNode {
        let classStart = pos
        pos += 1
        var cls = CharClass()
        var negated = false
        if peek() == Parser.ch("^") {
            negated = true
            pos += 1
        }
        if negated && !flags.classMatchesNewline {
            // Adding \n before negating keeps it out of the class.
            cls.add(0x0A, 0x0A)
        }
        var first = true
        while peek() != Parser.ch("]") || first {
            // POSIX: an unescaped - must come first or last.
            if !flags.perlExtensions, !first, peek() == Parser.ch("-"), let after = peek(1), after != Parser.ch("]") {
                throw RegexpError(.invalidCharRange, text(pos, pos + 2))
            }
            if !flags.perlExtensions, !first, peek() == Parser.ch("-"), peek(1) == nil {
                throw RegexpError(.invalidCharRange, text(pos, pos + 1))
            }
            first = false
            // POSIX [:name:] (an unterminated one is just literal text).
            if peek() == Parser.ch("["), peek(1) == Parser.ch(":"), pos + 2 < src.count,
               let close = findColonBracket(from: pos + 2) {
                let nameText = text(pos, close + 2)
                var inner = text(pos + 2, close)
                var groupNegated = false
                if inner.hasPrefix("^") {
                    groupNegated = true
                    inner.removeFirst()
                }
                guard let group = ASCIIClasses.posix[inner] else {
                    throw RegexpError(.invalidCharRange, nameText)
                }
                addGroup(group, negated: groupNegated, into: &cls)
                pos = close + 2
                continue
            }
            if flags.unicodeGroups, peek() == Parser.ch("\\"), let n = peek(1), n == Parser.ch("p") || n == Parser.ch("P") {
                try parseUnicodeClass(into: &cls)
                continue
            }
            if parsePerlClass(into: &cls) { continue }

            let rangeStart = pos
            let lo = try parseClassChar(classStart)
            var hi = lo
            if pos + 1 < src.count, src[pos] == Parser.ch("-"), src[pos + 1] != Parser.ch("]") {
                pos += 1
                hi = try parseClassChar(classStart)
                if hi < lo { throw RegexpError(.invalidCharRange, text(rangeStart, pos)) }
            }
            if flags.foldCase { cls.addFolded(lo, hi) } else { cls.add(lo, hi) }
        }
        pos += 1
        var result = cls.normalized()
        if negated { result = result.negated() }
        return result.isEmpty ? .noMatch : .charClass(result)
    }

    func findColonBracket(from i: Int) -> Int? {
        var j = i
        while j + 1 < src.count {
            if src[j] == Parser.ch(":") && src[j + 1] == Parser.ch("]") { return j }
            j += 1
        }
        return nil
    }

    mutating func parseClassChar(_ classStart: Int) throws(RegexpError) -> UInt32 {
        guard let c = peek() else { throw RegexpError(.missingBracket, text(classStart, src.count)) }
        if c == Parser.ch("\\") { return try parseEscape() }
        pos += 1
        return c
    }
}
