/// Go's `Split`.
extension Regexp {
    /// Slices `s` into the substrings between matches. `limit` < 0 returns all pieces,
    /// 0 returns none, n > 0 at most n pieces (the last one is the unsplit remainder).
    public func split(_ s: String, limit: Int = -1) -> [String] {
        if limit == 0 { return [] }
        if !pattern.isEmpty && s.isEmpty { return [""] }
        let matches = allMatchRanges(in: s, limit: limit)
        var pieces: [String] = []
        var begin = 0
        var end = 0
        for m in matches {
            if limit > 0 && pieces.count == limit - 1 { break }
            end = m[0]
            if m[1] != 0 { pieces.append(Regexp.substring(s, begin, end)) }
            begin = m[1]
        }
        if end != s.utf8.count { pieces.append(Regexp.substring(s, begin, s.utf8.count)) }
        return pieces
    }
}
