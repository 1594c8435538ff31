import GoStdlibCore

/// The Swift state behind a `*base64.Encoding`.
final class Base64Handle {
    let encoding: GoBase64
    init(_ encoding: GoBase64) { self.encoding = encoding }
}

// encoding/base64: the four predeclared encodings as `*Encoding` values over GoBase64.
extension NativeRegistry {
    func installBase64() {
        let T = table
        let int = GoType.int, str = GoType.string
        let bytes = T.slice(of: .byte)
        let pkg = PackageRef(path: "encoding/base64", name: "base64")
        let encodingType = T.newNamed("Encoding", package: pkg)
        encodingType.named?.setUnderlying(T.structure([StructField(name: "impl", type: .any, package: pkg)]))
        type("encoding/base64", "Encoding", encodingType)
        let encodingPointer = T.pointer(to: encodingType)

        // CorruptInputError is an int64 offset with an Error method, as in Go.
        let corrupt = T.newNamed("CorruptInputError", package: pkg)
        corrupt.named?.setUnderlying(.int64)
        type("encoding/base64", "CorruptInputError", corrupt)
        method(corrupt, "Error", pointer: false, sig([], [str])) { c in
            [.string(GoBase64.CorruptInputError(offset: Int(c[0].i)).description)]
        }
        func corruptError(_ e: GoBase64.CorruptInputError?) -> Value {
            guard let e else { return .none }
            return .obj(IfaceVal(type: corrupt, value: .int(Int64(e.offset))))
        }

        for (name, encoding) in [("StdEncoding", GoBase64.std), ("URLEncoding", .url), ("RawStdEncoding", .rawStd), ("RawURLEncoding", .rawURL)] {
            variable("encoding/base64", name, encodingPointer, .obj(Cell(.obj(Box([.obj(Base64Handle(encoding))])))))
        }
        constant("encoding/base64", "StdPadding", .untypedRune, .integer(Int64(UInt8(ascii: "="))))
        constant("encoding/base64", "NoPadding", .untypedRune, .integer(-1))

        func handle(_ v: Value) throws(GoPanicError) -> GoBase64 {
            guard case .obj(let o) = v, let box = o as? Box, case .obj(let h) = box.f[0], let handle = h as? Base64Handle else {
                throw .runtime("invalid memory address or nil pointer dereference")
            }
            return handle.encoding
        }
        method(encodingType, "EncodeToString", pointer: true, sig([bytes], [str])) { c in
            [.str(try handle(c[0]).encode(bytesOfSlice(c[1])))]
        }
        method(encodingType, "DecodeString", pointer: true, sig([str], [bytes, .error])) { c in
            let (decoded, error) = try handle(c[0]).decode(c[1].s)
            return [byteSliceValue(decoded), corruptError(error)]
        }
        method(encodingType, "Encode", pointer: true, sig([bytes, bytes], [])) { c in
            let encoded = try handle(c[0]).encode(bytesOfSlice(c[2]))
            if sliceLength(c[1]) < encoded.count { throw GoPanicError.runtime("index out of range [\(sliceLength(c[1]))] with length \(sliceLength(c[1]))") }
            _ = fillByteSlice(c[1], encoded)
            return []
        }
        method(encodingType, "Decode", pointer: true, sig([bytes, bytes], [int, .error])) { c in
            let (decoded, error) = try handle(c[0]).decode(bytesOfSlice(c[2]))
            if sliceLength(c[1]) < decoded.count { throw GoPanicError.runtime("index out of range [\(sliceLength(c[1]))] with length \(sliceLength(c[1]))") }
            return [.int(Int64(fillByteSlice(c[1], decoded))), corruptError(error)]
        }
        method(encodingType, "AppendEncode", pointer: true, sig([bytes, bytes], [bytes])) { c in
            [byteSliceValue(bytesOfSlice(c[1]) + (try handle(c[0]).encode(bytesOfSlice(c[2]))))]
        }
        /// Go panics on alphabets that are not 64 distinct bytes without CR, LF or the padding.
        func checkedEncoding(_ alphabet: [UInt8], padding: Int64) throws(GoPanicError) -> Value {
            if alphabet.count != 64 { throw GoPanicError.plain("encoding alphabet is not 64-bytes long") }
            if Set(alphabet).count != 64 || alphabet.contains(0x0A) || alphabet.contains(0x0D) {
                throw GoPanicError.plain("encoding alphabet contains newline character or duplicate symbols")
            }
            var pad: UInt8? = nil
            if padding >= 0 {
                if padding == 0x0A || padding == 0x0D || padding > 0xFF { throw GoPanicError.plain("invalid padding") }
                if alphabet.contains(UInt8(padding)) { throw GoPanicError.plain("padding contained in alphabet") }
                pad = UInt8(padding)
            }
            return .obj(Box([.obj(Base64Handle(GoBase64(alphabet: alphabet, padding: pad)))]))
        }
        function("encoding/base64", "NewEncoding", sig([str], [encodingPointer])) { c in
            [try checkedEncoding(c[0].s, padding: Int64(UInt8(ascii: "=")))]
        }
        method(encodingType, "WithPadding", pointer: false, sig([.rune], [encodingPointer])) { c in
            [try checkedEncoding(try handle(c[0]).alphabet, padding: c[1].i)]
        }
        method(encodingType, "EncodedLen", pointer: true, sig([int], [int])) { c in
            [.int(Int64(try handle(c[0]).encodedLength(Int(c[1].i))))]
        }
        method(encodingType, "DecodedLen", pointer: true, sig([int], [int])) { c in
            [.int(Int64(try handle(c[0]).decodedLength(Int(c[1].i))))]
        }
    }
}
