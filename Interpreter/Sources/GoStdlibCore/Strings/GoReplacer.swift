/// Go's `strings.Replacer`: replaces several old strings at once, left to right without
/// overlapping; at each position the earliest argument pair that matches wins, and an empty
/// old string matches at every position (once, not twice in a row).
public struct GoReplacer: Sendable {
    private let olds: [[UInt8]]
    private let news: [[UInt8]]
    /// Pair indexes whose old string starts with a given byte, in argument order.
    private let candidatesByFirstByte: [[Int]]
    /// Index of the first pair with an empty old string.
    private let emptyPair: Int?

    /// `oldnew` holds old, new, old, new, …; an odd count panics as in Go.
    public init(_ oldnew: [[UInt8]]) throws(GoPanic) {
        if oldnew.count % 2 == 1 { throw GoPanic("strings.NewReplacer: odd argument count") }
        var olds: [[UInt8]] = [], news: [[UInt8]] = []
        var byFirst = [[Int]](repeating: [], count: 256)
        var empty: Int?
        var seen = Set<[UInt8]>()
        for k in stride(from: 0, to: oldnew.count, by: 2) {
            let old = oldnew[k]
            // A repeated old string never wins: the first pair always matches before it.
            if !seen.insert(old).inserted { continue }
            let index = olds.count
            olds.append(old); news.append(oldnew[k + 1])
            if let b = old.first { byFirst[Int(b)].append(index) } else if empty == nil { empty = index }
        }
        self.olds = olds
        self.news = news
        self.candidatesByFirstByte = byFirst
        self.emptyPair = empty
    }

    public init(_ oldnew: [String]) throws(GoPanic) {
        try self.init(oldnew.map { Array($0.utf8) })
    }

    /// The highest-priority pair matching at `i` (the empty one skipped if requested).
    private func match(_ s: UnsafeBufferPointer<UInt8>, at i: Int, skipEmpty: Bool) -> Int? {
        var best: Int? = skipEmpty ? nil : emptyPair
        if i < s.count {
            for p in candidatesByFirstByte[Int(s[i])] {
                if let b = best, b < p { break }
                let old = olds[p]
                if old.count <= s.count - i && old.withUnsafeBufferPointer({ GoStrings.memEqual(s, i, $0) }) {
                    best = p
                    break
                }
            }
        }
        return best
    }

    public func replace(_ s: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        s.withUnsafeBufferPointer { buf in
            var last = 0, i = 0
            var previousMatchWasEmpty = false
            while i <= buf.count {
                if let p = match(buf, at: i, skipEmpty: previousMatchWasEmpty) {
                    previousMatchWasEmpty = olds[p].isEmpty
                    out.append(contentsOf: buf[last..<i])
                    out.append(contentsOf: news[p])
                    i += olds[p].count
                    last = i
                    continue
                }
                previousMatchWasEmpty = false
                i += 1
            }
            if last < buf.count { out.append(contentsOf: buf[last...]) }
        }
        return out
    }

    public func replace(_ s: String) -> String { String(decoding: replace(Array(s.utf8)), as: UTF8.self) }
}
