import GoStdlibCore

// encoding/json: Marshal, MarshalIndent, Unmarshal, Valid, Compact/Indent on byte slices,
// Decoder and Encoder over io values, RawMessage, Number, and Go's error types.
extension NativeRegistry {
    func installJSON() {
        let T = table
        let str = GoType.string, bool = GoType.bool
        let bytes = T.slice(of: .byte)
        let pkg = PackageRef(path: "encoding/json", name: "json")
        let context = JSONContext(table: T)
        context.mapStringAny = T.map(key: .string, value: .any)
        context.sliceAny = T.slice(of: .any)
        context.byteSlice = bytes
        context.plainError = { [unowned self] in self.errorValue($0) }
        if let corrupt = packages["encoding/base64"]?.types["CorruptInputError"] { context.base64CorruptInputError = corrupt }

        func interface(_ name: String, _ methods: [(String, [GoType], [GoType])], path: String = "encoding/json", register: Bool = true) -> GoType {
            let t = T.newNamed(name, package: PackageRef(path: path, name: String(path.split(separator: "/").last!)))
            t.named?.setUnderlying(T.interface(methods: methods.map { Method(name: $0.0, package: nil, signature: sig($0.1, $0.2)) }))
            if register { type(path, name, t) }
            return t
        }
        context.marshaler = interface("Marshaler", [("MarshalJSON", [], [bytes, .error])])
        context.unmarshaler = interface("Unmarshaler", [("UnmarshalJSON", [bytes], [.error])])
        context.textMarshaler = interface("TextMarshaler", [("MarshalText", [], [bytes, .error])], path: "encoding", register: packages["encoding"]?.types["TextMarshaler"] == nil)
        context.textUnmarshaler = interface("TextUnmarshaler", [("UnmarshalText", [bytes], [.error])], path: "encoding", register: packages["encoding"]?.types["TextUnmarshaler"] == nil)

        /// An error struct type whose first field is its message.
        func errorType(_ name: String, _ fields: [StructField] = []) -> GoType {
            let t = T.newNamed(name, package: pkg)
            t.named?.setUnderlying(T.structure([StructField(name: "msg", type: str, package: pkg)] + fields))
            type("encoding/json", name, t)
            method(t, "Error", pointer: true, sig([], [str])) { c in
                guard case .obj(let o) = c[0], let box = o as? Box else { throw GoPanicError.runtime("invalid memory address or nil pointer dereference") }
                return [box.f[0]]
            }
            return T.pointer(to: t)
        }
        context.syntaxError = errorType("SyntaxError", [StructField(name: "Offset", type: .int64, package: pkg)])
        context.invalidUnmarshalError = errorType("InvalidUnmarshalError")
        context.unsupportedTypeError = errorType("UnsupportedTypeError")
        context.unsupportedValueError = errorType("UnsupportedValueError")
        context.marshalerError = errorType("MarshalerError")

        let typeError = T.newNamed("UnmarshalTypeError", package: pkg)
        typeError.named?.setUnderlying(T.structure([
            StructField(name: "Value", type: str, package: pkg), StructField(name: "Offset", type: .int64, package: pkg),
            StructField(name: "Struct", type: str, package: pkg), StructField(name: "Field", type: str, package: pkg),
            StructField(name: "typeName", type: str, package: pkg),
        ]))
        type("encoding/json", "UnmarshalTypeError", typeError)
        method(typeError, "Error", pointer: true, sig([], [str])) { c in
            guard case .obj(let o) = c[0], let box = o as? Box else { throw GoPanicError.runtime("invalid memory address or nil pointer dereference") }
            let f = box.f
            let what = String(decoding: f[0].s, as: UTF8.self), typeName = String(decoding: f[4].s, as: UTF8.self)
            if !f[2].s.isEmpty || !f[3].s.isEmpty {
                return [.string("json: cannot unmarshal \(what) into Go struct field \(String(decoding: f[2].s, as: UTF8.self)).\(String(decoding: f[3].s, as: UTF8.self)) of type \(typeName)")]
            }
            return [.string("json: cannot unmarshal \(what) into Go value of type \(typeName)")]
        }
        context.unmarshalTypeError = T.pointer(to: typeError)

        // Number: a JSON number literal kept as text.
        let number = T.newNamed("Number", package: pkg)
        number.named?.setUnderlying(str)
        type("encoding/json", "Number", number)
        context.number = number
        method(number, "String", pointer: false, sig([], [str])) { c in [c[0]] }
        method(number, "Float64", pointer: false, sig([], [.float64, .error])) { [unowned self] c in
            let (f, e) = GoStrconv.parseFloat(c[0].s, bitSize: 64)
            return [.float(f), e.map { self.numError($0) } ?? .none]
        }
        method(number, "Int64", pointer: false, sig([], [.int64, .error])) { [unowned self] c in
            let (i, e) = GoStrconv.parseInt(c[0].s, base: 10, bitSize: 64)
            return [.int(i), e.map { self.numError($0) } ?? .none]
        }

        // RawMessage: already-encoded JSON, passed through.
        let raw = T.newNamed("RawMessage", package: pkg)
        raw.named?.setUnderlying(bytes)
        type("encoding/json", "RawMessage", raw)
        method(raw, "MarshalJSON", pointer: false, sig([], [bytes, .error])) { c in
            [c[0].isNone ? byteSliceValue(Array("null".utf8)) : c[0], .none]
        }
        method(raw, "UnmarshalJSON", pointer: true, sig([bytes], [.error])) { [unowned self] c in
            guard case .obj(let o) = c[0], let p = o as? Pointer else { return [self.errorValue("json.RawMessage: UnmarshalJSON on nil pointer")] }
            p.store(byteSliceValue(bytesOfSlice(c[1])))
            return [.none]
        }

        func marshal(_ c: NativeCall, _ v: Value, escapeHTML: Bool = true) throws(GoPanicError) -> ([UInt8], Value) {
            var encoder = JSONValueEncoder(context: context, vm: c.vm, goroutine: c.goroutine, escapeHTML: escapeHTML)
            do { try encoder.encodeInterface(v) } catch {
                switch error {
                case .error(let e): return ([], e)
                case .panic(let p): throw p
                }
            }
            return (encoder.output, .none)
        }
        func unmarshal(_ c: NativeCall, _ data: [UInt8], _ target: Value, useNumber: Bool = false, disallowUnknown: Bool = false, parsed: GoJSONNode? = nil) throws(GoPanicError) -> Value {
            let node: GoJSONNode
            if let parsed { node = parsed } else {
                do { node = try GoJSONParser.parse(data) } catch { return context.syntaxErrorValue(error) }
            }
            var decoder = JSONValueDecoder(context: context, vm: c.vm, goroutine: c.goroutine, source: data)
            decoder.useNumber = useNumber
            decoder.disallowUnknownFields = disallowUnknown
            do { try decoder.decodeInto(target, node) } catch {
                switch error {
                case .error(let e): return e
                case .panic(let p): throw p
                }
            }
            return decoder.savedError
        }

        function("encoding/json", "Marshal", sig([.any], [bytes, .error])) { c in
            let (out, err) = try marshal(c, c[0])
            return [err.isNone ? byteSliceValue(out) : .none, err]
        }
        function("encoding/json", "MarshalIndent", sig([.any, str, str], [bytes, .error])) { c in
            let (out, err) = try marshal(c, c[0])
            if !err.isNone { return [.none, err] }
            return [byteSliceValue(GoJSONWriting.indent(out, prefix: c[1].s, indent: c[2].s)), .none]
        }
        function("encoding/json", "Unmarshal", sig([bytes, .any], [.error])) { c in
            [try unmarshal(c, bytesOfSlice(c[0]), c[1])]
        }
        function("encoding/json", "Valid", sig([bytes], [bool])) { c in [.bool(GoJSONParser.isValid(bytesOfSlice(c[0])))] }

        installJSONStreams(context: context, marshal: { (c: NativeCall, v: Value, escapeHTML: Bool) throws(GoPanicError) -> ([UInt8], Value) in
            try marshal(c, v, escapeHTML: escapeHTML)
        }, unmarshal: { (c: NativeCall, data: [UInt8], node: GoJSONNode, target: Value, useNumber: Bool, disallow: Bool) throws(GoPanicError) -> Value in
            try unmarshal(c, data, target, useNumber: useNumber, disallowUnknown: disallow, parsed: node)
        })
    }

    /// A *strconv.NumError value from GoStdlibCore's error.
    func numError(_ e: GoNumError) -> Value {
        numErrorValue(e)
    }
}
