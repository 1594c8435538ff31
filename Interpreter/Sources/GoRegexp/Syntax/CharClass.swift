/// A set of Unicode code points kept as inclusive ranges.
///
/// While a class is being built ranges may overlap or be unordered; `normalized()` sorts and
/// merges them, which every consumer (negation, compilation) relies on.
struct CharClass: Hashable, Sendable {
    static let maxRune: UInt32 = 0x10FFFF

    /// Inclusive ranges as flat pairs: lo0, hi0, lo1, hi1, ...
    var pairs: [UInt32] = []

    init() {}
    init(pairs: [UInt32]) { self.pairs = pairs }
    init(rune: UInt32) { pairs = [rune, rune] }

    var rangeCount: Int { pairs.count / 2 }
    var isEmpty: Bool { pairs.isEmpty }

    /// The single code point this class holds, if it holds exactly one.
    var singleRune: UInt32? {
        pairs.count == 2 && pairs[0] == pairs[1] ? pairs[0] : nil
    }

    mutating func add(_ lo: UInt32, _ hi: UInt32) {
        // Merge with the last range when adjacent: the common case of building in order.
        let n = pairs.count
        if n >= 2, lo <= pairs[n - 1] &+ 1, lo >= pairs[n - 2] {
            if hi > pairs[n - 1] { pairs[n - 1] = hi }
            return
        }
        pairs.append(lo)
        pairs.append(hi)
    }

    mutating func add(_ other: CharClass) {
        var i = 0
        while i < other.pairs.count {
            add(other.pairs[i], other.pairs[i + 1])
            i += 2
        }
    }

    /// Adds `lo...hi` together with every code point that simple case folding relates to it.
    mutating func addFolded(_ lo: UInt32, _ hi: UInt32) {
        add(lo, hi)
        CaseFolding.forEachFoldPartner(inRange: lo, hi) { add($0, $0) }
    }

    mutating func addFolded(_ other: CharClass) {
        var i = 0
        while i < other.pairs.count {
            addFolded(other.pairs[i], other.pairs[i + 1])
            i += 2
        }
    }

    mutating func addNegated(_ other: CharClass) {
        add(other.normalized().negated())
    }

    /// Sorted, non-overlapping, non-adjacent ranges.
    func normalized() -> CharClass {
        if pairs.count <= 2 { return self }
        var ranges: [(UInt32, UInt32)] = []
        ranges.reserveCapacity(pairs.count / 2)
        var i = 0
        while i < pairs.count {
            ranges.append((pairs[i], pairs[i + 1]))
            i += 2
        }
        ranges.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
        var out: [UInt32] = []
        out.reserveCapacity(pairs.count)
        for (lo, hi) in ranges {
            let n = out.count
            if n >= 2, lo <= out[n - 1] &+ 1 {
                if hi > out[n - 1] { out[n - 1] = hi }
            } else {
                out.append(lo)
                out.append(hi)
            }
        }
        return CharClass(pairs: out)
    }

    /// The complement within 0...0x10FFFF; `self` must be normalized.
    func negated() -> CharClass {
        var out: [UInt32] = []
        var next: UInt32 = 0
        var i = 0
        while i < pairs.count {
            let lo = pairs[i], hi = pairs[i + 1]
            if lo > next { out.append(next); out.append(lo - 1) }
            next = hi &+ 1
            i += 2
        }
        if next <= CharClass.maxRune { out.append(next); out.append(CharClass.maxRune) }
        return CharClass(pairs: out)
    }

    func contains(_ r: UInt32) -> Bool {
        // Binary search over the normalized ranges.
        var lo = 0, hi = pairs.count / 2
        while lo < hi {
            let mid = (lo + hi) / 2
            if r < pairs[2 * mid] {
                hi = mid
            } else if r > pairs[2 * mid + 1] {
                lo = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    static let anyRune = CharClass(pairs: [0, maxRune])
    static let anyRuneExceptNewline = CharClass(pairs: [0, 9, 11, maxRune])
}
