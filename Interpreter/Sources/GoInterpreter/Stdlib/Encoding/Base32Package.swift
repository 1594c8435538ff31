import GoStdlibCore

/// The Swift state behind a `*base32.Encoding`.
final class Base32Handle {
    let encoding: GoBase32
    init(_ encoding: GoBase32) { self.encoding = encoding }
}

// encoding/base32: StdEncoding and HexEncoding over GoBase32, NewEncoding and WithPadding.
extension NativeRegistry {
    func installBase32() {
        let T = table
        let int = GoType.int, str = GoType.string
        let bytes = T.slice(of: .byte)
        let path = "encoding/base32"
        let pkg = PackageRef(path: path, name: "base32")
        let encodingType = T.newNamed("Encoding", package: pkg)
        encodingType.named?.setUnderlying(T.structure([StructField(name: "impl", type: .any, package: pkg)]))
        type(path, "Encoding", encodingType)
        let encodingPointer = T.pointer(to: encodingType)

        let corrupt = T.newNamed("CorruptInputError", package: pkg)
        corrupt.named?.setUnderlying(.int64)
        type(path, "CorruptInputError", corrupt)
        method(corrupt, "Error", pointer: false, sig([], [str])) { c in
            [.string(GoBase32.CorruptInputError(offset: Int(c[0].i)).description)]
        }
        func corruptError(_ e: GoBase32.CorruptInputError?) -> Value {
            guard let e else { return .none }
            return .obj(IfaceVal(type: corrupt, value: .int(Int64(e.offset))))
        }
        func encodingValue(_ e: GoBase32) -> Value { .obj(Box([.obj(Base32Handle(e))])) }
        variable(path, "StdEncoding", encodingPointer, .obj(Cell(encodingValue(.std))))
        variable(path, "HexEncoding", encodingPointer, .obj(Cell(encodingValue(.hex))))
        constant(path, "StdPadding", .untypedRune, .integer(Int64(UInt8(ascii: "="))))
        constant(path, "NoPadding", .untypedRune, .integer(-1))

        func handle(_ v: Value) throws(GoPanicError) -> GoBase32 {
            guard case .obj(let o) = v, let box = o as? Box, case .obj(let h) = box.f[0], let handle = h as? Base32Handle else {
                throw .runtime("invalid memory address or nil pointer dereference")
            }
            return handle.encoding
        }
        func checked(_ alphabet: [UInt8], padding: Int64) throws(GoPanicError) -> Value {
            if alphabet.count != 32 { throw GoPanicError.plain("encoding alphabet is not 32-bytes long") }
            var pad: UInt8? = nil
            if padding >= 0 {
                if padding == 0x0A || padding == 0x0D || padding > 0xFF { throw GoPanicError.plain("invalid padding") }
                if alphabet.contains(UInt8(padding)) { throw GoPanicError.plain("padding contained in alphabet") }
                pad = UInt8(padding)
            }
            return encodingValue(GoBase32(alphabet: alphabet, padding: pad))
        }
        function(path, "NewEncoding", sig([str], [encodingPointer])) { c in [try checked(c[0].s, padding: Int64(UInt8(ascii: "=")))] }
        method(encodingType, "WithPadding", pointer: false, sig([.rune], [encodingPointer])) { c in
            [try checked(try handle(c[0]).alphabet, padding: c[1].i)]
        }
        method(encodingType, "EncodeToString", pointer: true, sig([bytes], [str])) { c in [.str(try handle(c[0]).encode(bytesOfSlice(c[1])))] }
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
        method(encodingType, "EncodedLen", pointer: true, sig([int], [int])) { c in [.int(Int64(try handle(c[0]).encodedLength(Int(c[1].i))))] }
        method(encodingType, "DecodedLen", pointer: true, sig([int], [int])) { c in [.int(Int64(try handle(c[0]).decodedLength(Int(c[1].i))))] }
    }
}
