import GoRegexp

// (*Regexp).Split, Go's algorithm over the string's bytes (invalid UTF-8 survives).
extension NativeRegistry {
    func installRegexpSplit(_ t: RegexpTypes) {
        method(t.regexp, "Split", pointer: true, sig([t.string, t.int], [t.stringSlice])) { c in
            let regexp = try RegexpValues.regexp(c[0])
            let s = c[1].s, n = Int(c[2].i)
            if n == 0 { return [.none] }
            if !regexp.pattern.isEmpty && s.isEmpty { return [stringSliceValue([[]])] }
            var pieces: [[UInt8]] = []
            var begin = 0, end = 0
            for m in regexp.allMatchRanges(in: s, limit: n) {
                if n > 0 && pieces.count == n - 1 { break }
                end = m[0]
                // An empty match at the very start yields no empty first piece.
                if m[1] != 0 { pieces.append(Array(s[begin..<end])) }
                begin = m[1]
            }
            if end != s.count { pieces.append(Array(s[begin...])) }
            return [stringSliceValue(pieces)]
        }
    }
}
