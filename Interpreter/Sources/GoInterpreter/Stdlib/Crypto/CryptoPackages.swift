import GoStdlibCore

// hash, hash/fnv, hash/crc32, crypto/sha256, crypto/sha512, crypto/sha1, crypto/md5, crypto/hmac, crypto/subtle, crypto/rand.
// Every digest is one native type (`*hash.digest` inside, shown per package) whose hidden
// field holds a Swift `RunningHash`; hmac.New recognises such digests and keys them.
extension NativeRegistry {
    func installCrypto() {
        let T = table
        let int = GoType.int
        let bytes = T.slice(of: .byte)
        let hashInterface = T.newNamed("Hash", package: PackageRef(path: "hash", name: "hash"))
        hashInterface.named?.setUnderlying(T.interface(methods: [
            Method(name: "Write", package: nil, signature: sig([bytes], [int, .error])),
            Method(name: "Sum", package: nil, signature: sig([bytes], [bytes])),
            Method(name: "Reset", package: nil, signature: sig([], [])),
            Method(name: "Size", package: nil, signature: sig([], [int])),
            Method(name: "BlockSize", package: nil, signature: sig([], [int])),
        ]))
        type("hash", "Hash", hashInterface)

        func handle(_ v: Value) throws(GoPanicError) -> HashHandle {
            guard case .obj(let o) = v, let box = o as? Box, case .obj(let h) = box.f[0], let handle = h as? HashHandle else {
                throw .runtime("invalid memory address or nil pointer dereference")
            }
            return handle
        }
        func sizedHash(_ name: String, _ bits: Int) -> GoType {
            let t = T.newNamed(name, package: PackageRef(path: "hash", name: "hash"))
            let base = hashInterface.interface!.methods.map { Method(name: $0.name, package: nil, signature: $0.signature) }
            let width: GoType = bits == 32 ? .uint32 : .uint64
            t.named?.setUnderlying(T.interface(methods: base + [Method(name: "Sum\(bits)", package: nil, signature: sig([], [width]))]))
            type("hash", name, t)
            return t
        }
        let hash32 = sizedHash("Hash32", 32)
        let hash64 = sizedHash("Hash64", 64)

        /// Declares `path`'s digest type with the hash.Hash methods (and Sum32/Sum64 for the
        /// non-cryptographic sums); returns `*digest`.
        func digestType(_ path: String, _ name: String, sumBits: Int? = nil) -> GoType {
            let pkg = PackageRef(path: path, name: name)
            let digest = T.newNamed("digest", package: pkg)
            digest.named?.setUnderlying(T.structure([StructField(name: "impl", type: .any, package: pkg)]))
            method(digest, "Write", pointer: true, sig([bytes], [int, .error])) { c in
                let data = bytesOfSlice(c[1])
                try handle(c[0]).state.write(data)
                return [.int(Int64(data.count)), .none]
            }
            method(digest, "Sum", pointer: true, sig([bytes], [bytes])) { c in [byteSliceValue(bytesOfSlice(c[1]) + (try handle(c[0]).state.sum()))] }
            method(digest, "Reset", pointer: true, sig([], [])) { c in try handle(c[0]).state.reset(); return [] }
            method(digest, "Size", pointer: true, sig([], [int])) { c in [.int(Int64(try handle(c[0]).state.size))] }
            method(digest, "BlockSize", pointer: true, sig([], [int])) { c in [.int(Int64(try handle(c[0]).state.blockSize))] }
            if let bits = sumBits {
                method(digest, "Sum\(bits)", pointer: true, sig([], [bits == 32 ? .uint32 : .uint64])) { c in
                    [.int(Int64(bitPattern: try handle(c[0]).state.sum().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }))]
                }
            }
            return T.pointer(to: digest)
        }
        func hashValue(_ pointer: GoType, _ state: any RunningHash) -> Value {
            .obj(IfaceVal(type: pointer, value: .obj(Box([.obj(HashHandle(state))]))))
        }
        func array(_ digest: [UInt8]) -> Value { .obj(Box(digest.map { .int(Int64($0)) })) }

        /// Declares a hash package (New, its Sum function, Size, BlockSize); returns `*digest`.
        @discardableResult
        func install<Function: GoHashFunction>(_ path: String, _ name: String, _: Function.Type, sumName: String) -> GoType {
            let pointer = digestType(path, name)
            function(path, "New", sig([], [hashInterface])) { _ in [hashValue(pointer, PlainHash<Function>())] }
            function(path, sumName, sig([bytes], [T.array(of: .byte, length: Int64(Function.size))])) { c in
                [array(Function.digest(bytesOfSlice(c[0])))]
            }
            constant(path, "Size", .untypedInt, .integer(Int64(Function.size)))
            constant(path, "BlockSize", .untypedInt, .integer(Int64(Function.blockSize)))
            return pointer
        }
        let sha256Pointer = install("crypto/sha256", "sha256", GoSHA256.self, sumName: "Sum256")
        let sha512Pointer = install("crypto/sha512", "sha512", GoSHA512.self, sumName: "Sum512")
        let sha1Pointer = install("crypto/sha1", "sha1", GoSHA1.self, sumName: "Sum")
        let md5Pointer = install("crypto/md5", "md5", GoMD5.self, sumName: "Sum")
        let sha384Pointer = digestType("crypto/sha512", "sha512")
        function("crypto/sha512", "New384", sig([], [hashInterface])) { _ in [hashValue(sha384Pointer, PlainHash<GoSHA384>())] }
        function("crypto/sha512", "Sum384", sig([bytes], [T.array(of: .byte, length: 48)])) { c in [array(GoSHA384.digest(bytesOfSlice(c[0])))] }
        constant("crypto/sha512", "Size384", .untypedInt, .integer(48))

