import GoStdlibCore

/// The state of a `*json.Decoder`: bytes read from the reader but not yet decoded.
final class JSONDecoderState {
    let reader: Value
    var buffer: [UInt8] = []
    var offset = 0
    var atEOF = false
    var useNumber = false
    var disallowUnknownFields = false
    init(reader: Value) { self.reader = reader }
}

/// The settings of a `*json.Encoder`.
final class JSONEncoderState {
    let writer: Value
    var escapeHTML = true
    var prefix: [UInt8] = []
    var indent: [UInt8] = []
    init(writer: Value) { self.writer = writer }
}

extension NativeRegistry {
    typealias JSONMarshal = (NativeCall, Value, Bool) throws(GoPanicError) -> ([UInt8], Value)
    typealias JSONUnmarshal = (NativeCall, [UInt8], GoJSONNode, Value, Bool, Bool) throws(GoPanicError) -> Value

    func installJSONStreams(context: JSONContext, marshal: @escaping JSONMarshal, unmarshal: @escaping JSONUnmarshal) {
        let T = table
        let str = GoType.string, bool = GoType.bool
        let pkg = PackageRef(path: "encoding/json", name: "json")
        guard let readerType = packages["io"]?.types["Reader"], let writerType = packages["io"]?.types["Writer"] else { return }
        let eof = ioEOF
        let unexpectedEOF = variable(path: "io", "ErrUnexpectedEOF") ?? errorValue("unexpected EOF")

        // Decoder
        let decoder = T.newNamed("Decoder", package: pkg)
        decoder.named?.setUnderlying(T.structure([StructField(name: "state", type: .any, package: pkg)]))
        type("encoding/json", "Decoder", decoder)
        let decoderPointer = T.pointer(to: decoder)
        func decoderState(_ v: Value) throws(GoPanicError) -> JSONDecoderState {
            guard case .obj(let o) = v, let box = o as? Box, case .obj(let s) = box.f[0], let state = s as? JSONDecoderState else {
                throw .runtime("invalid memory address or nil pointer dereference")
            }
            return state
        }
        function("encoding/json", "NewDecoder", sig([readerType], [decoderPointer])) { c in
            [.obj(Box([.obj(JSONDecoderState(reader: c[0]))]))]
        }
        /// Reads more input; returns an error value other than EOF, if any.
        func fill(_ c: NativeCall, _ state: JSONDecoderState) throws(GoPanicError) -> Value {
            let chunk = byteSliceValue(repeatElement(0, count: 4096))
            let result = try c.vm.callInterfaceMethod(c.goroutine, state.reader, "Read", [chunk])
            let n = Int(result[0].i)
            if n > 0 { state.buffer += bytesOfSlice(chunk).prefix(n) }
            if !result[1].isNone {
                if valuesEqual(result[1], eof) { state.atEOF = true } else { return result[1] }
            }
            return .none
        }
        func skipSpace(_ state: JSONDecoderState) {
            while state.offset < state.buffer.count, [0x20, 0x09, 0x0A, 0x0D].contains(state.buffer[state.offset]) { state.offset += 1 }
        }
        method(decoder, "Decode", pointer: true, sig([.any], [.error])) { c in
            let state = try decoderState(c[0])
            while true {
                skipSpace(state)
                if state.offset >= state.buffer.count && state.atEOF { return [eof] }
                do {
                    let (node, end) = try GoJSONParser.parseFirst(state.buffer, from: state.offset)
                    // A number that touches the end of the buffer may continue in the next read.
                    if end == state.buffer.count, !state.atEOF, case .number = node.value {
                        let err = try fill(c, state)
                        if !err.isNone { return [err] }
                        continue
                    }
                    let start = node.range.lowerBound
                    let shifted = GoJSONNode(node.value, range: node.range)
                    let source = state.buffer
                    state.offset = end
                    _ = start
                    return [try unmarshal(c, source, shifted, c[1], state.useNumber, state.disallowUnknownFields)]
                } catch let error as GoJSONSyntaxError {
                    if error.isEndOfInput {
                        if state.atEOF { return [unexpectedEOF] }
                        let err = try fill(c, state)
                        if !err.isNone { return [err] }
                        continue
                    }
                    return [context.syntaxErrorValue(error)]
                }
            }
        }
        method(decoder, "More", pointer: true, sig([], [bool])) { c in
            let state = try decoderState(c[0])
            while true {
                skipSpace(state)
                if state.offset < state.buffer.count {
                    let next = state.buffer[state.offset]
                    return [.bool(next != UInt8(ascii: "]") && next != UInt8(ascii: "}"))]
                }
                if state.atEOF { return [.bool(false)] }
                if !(try fill(c, state)).isNone { return [.bool(false)] }
            }
        }
        method(decoder, "UseNumber", pointer: true, sig([], [])) { c in try decoderState(c[0]).useNumber = true; return [] }
        method(decoder, "DisallowUnknownFields", pointer: true, sig([], [])) { c in try decoderState(c[0]).disallowUnknownFields = true; return [] }
        method(decoder, "InputOffset", pointer: true, sig([], [.int64])) { c in [.int(Int64(try decoderState(c[0]).offset))] }

        // Encoder
        let encoder = T.newNamed("Encoder", package: pkg)
        encoder.named?.setUnderlying(T.structure([StructField(name: "state", type: .any, package: pkg)]))
        type("encoding/json", "Encoder", encoder)
        let encoderPointer = T.pointer(to: encoder)
        func encoderState(_ v: Value) throws(GoPanicError) -> JSONEncoderState {
            guard case .obj(let o) = v, let box = o as? Box, case .obj(let s) = box.f[0], let state = s as? JSONEncoderState else {
                throw .runtime("invalid memory address or nil pointer dereference")
            }
            return state
        }
        function("encoding/json", "NewEncoder", sig([writerType], [encoderPointer])) { c in
            [.obj(Box([.obj(JSONEncoderState(writer: c[0]))]))]
        }
        method(encoder, "Encode", pointer: true, sig([.any], [.error])) { c in
            let state = try encoderState(c[0])
            var (out, err) = try marshal(c, c[1], state.escapeHTML)
            if !err.isNone { return [err] }
            if !state.prefix.isEmpty || !state.indent.isEmpty { out = GoJSONWriting.indent(out, prefix: state.prefix, indent: state.indent) }
            out.append(0x0A)
            let result = try c.vm.callInterfaceMethod(c.goroutine, state.writer, "Write", [byteSliceValue(out)])
            return [result.count > 1 ? result[1] : .none]
        }
        method(encoder, "SetIndent", pointer: true, sig([str, str], [])) { c in
            let state = try encoderState(c[0])
            state.prefix = c[1].s
            state.indent = c[2].s
            return []
        }
        method(encoder, "SetEscapeHTML", pointer: true, sig([bool], [])) { c in try encoderState(c[0]).escapeHTML = c[1].bool; return [] }
    }

    /// The current value of a native package variable.
    func variable(path: String, _ name: String) -> Value? {
        guard let cell = packages[path]?.variables[name]?.1 else { return nil }
        if case .obj(let o) = cell, let c = o as? Cell { return c.v }
        return cell
    }
}
