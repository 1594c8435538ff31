import GoStdlibCore

/// The state of a `*json.Decoder`: bytes read from the reader but not yet decoded, and where
/// the `Token` walk stands (Go's tokenState and its stack).
final class JSONDecoderState {
    enum TokenState { case topValue, arrayStart, arrayValue, arrayComma, objectStart, objectKey, objectColon, objectValue, objectComma }
    let reader: Value
    var buffer: [UInt8] = []
    var offset = 0
    /// Bytes dropped from the front of `buffer` (for InputOffset).
    var consumed = 0
    var atEOF = false
    var useNumber = false
    var disallowUnknownFields = false
    var tokenState = TokenState.topValue
    var tokenStack: [TokenState] = []
    var emptyReads = 0
    init(reader: Value) { self.reader = reader }

    var valueAllowed: Bool {
        switch tokenState {
        case .topValue, .arrayStart, .arrayValue, .objectValue: return true
        default: return false
        }
    }

    func valueEnded() {
        switch tokenState {
        case .arrayStart, .arrayValue: tokenState = .arrayComma
        case .objectValue: tokenState = .objectComma
        default: break
        }
    }

    /// Drops decoded bytes once enough have piled up.
    func trim() {
        if offset > 1 << 16 {
            buffer.removeFirst(offset)
            consumed += offset
            offset = 0
        }
    }
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
        let noProgress = variable(path: "io", "ErrNoProgress") ?? errorValue("multiple Read calls return no data or error")

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
            // A reader that keeps returning nothing would spin here forever (bufio's guard).
            state.emptyReads = n == 0 && result[1].isNone ? state.emptyReads + 1 : 0
            if state.emptyReads >= 100 { return noProgress }
            return .none
        }
        /// The next non-space byte (reading as needed), or the error that ended the input.
        func peek(_ c: NativeCall, _ state: JSONDecoderState) throws(GoPanicError) -> (UInt8?, Value) {
            while true {
                while state.offset < state.buffer.count, [0x20, 0x09, 0x0A, 0x0D].contains(state.buffer[state.offset]) { state.offset += 1 }
                if state.offset < state.buffer.count { return (state.buffer[state.offset], .none) }
                if state.atEOF { return (nil, eof) }
                let err = try fill(c, state)
                if !err.isNone { return (nil, err) }
            }
        }
        func syntaxError(_ state: JSONDecoderState, _ message: String) -> Value {
            context.syntaxErrorValue(GoJSONSyntaxError(message: message, offset: state.consumed + state.offset, isEndOfInput: false))
        }
        /// Go's Decode: the separator a Token walk left pending, then one whole value.
        func decodeNext(_ c: NativeCall, _ state: JSONDecoderState, into target: Value) throws(GoPanicError) -> Value {
            if state.tokenState == .arrayComma || state.tokenState == .objectColon {
                let (next, err) = try peek(c, state)
                guard let next else { return err }
                let isComma = state.tokenState == .arrayComma
                if next != UInt8(ascii: isComma ? "," : ":") {
                    return syntaxError(state, isComma ? "expected comma after array element" : "expected colon after object key")
                }
                state.offset += 1
                state.tokenState = isComma ? .arrayValue : .objectValue
            }
            if !state.valueAllowed { return syntaxError(state, "not at beginning of value") }
            while true {
                let (next, err) = try peek(c, state)
                if next == nil { return err }
                let parsed: Result<(GoJSONNode, Int), GoJSONSyntaxError>
                do { parsed = .success(try GoJSONParser.parseFirst(state.buffer, from: state.offset)) } catch { parsed = .failure(error) }
                switch parsed {
                case .success(let (node, end)):
                    // A number that touches the end of the buffer may continue in the next read.
                    if end == state.buffer.count, !state.atEOF, case .number = node.value {
                        let err = try fill(c, state)
                        if !err.isNone { return err }
                        continue
                    }
                    let source = state.buffer
                    state.offset = end
                    state.valueEnded()
                    state.trim()
                    return try unmarshal(c, source, node, target, state.useNumber, state.disallowUnknownFields)
                case .failure(let error):
                    if !error.isEndOfInput { return context.syntaxErrorValue(error) }
                    if state.atEOF { return unexpectedEOF }
                    let err = try fill(c, state)
                    if !err.isNone { return err }
                }
            }
        }
        method(decoder, "Decode", pointer: true, sig([.any], [.error])) { c in
            [try decodeNext(c, try decoderState(c[0]), into: c[1])]
        }
        method(decoder, "More", pointer: true, sig([], [bool])) { c in
            let (next, _) = try peek(c, try decoderState(c[0]))
            guard let next else { return [.bool(false)] }
            return [.bool(next != UInt8(ascii: "]") && next != UInt8(ascii: "}"))]
        }

        // Token: a walk over delimiters and scalar values, as Go's Decoder.Token.
        let delim = T.newNamed("Delim", package: pkg)
        delim.named?.setUnderlying(.rune)
        type("encoding/json", "Delim", delim)
        method(delim, "String", pointer: false, sig([], [str])) { c in [.str(GoUTF8.encodeRune(GoRune(truncatingIfNeeded: c[0].i)))] }
        let token = T.newNamed("Token", package: pkg)
        token.named?.setUnderlying(.any)
        type("encoding/json", "Token", token)
        let anyPointer = T.pointer(to: .any)
        let stringPointer = T.pointer(to: .string)
        method(decoder, "Token", pointer: true, sig([], [token, .error])) { c in
            let state = try decoderState(c[0])
            func delimiter(_ d: UInt8) -> Value { .obj(IfaceVal(type: delim, value: .int(Int64(d)))) }
            func tokenError(_ d: UInt8) -> [Value] {
                let context: String
                switch state.tokenState {
                case .topValue, .arrayStart, .arrayValue, .objectValue: context = " looking for beginning of value"
                case .arrayComma: context = " after array element"
                case .objectKey, .objectStart: context = " looking for beginning of object key string"
                case .objectColon: context = " after object key"
                case .objectComma: context = " after object key:value pair"
                }
                return [.none, syntaxError(state, "invalid character " + GoJSONParser.quoteChar(d) + context)]
            }
            while true {
                let (peeked, err) = try peek(c, state)
                guard let next = peeked else { return [.none, err] }
                switch next {
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    if !state.valueAllowed { return tokenError(next) }
                    state.offset += 1
                    state.tokenStack.append(state.tokenState)
                    state.tokenState = next == UInt8(ascii: "[") ? .arrayStart : .objectStart
                    return [delimiter(next), .none]
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    let closesArray = next == UInt8(ascii: "]")
                    let allowed = closesArray ? (state.tokenState == .arrayStart || state.tokenState == .arrayComma)
                                              : (state.tokenState == .objectStart || state.tokenState == .objectComma)
                    if !allowed || state.tokenStack.isEmpty { return tokenError(next) }
                    state.offset += 1
                    state.tokenState = state.tokenStack.removeLast()
                    state.valueEnded()
                    return [delimiter(next), .none]
                case UInt8(ascii: ":"):
                    if state.tokenState != .objectColon { return tokenError(next) }
                    state.offset += 1
                    state.tokenState = .objectValue
                case UInt8(ascii: ","):
                    if state.tokenState == .arrayComma { state.offset += 1; state.tokenState = .arrayValue }
                    else if state.tokenState == .objectComma { state.offset += 1; state.tokenState = .objectKey }
                    else { return tokenError(next) }
                default:
                    if next == UInt8(ascii: "\""), state.tokenState == .objectStart || state.tokenState == .objectKey {
                        let saved = state.tokenState
                        state.tokenState = .topValue
                        let key = Cell(.str([]))
                        let err = try decodeNext(c, state, into: .obj(IfaceVal(type: stringPointer, value: .obj(key))))
                        state.tokenState = saved
                        if !err.isNone { return [.none, err] }
                        state.tokenState = .objectColon
                        return [.obj(IfaceVal(type: .string, value: key.v)), .none]
                    }
                    if !state.valueAllowed { return tokenError(next) }
                    let value = Cell(.none)
                    let err = try decodeNext(c, state, into: .obj(IfaceVal(type: anyPointer, value: .obj(value))))
                    if !err.isNone { return [.none, err] }
                    return [value.v, .none]
                }
            }
        }
        method(decoder, "UseNumber", pointer: true, sig([], [])) { c in try decoderState(c[0]).useNumber = true; return [] }
        method(decoder, "DisallowUnknownFields", pointer: true, sig([], [])) { c in try decoderState(c[0]).disallowUnknownFields = true; return [] }
        method(decoder, "InputOffset", pointer: true, sig([], [.int64])) { c in
            let state = try decoderState(c[0])
            return [.int(Int64(state.consumed + state.offset))]
        }

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
