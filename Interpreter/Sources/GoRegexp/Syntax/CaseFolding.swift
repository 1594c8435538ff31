/// Simple case folding in the manner of Go's `unicode.SimpleFold`: every code point belongs to
/// an "orbit" of code points that compare equal under `(?i)`, e.g. k, K and U+212A KELVIN SIGN.
///
/// The orbits are derived once, lazily, from the standard library's single-scalar case mappings.
enum CaseFolding {
    /// Code points that have fold partners (sorted) and, for each, the next member of its orbit
    /// in ascending cyclic order.
    struct Table: Sendable {
        let runes: [UInt32]
        let next: [UInt32]
    }

    /// Go keeps dotted and dotless i out of the i/I orbit (Turkish mappings are not simple folds).
    private static let foldsOnlyToItself: Set<UInt32> = [0x130, 0x131]

    static let table: Table = buildTable()

    private static func buildTable() -> Table {
        // Union-find over code points linked by a one-scalar lower/upper/title mapping.
        var parent: [UInt32: UInt32] = [:]
        func find(_ x: UInt32) -> UInt32 {
            var x = x
            while let p = parent[x], p != x { x = p }
            return x
        }
        func union(_ a: UInt32, _ b: UInt32) {
            if parent[a] == nil { parent[a] = a }
            if parent[b] == nil { parent[b] = b }
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        // All cased scripts live below U+20000.
        for v in UInt32(0)..<0x20000 {
            guard let scalar = Unicode.Scalar(v), !foldsOnlyToItself.contains(v) else { continue }
            let props = scalar.properties
            guard props.changesWhenCaseMapped else { continue }
            for mapping in [props.lowercaseMapping, props.uppercaseMapping, props.titlecaseMapping] {
                let scalars = mapping.unicodeScalars
                guard scalars.count == 1, let m = scalars.first?.value, m != v,
                      !foldsOnlyToItself.contains(m) else { continue }
                union(v, m)
            }
        }
        var orbits: [UInt32: [UInt32]] = [:]
        for key in parent.keys { orbits[find(key), default: []].append(key) }
        var nextOf: [UInt32: UInt32] = [:]
        for (_, members) in orbits where members.count > 1 {
            let sorted = members.sorted()
            for (i, r) in sorted.enumerated() { nextOf[r] = sorted[(i + 1) % sorted.count] }
        }
        let runes = nextOf.keys.sorted()
        return Table(runes: runes, next: runes.map { nextOf[$0]! })
    }

    /// Index of the first entry >= r.
    private static func lowerBound(_ r: UInt32, in runes: [UInt32]) -> Int {
        var lo = 0, hi = runes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runes[mid] < r { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The next code point in r's orbit (r itself when it has no partners), like Go's SimpleFold.
    static func simpleFold(_ r: UInt32) -> UInt32 {
        // Fast path: ASCII letters other than k and s have a single partner.
        if r < 0x80 {
            switch r {
            case 0x4B: return 0x6B          // K -> k
            case 0x53: return 0x73          // S -> s
            case 0x6B: return 0x212A        // k -> KELVIN SIGN
            case 0x73: return 0x17F         // s -> LONG S
            case 0x41...0x5A: return r + 0x20
            case 0x61...0x7A: return r - 0x20
            default: return r
            }
        }
        let t = table
        let i = lowerBound(r, in: t.runes)
        return i < t.runes.count && t.runes[i] == r ? t.next[i] : r
    }

    /// All members of r's orbit, r first.
    static func orbit(of r: UInt32) -> [UInt32] {
        var out = [r]
        var f = simpleFold(r)
        while f != r {
            out.append(f)
            f = simpleFold(f)
        }
        return out
    }

    /// Calls `body` with every fold partner of every code point in lo...hi.
    static func forEachFoldPartner(inRange lo: UInt32, _ hi: UInt32, _ body: (UInt32) -> Void) {
        let t = table
        var i = lowerBound(lo, in: t.runes)
        while i < t.runes.count, t.runes[i] <= hi {
            let r = t.runes[i]
            var f = t.next[i]
            while f != r {
                if f < lo || f > hi { body(f) }
                f = simpleFold(f)
            }
            i += 1
        }
    }
}