        // crypto.Hash: the registry of hash functions by number, as jwt libraries use it.
        let cryptoPkg = PackageRef(path: "crypto", name: "crypto")
        let cryptoHash = T.newNamed("Hash", package: cryptoPkg)
        cryptoHash.named?.setUnderlying(.uint)
        type("crypto", "Hash", cryptoHash)
        let hashNames = ["MD4", "MD5", "SHA1", "SHA224", "SHA256", "SHA384", "SHA512", "MD5SHA1", "RIPEMD160",
                         "SHA3_224", "SHA3_256", "SHA3_384", "SHA3_512", "SHA512_224", "SHA512_256",
                         "BLAKE2s_256", "BLAKE2b_256", "BLAKE2b_384", "BLAKE2b_512"]
        let hashTitles = ["MD4", "MD5", "SHA-1", "SHA-224", "SHA-256", "SHA-384", "SHA-512", "MD5+SHA1", "RIPEMD-160",
                          "SHA3-224", "SHA3-256", "SHA3-384", "SHA3-512", "SHA-512/224", "SHA-512/256",
                          "BLAKE2s-256", "BLAKE2b-256", "BLAKE2b-384", "BLAKE2b-512"]
        let hashSizes = [16, 16, 20, 28, 32, 48, 64, 36, 20, 28, 32, 48, 64, 28, 32, 32, 32, 48, 64]
        for (i, name) in hashNames.enumerated() { constant("crypto", name, cryptoHash, .integer(Int64(i + 1))) }
        let available: [Int64: (GoType, () -> any RunningHash)] = [
            2: (md5Pointer, { PlainHash<GoMD5>() }),
            3: (sha1Pointer, { PlainHash<GoSHA1>() }),
            5: (sha256Pointer, { PlainHash<GoSHA256>() }),
            6: (sha384Pointer, { PlainHash<GoSHA384>() }),
            7: (sha512Pointer, { PlainHash<GoSHA512>() }),
        ]
        method(cryptoHash, "New", pointer: false, sig([], [hashInterface])) { c in
            guard let (pointer, make) = available[c[0].i] else {
                throw GoPanicError.plain("crypto: requested hash function #\(c[0].i) is unavailable")
            }
            return [hashValue(pointer, make())]
        }
        method(cryptoHash, "Available", pointer: false, sig([], [.bool])) { c in [.bool(available[c[0].i] != nil)] }
        method(cryptoHash, "HashFunc", pointer: false, sig([], [cryptoHash])) { c in [c[0]] }
        method(cryptoHash, "Size", pointer: false, sig([], [int])) { c in
            guard c[0].i >= 1 && Int(c[0].i) <= hashSizes.count else { throw GoPanicError.plain("crypto: Size of unknown hash function") }
            return [.int(Int64(hashSizes[Int(c[0].i) - 1]))]
        }
        method(cryptoHash, "String", pointer: false, sig([], [.string])) { c in
            guard c[0].i >= 1 && Int(c[0].i) <= hashTitles.count else { return [.string("unknown hash value \(c[0].i)")] }
            return [.string(hashTitles[Int(c[0].i) - 1])]
        }

