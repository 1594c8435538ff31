import GoStdlibCore

/// The offset error both codecs report (`base32.CorruptInputError`, `base64.CorruptInputError`).
protocol CorruptInputOffset: CustomStringConvertible {
    var offset: Int { get }
    init(offset: Int)
}

extension GoBase32.CorruptInputError: CorruptInputOffset {}
extension GoBase64.CorruptInputError: CorruptInputOffset {}

/// What encoding/base32 and encoding/base64 share: an alphabet with optional padding, bound to
/// Go as a `*Encoding` with the same methods and a `CorruptInputError` offset type.
protocol AlphabetEncoding: Sendable {
    associatedtype CorruptInput: CorruptInputOffset
    var alphabet: [UInt8] { get }
    init(alphabet: [UInt8], padding: UInt8?)
    func encode(_ src: some Collection<UInt8>) -> [UInt8]
    func decode(_ src: [UInt8]) -> (bytes: [UInt8], error: CorruptInput?)
    func encodedLength(_ n: Int) -> Int
    func decodedLength(_ n: Int) -> Int
    /// Go's panic message for an alphabet `NewEncoding` refuses; nil when it is accepted.
    static func alphabetProblem(_ alphabet: [UInt8]) -> String?
}

extension GoBase32: AlphabetEncoding {
    static func alphabetProblem(_ alphabet: [UInt8]) -> String? {
        alphabet.count == 32 ? nil : "encoding alphabet is not 32-bytes long"
    }
}

extension GoBase64: AlphabetEncoding {
    static func alphabetProblem(_ alphabet: [UInt8]) -> String? {
        if alphabet.count != 64 { return "encoding alphabet is not 64-bytes long" }
        if Set(alphabet).count != 64 || alphabet.contains(0x0A) || alphabet.contains(0x0D) {
            return "encoding alphabet contains newline character or duplicate symbols"
        }
        return nil
    }
}

/// The Swift state behind a `*base32.Encoding` or `*base64.Encoding`.
final class AlphabetEncodingHandle<Encoding: AlphabetEncoding> {
    let encoding: Encoding
    init(_ encoding: Encoding) { self.encoding = encoding }
}

extension NativeRegistry {
    func installBase32() {
        installAlphabetEncoding(GoBase32.self, path: "encoding/base32", predeclared: [("StdEncoding", .std), ("HexEncoding", .hex)])
    }

    func installBase64() {
        installAlphabetEncoding(GoBase64.self, path: "encoding/base64", predeclared: [
            ("StdEncoding", .std), ("URLEncoding", .url), ("RawStdEncoding", .rawStd), ("RawURLEncoding", .rawURL),
        ])
    }

    /// The package at `path`: `Encoding` (a struct holding the Swift encoding), its methods,
    /// `NewEncoding`, the `predeclared` encodings, the padding constants and `CorruptInputError`.
    private func installAlphabetEncoding<E: AlphabetEncoding>(_: E.Type, path: String, predeclared: [(String, E)]) {
        let T = table
        let int = GoType.int, str = GoType.string
        let bytes = T.slice(of: .byte)
        let pkg = PackageRef(path: path, name: String(path.split(separator: "/").last!))
        let encodingType = T.newNamed("Encoding", package: pkg)
        encodingType.named?.setUnderlying(T.structure([StructField(name: "impl", type: .any, package: pkg)]))
        type(path, "Encoding", encodingType)
        let encodingPointer = T.pointer(to: encodingType)

        // CorruptInputError is an int64 offset with an Error method, as in Go.
        let corrupt = T.newNamed("CorruptInputError", package: pkg)
        corrupt.named?.setUnderlying(.int64)
        type(path, "CorruptInputError", corrupt)
        method(corrupt, "Error", pointer: false, sig([], [str])) { c in [.string(E.CorruptInput(offset: Int(c[0].i)).description)] }
        func corruptError(_ error: E.CorruptInput?) -> Value {
            guard let error else { return .none }
            return .obj(IfaceVal(type: corrupt, value: .int(Int64(error.offset))))
        }

        func encodingValue(_ encoding: E) -> Value { .obj(Box([.obj(AlphabetEncodingHandle(encoding))])) }
        for (name, encoding) in predeclared {
            variable(path, name, encodingPointer, .obj(Cell(encodingValue(encoding))))
        }
        constant(path, "StdPadding", .untypedRune, .integer(Int64(UInt8(ascii: "="))))
        constant(path, "NoPadding", .untypedRune, .integer(-1))

        func handle(_ v: Value) throws(GoPanicError) -> E {
            guard case .obj(let o) = v, let box = o as? Box, case .obj(let h) = box.f[0], let handle = h as? AlphabetEncodingHandle<E> else {
                throw .runtime("invalid memory address or nil pointer dereference")
            }
            return handle.encoding
        }
        /// Go panics on alphabets it cannot use and on a padding that is CR, LF, not a byte,
        /// or part of the alphabet.
        func checked(_ alphabet: [UInt8], padding: Int64) throws(GoPanicError) -> Value {
            if let problem = E.alphabetProblem(alphabet) { throw GoPanicError.plain(problem) }
            var pad: UInt8? = nil
            if padding >= 0 {
                if padding == 0x0A || padding == 0x0D || padding > 0xFF { throw GoPanicError.plain("invalid padding") }
                if alphabet.contains(UInt8(padding)) { throw GoPanicError.plain("padding contained in alphabet") }
                pad = UInt8(padding)
            }
            return encodingValue(E(alphabet: alphabet, padding: pad))
        }
        func outOfRange(_ slice: Value) -> GoPanicError {
            .runtime("index out of range [\(sliceLength(slice))] with length \(sliceLength(slice))")
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
            if sliceLength(c[1]) < encoded.count { throw outOfRange(c[1]) }
            _ = fillByteSlice(c[1], encoded)
            return []
        }
        method(encodingType, "Decode", pointer: true, sig([bytes, bytes], [int, .error])) { c in
            let (decoded, error) = try handle(c[0]).decode(bytesOfSlice(c[2]))
            if sliceLength(c[1]) < decoded.count { throw outOfRange(c[1]) }
            return [.int(Int64(fillByteSlice(c[1], decoded))), corruptError(error)]
        }
        method(encodingType, "AppendEncode", pointer: true, sig([bytes, bytes], [bytes])) { c in
            [byteSliceValue(bytesOfSlice(c[1]) + (try handle(c[0]).encode(bytesOfSlice(c[2]))))]
        }
        method(encodingType, "EncodedLen", pointer: true, sig([int], [int])) { c in [.int(Int64(try handle(c[0]).encodedLength(Int(c[1].i))))] }
        method(encodingType, "DecodedLen", pointer: true, sig([int], [int])) { c in [.int(Int64(try handle(c[0]).decodedLength(Int(c[1].i))))] }
    }
}
