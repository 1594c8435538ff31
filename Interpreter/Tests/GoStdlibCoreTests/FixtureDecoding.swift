@testable import GoStdlibCore

/// Field decoding shared by the fixture-driven tests: "-" is empty, other fields are hex.
enum FixtureField {
    static func bytes(_ s: Substring) -> [UInt8] {
        if s == "-" { return [] }
        var out: [UInt8] = []
        var it = s.utf8.makeIterator()
        while let a = it.next(), let b = it.next() { out.append(GoStrconv.hexValue(a)! << 4 | GoStrconv.hexValue(b)!) }
        return out
    }

    static func list(_ s: Substring) -> [[UInt8]] {
        if s == "nil" || s == "empty" { return [] }
        return s.split(separator: ",", omittingEmptySubsequences: false).map(bytes)
    }

    static func text(_ s: Substring) -> String { String(decoding: bytes(s), as: UTF8.self) }
}
