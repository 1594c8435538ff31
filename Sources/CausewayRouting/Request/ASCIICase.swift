/// ASCII-only case handling: HTTP names are ASCII, and Unicode-aware comparison would be both
/// slower and different from Go's byte semantics.
public enum ASCIICase {
    public static func equalsIgnoringCase(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.utf8, right = rhs.utf8
        guard left.count == right.count else { return false }
        return zip(left, right).allSatisfy { lower($0) == lower($1) }
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Go's `http.CanonicalHeaderKey`: first letter and letters after '-' upper-cased, the rest
    /// lower-cased; names containing a byte that is not a header token character stay unchanged.
    public static func canonicalHeaderName(_ name: String) -> String {
        let bytes = Array(name.utf8)
        guard bytes.allSatisfy(isTokenByte) else { return name }
        var upperNext = true
        let canonical = bytes.map { byte -> UInt8 in
            defer { upperNext = byte == UInt8(ascii: "-") }
            let lowered = lower(byte)
            if upperNext, lowered >= UInt8(ascii: "a"), lowered <= UInt8(ascii: "z") { return lowered - 0x20 }
            return lowered
        }
        return String(decoding: canonical, as: UTF8.self)
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
