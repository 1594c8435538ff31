/// HMAC (RFC 2104) over any `GoHashFunction`, as Go's `crypto/hmac`.
public struct GoHMAC<Hash: GoHashFunction>: Sendable {
    private var inner: Hash
    private let outerKeyPad: [UInt8]
    private let innerKeyPad: [UInt8]

    public init(key: [UInt8]) {
        var k = key.count > Hash.blockSize ? Hash.digest(key) : key
        k += [UInt8](repeating: 0, count: Hash.blockSize - k.count)
        innerKeyPad = k.map { $0 ^ 0x36 }
        outerKeyPad = k.map { $0 ^ 0x5c }
        inner = Hash()
        inner.write(innerKeyPad)
    }

    public mutating func write(_ bytes: some Sequence<UInt8>) { inner.write(bytes) }

    public mutating func reset() {
        inner = Hash()
        inner.write(innerKeyPad)
    }

    public func sum() -> [UInt8] {
        var outer = Hash()
        outer.write(outerKeyPad)
        outer.write(inner.sum())
        return outer.sum()
    }

    public static func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var h = GoHMAC(key: key)
        h.write(message)
        return h.sum()
    }
}

/// Go's `subtle.ConstantTimeCompare` / `hmac.Equal`: time depends only on the lengths.
public func goConstantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    var difference: UInt8 = 0
    for i in 0..<a.count { difference |= a[i] ^ b[i] }
    return difference == 0
}
