/// Go's `hash/fnv`: FNV-1 and FNV-1a, 32 and 64 bits. `sum()` is the value in big-endian bytes.
public struct GoFNV32: GoHashFunction {
    public static let size = 4
    public static let blockSize = 1
    public private(set) var value: UInt32 = 0x811c9dc5
    public init() {}
    public mutating func write(_ bytes: some Sequence<UInt8>) {
        for b in bytes { value = (value &* 0x01000193) ^ UInt32(b) }
    }
    public func sum() -> [UInt8] { bigEndianBytes([value]) }
}

public struct GoFNV32a: GoHashFunction {
    public static let size = 4
    public static let blockSize = 1
    public private(set) var value: UInt32 = 0x811c9dc5
    public init() {}
    public mutating func write(_ bytes: some Sequence<UInt8>) {
        for b in bytes { value = (value ^ UInt32(b)) &* 0x01000193 }
    }
    public func sum() -> [UInt8] { bigEndianBytes([value]) }
}

public struct GoFNV64: GoHashFunction {
    public static let size = 8
    public static let blockSize = 1
    public private(set) var value: UInt64 = 0xcbf29ce484222325
    public init() {}
    public mutating func write(_ bytes: some Sequence<UInt8>) {
        for b in bytes { value = (value &* 0x100000001b3) ^ UInt64(b) }
    }
    public func sum() -> [UInt8] { bigEndianBytes([UInt32(value >> 32), UInt32(value & 0xFFFF_FFFF)]) }
}

public struct GoFNV64a: GoHashFunction {
    public static let size = 8
    public static let blockSize = 1
    public private(set) var value: UInt64 = 0xcbf29ce484222325
    public init() {}
    public mutating func write(_ bytes: some Sequence<UInt8>) {
        for b in bytes { value = (value ^ UInt64(b)) &* 0x100000001b3 }
    }
    public func sum() -> [UInt8] { bigEndianBytes([UInt32(value >> 32), UInt32(value & 0xFFFF_FFFF)]) }
}

/// Go's `hash/crc32` with the IEEE polynomial (`ChecksumIEEE`, `NewIEEE`).
public struct GoCRC32: GoHashFunction {
    public static let size = 4
    public static let blockSize = 1
    public static let ieee: UInt32 = 0xedb88320
    public static let ieeeTable = makeTable(ieee)

    /// Go's `crc32.MakeTable` for a reversed polynomial.
    public static func makeTable(_ polynomial: UInt32) -> [UInt32] {
        (0..<256).map { n in
            var c = UInt32(n)
            for _ in 0..<8 { c = c & 1 != 0 ? polynomial ^ (c >> 1) : c >> 1 }
            return c
        }
    }

    /// Go's `crc32.Update`: continues `crc` over `bytes` with a 256-entry table.
    public static func update(_ crc: UInt32, table: [UInt32], _ bytes: some Sequence<UInt8>) -> UInt32 {
        var c = ~crc
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return ~c
    }

    public private(set) var value: UInt32 = 0
    public init() {}
    public mutating func write(_ bytes: some Sequence<UInt8>) { value = Self.update(value, table: Self.ieeeTable, bytes) }
    public func sum() -> [UInt8] { bigEndianBytes([value]) }
}
