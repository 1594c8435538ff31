import GoStdlibCore

/// A running hash behind a native `hash.Hash` value (a plain digest or an HMAC).
protocol RunningHash {
    mutating func write(_ bytes: [UInt8])
    func sum() -> [UInt8]
    mutating func reset()
    var size: Int { get }
    var blockSize: Int { get }
    /// The HMAC of this hash function under `key` (hmac.New).
    func keyed(_ key: [UInt8]) -> any RunningHash
}

struct PlainHash<Function: GoHashFunction>: RunningHash {
    var function = Function()
    mutating func write(_ bytes: [UInt8]) { function.write(bytes) }
    func sum() -> [UInt8] { function.sum() }
    mutating func reset() { function = Function() }
    var size: Int { Function.size }
    var blockSize: Int { Function.blockSize }
    func keyed(_ key: [UInt8]) -> any RunningHash { KeyedHash<Function>(mac: GoHMAC(key: key)) }
}

struct KeyedHash<Function: GoHashFunction>: RunningHash {
    var mac: GoHMAC<Function>
    mutating func write(_ bytes: [UInt8]) { mac.write(bytes) }
    func sum() -> [UInt8] { mac.sum() }
    mutating func reset() { mac.reset() }
    var size: Int { Function.size }
    var blockSize: Int { Function.blockSize }
    func keyed(_ key: [UInt8]) -> any RunningHash { KeyedHash(mac: GoHMAC(key: key)) }
}

/// The hidden field of a native digest value.
final class HashHandle {
    var state: any RunningHash
    init(_ state: any RunningHash) { self.state = state }
}

/// crc32.New(table): a CRC-32 over any 256-entry table.
struct TableCRC32: RunningHash {
    let table: [UInt32]
    var value: UInt32 = 0
    mutating func write(_ bytes: [UInt8]) { value = GoCRC32.update(value, table: table, bytes) }
    func sum() -> [UInt8] { [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
    mutating func reset() { value = 0 }
    var size: Int { 4 }
    var blockSize: Int { 1 }
    func keyed(_ key: [UInt8]) -> any RunningHash { self }
}
