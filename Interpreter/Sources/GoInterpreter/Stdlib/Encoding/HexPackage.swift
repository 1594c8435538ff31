import GoStdlibCore

// encoding/hex over GoHex: lower-case encoding, Go's ErrLength and InvalidByteError.
extension NativeRegistry {
    func installHex() {
        let T = table
        let int = GoType.int, str = GoType.string
        let bytes = T.slice(of: .byte)
        let pkg = PackageRef(path: "encoding/hex", name: "hex")
        let invalidByte = T.newNamed("InvalidByteError", package: pkg)
        invalidByte.named?.setUnderlying(.byte)
        type("encoding/hex", "InvalidByteError", invalidByte)
        method(invalidByte, "Error", pointer: false, sig([], [str])) { c in
            [.string(GoHex.DecodeError.invalidByte(UInt8(truncatingIfNeeded: c[0].i)).description)]
        }
        // One shared value, so `err == hex.ErrLength` holds.
        let errLength = errorValue(GoHex.DecodeError.oddLength.description)
        variable("encoding/hex", "ErrLength", .error, .obj(Cell(errLength)))
        func decodeError(_ e: GoHex.DecodeError?) -> Value {
            switch e {
            case nil: return .none
            case .oddLength: return errLength
            case .invalidByte(let b): return .obj(IfaceVal(type: invalidByte, value: .int(Int64(b))))
            }
        }

        function("encoding/hex", "EncodeToString", sig([bytes], [str])) { c in [.str(GoHex.encode(bytesOfSlice(c[0])))] }
        function("encoding/hex", "DecodeString", sig([str], [bytes, .error])) { c in
            let (decoded, error) = GoHex.decode(c[0].s)
            return [byteSliceValue(decoded), decodeError(error)]
        }
        function("encoding/hex", "EncodedLen", sig([int], [int])) { c in [.int(c[0].i &* 2)] }
        function("encoding/hex", "DecodedLen", sig([int], [int])) { c in [.int(c[0].i / 2)] }
        function("encoding/hex", "Encode", sig([bytes, bytes], [int])) { c in
            let encoded = GoHex.encode(bytesOfSlice(c[1]))
            if sliceLength(c[0]) < encoded.count { throw GoPanicError.runtime("index out of range [\(sliceLength(c[0]))] with length \(sliceLength(c[0]))") }
            return [.int(Int64(fillByteSlice(c[0], encoded)))]
        }
        function("encoding/hex", "Decode", sig([bytes, bytes], [int, .error])) { c in
            let (decoded, error) = GoHex.decode(bytesOfSlice(c[1]))
            if sliceLength(c[0]) < decoded.count { throw GoPanicError.runtime("index out of range [\(sliceLength(c[0]))] with length \(sliceLength(c[0]))") }
            return [.int(Int64(fillByteSlice(c[0], decoded))), decodeError(error)]
        }
        function("encoding/hex", "AppendEncode", sig([bytes, bytes], [bytes])) { c in
            [byteSliceValue(bytesOfSlice(c[0]) + GoHex.encode(bytesOfSlice(c[1])))]
        }
    }
}
