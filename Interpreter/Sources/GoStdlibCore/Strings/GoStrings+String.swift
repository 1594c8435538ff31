/// `String` conveniences over the byte-based algorithms (for host code and tests; the
/// interpreter works on bytes so that invalid UTF-8 survives).
extension GoStrings {
    @inline(__always) private static func b(_ s: String) -> [UInt8] { Array(s.utf8) }
    @inline(__always) private static func s(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }

    public static func index(_ s: String, _ sep: String) -> Int { index(b(s), b(sep)) }
    public static func lastIndex(_ s: String, _ sep: String) -> Int { lastIndex(b(s), b(sep)) }
    public static func contains(_ s: String, _ sep: String) -> Bool { contains(b(s), b(sep)) }
    public static func count(_ s: String, _ sep: String) -> Int { count(b(s), b(sep)) }
    public static func split(_ s: String, _ sep: String) -> [String] { split(b(s), b(sep)).map(Self.s) }
    public static func splitN(_ s: String, _ sep: String, _ n: Int) -> [String] { splitN(b(s), b(sep), n).map(Self.s) }
    public static func fields(_ s: String) -> [String] { fields(b(s)).map(Self.s) }
    public static func replace(_ s: String, _ old: String, _ new: String, _ n: Int) -> String { Self.s(replace(b(s), b(old), b(new), n)) }
    public static func toUpper(_ s: String) -> String { Self.s(toUpper(b(s))) }
    public static func toLower(_ s: String) -> String { Self.s(toLower(b(s))) }
    public static func trimSpace(_ s: String) -> String { Self.s(trimSpace(b(s))) }
    public static func trim(_ s: String, _ cutset: String) -> String { Self.s(trim(b(s), b(cutset))) }
    public static func equalFold(_ s: String, _ t: String) -> Bool { equalFold(b(s), b(t)) }
    public static func repeatString(_ s: String, count: Int) throws(GoPanic) -> String { Self.s(try repeatString(b(s), count: count)) }
}