        // hash/fnv and hash/crc32 (IEEE): checksums for consistent hashing and ETags.
        for (name, bits, make) in [("New32", 32, { PlainHash<GoFNV32>() as any RunningHash }), ("New32a", 32, { PlainHash<GoFNV32a>() }),
                                   ("New64", 64, { PlainHash<GoFNV64>() }), ("New64a", 64, { PlainHash<GoFNV64a>() })] as [(String, Int, () -> any RunningHash)] {
            let pointer = digestType("hash/fnv", "fnv", sumBits: bits)
            function("hash/fnv", name, sig([], [bits == 32 ? hash32 : hash64])) { _ in [hashValue(pointer, make())] }
        }
        let crcPointer = digestType("hash/crc32", "crc32", sumBits: 32)
        function("hash/crc32", "NewIEEE", sig([], [hash32])) { _ in [hashValue(crcPointer, PlainHash<GoCRC32>())] }
        function("hash/crc32", "ChecksumIEEE", sig([bytes], [.uint32])) { c in
            var crc = GoCRC32()
            crc.write(bytesOfSlice(c[0]))
            return [.int(Int64(crc.value))]
        }
        constant("hash/crc32", "Size", .untypedInt, .integer(4))
        constant("hash/crc32", "IEEE", .untypedInt, .integer(Int64(GoCRC32.ieee)))
        constant("hash/crc32", "Castagnoli", .untypedInt, .integer(0x82f63b78))
        constant("hash/crc32", "Koopman", .untypedInt, .integer(0xeb31d82e))
        // Table is [256]uint32; a *Table is its box, read entry by entry.
        let crcTable = T.newNamed("Table", package: PackageRef(path: "hash/crc32", name: "crc32"))
        crcTable.named?.setUnderlying(T.array(of: .uint32, length: 256))
        type("hash/crc32", "Table", crcTable)
        let crcTablePointer = T.pointer(to: crcTable)
        func tableValue(_ entries: [UInt32]) -> Value { .obj(Box(entries.map { .int(Int64($0)) })) }
        func tableEntries(_ v: Value) throws(GoPanicError) -> [UInt32] {
            guard case .obj(let o) = v, let box = o as? Box, box.f.count == 256 else { throw .runtime("invalid memory address or nil pointer dereference") }
            return box.f.map { UInt32(truncatingIfNeeded: $0.i) }
        }
        variable("hash/crc32", "IEEETable", crcTablePointer, .obj(Cell(tableValue(GoCRC32.ieeeTable))))
        function("hash/crc32", "MakeTable", sig([.uint32], [crcTablePointer])) { c in
            [tableValue(GoCRC32.makeTable(UInt32(truncatingIfNeeded: c[0].i)))]
        }
        function("hash/crc32", "Checksum", sig([bytes, crcTablePointer], [.uint32])) { c in
            [.int(Int64(GoCRC32.update(0, table: try tableEntries(c[1]), bytesOfSlice(c[0]))))]
        }
        function("hash/crc32", "Update", sig([.uint32, crcTablePointer, bytes], [.uint32])) { c in
            [.int(Int64(GoCRC32.update(UInt32(truncatingIfNeeded: c[0].i), table: try tableEntries(c[1]), bytesOfSlice(c[2]))))]
        }
        function("hash/crc32", "New", sig([crcTablePointer], [hash32])) { c in
            [hashValue(crcPointer, TableCRC32(table: try tableEntries(c[0])))]
        }

        // crypto/hmac
        let hmacPointer = digestType("crypto/hmac", "hmac")
        function("crypto/hmac", "New", sig([sig([], [hashInterface]), bytes], [hashInterface])) { c in
            let made = try c.vm.callSync(c.goroutine, c[0], [])
            guard case .obj(let o) = made.first ?? .none, let iv = o as? IfaceVal, let inner = try? handle(iv.value) else {
                throw GoPanicError.plain("crypto/hmac: only the hash functions of crypto/sha256, crypto/sha512, crypto/sha1 and crypto/md5 are supported")
            }
            return [hashValue(hmacPointer, inner.state.keyed(bytesOfSlice(c[1])))]
        }
        function("crypto/hmac", "Equal", sig([bytes, bytes], [.bool])) { c in
            [.bool(goConstantTimeEqual(bytesOfSlice(c[0]), bytesOfSlice(c[1])))]
        }

        // crypto/subtle
        function("crypto/subtle", "ConstantTimeCompare", sig([bytes, bytes], [int])) { c in
            [.int(goConstantTimeEqual(bytesOfSlice(c[0]), bytesOfSlice(c[1])) ? 1 : 0)]
        }
        function("crypto/subtle", "ConstantTimeEq", sig([.int32, .int32], [int])) { c in [.int(c[0].i == c[1].i ? 1 : 0)] }

        // crypto/rand: the system generator (getrandom / arc4random underneath).
        func fillRandom(_ v: Value) -> Int {
            var generator = SystemRandomNumberGenerator()
            let n = sliceLength(v)
            return fillByteSlice(v, (0..<n).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
        let randPkg = PackageRef(path: "crypto/rand", name: "rand")
        let reader = T.newNamed("reader", package: randPkg)
        reader.named?.setUnderlying(T.structure([]))
        method(reader, "Read", pointer: true, sig([bytes], [int, .error])) { c in [.int(Int64(fillRandom(c[1]))), .none] }
        if let ioReader = packages["io"]?.types["Reader"] {
            variable("crypto/rand", "Reader", ioReader, .obj(Cell(.obj(IfaceVal(type: T.pointer(to: reader), value: .obj(Box([])))))))
        }
        function("crypto/rand", "Read", sig([bytes], [int, .error])) { c in [.int(Int64(fillRandom(c[0]))), .none] }
        function("crypto/rand", "Text", sig([], [.string])) { _ in
            // 26 base32 characters, as Go 1.24's rand.Text.
            let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
            var generator = SystemRandomNumberGenerator()
            return [.str((0..<26).map { _ in alphabet[Int.random(in: 0..<32, using: &generator)] })]
        }
    }
}
