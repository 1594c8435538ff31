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

        func install<Function: GoHashFunction>(_ path: String, _ name: String, _: Function.Type, sumName: String) {
            let pointer = digestType(path, name)
            function(path, "New", sig([], [hashInterface])) { _ in [hashValue(pointer, PlainHash<Function>())] }
            function(path, sumName, sig([bytes], [T.array(of: .byte, length: Int64(Function.size))])) { c in
                [array(Function.digest(bytesOfSlice(c[0])))]
            }
            constant(path, "Size", .untypedInt, .integer(Int64(Function.size)))
            constant(path, "BlockSize", .untypedInt, .integer(Int64(Function.blockSize)))
        }
        install("crypto/sha256", "sha256", GoSHA256.self, sumName: "Sum256")
        install("crypto/sha512", "sha512", GoSHA512.self, sumName: "Sum512")
        install("crypto/sha1", "sha1", GoSHA1.self, sumName: "Sum")
        install("crypto/md5", "md5", GoMD5.self, sumName: "Sum")

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
        constant("hash/crc32", "IEEE", .untypedInt, .integer(0xedb88320))

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
            return copyIntoByteSlice(v, (0..<n).map { _ in UInt8.random(in: 0...255, using: &generator) })
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
