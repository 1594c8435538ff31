import GoStdlibCore

/// Go's `encoding/json` encoder over interpreted values: walks a value with its static type
/// (the dynamic type for interfaces), calling MarshalJSON / MarshalText methods where the type
/// has them.
struct JSONValueEncoder {
    let context: JSONContext
    let vm: VM
    let goroutine: Goroutine
    var escapeHTML = true
    var output: [UInt8] = []
    /// Pointers, maps and slices (by backing array, offset and length, as Go compares them)
    /// on the way down from the value being encoded.
    private var pointersOnPath: Set<ReferenceOnPath> = []
    struct ReferenceOnPath: Hashable {
        let object: ObjectIdentifier
        var offset = 0, length = -1
    }
    static let maxPointerDepth = 1000

    init(context: JSONContext, vm: VM, goroutine: Goroutine, escapeHTML: Bool = true) {
        self.context = context
        self.vm = vm
        self.goroutine = goroutine
        self.escapeHTML = escapeHTML
    }

    /// Encodes the argument of `json.Marshal(v)` (an interface value).
    mutating func encodeInterface(_ v: Value) throws(JSONFailure) {
        guard case .obj(let o) = v, let iv = o as? IfaceVal else { append("null"); return }
        try encode(iv.value, iv.type, addressable: false)
    }

    private mutating func append(_ s: String) { output.append(contentsOf: s.utf8) }

    /// Calls a marshalling method and returns its result bytes, or fails with Go's MarshalerError.
    private mutating func callMarshaler(_ receiver: Value, _ type: GoType, method: String, reportedType: GoType) throws(JSONFailure) -> [UInt8] {
        let result: [Value]
        do { result = try vm.callInterfaceMethod(goroutine, .obj(IfaceVal(type: type, value: receiver)), method, []) }
        catch { throw .panic(error) }
        if result.count > 1, !result[1].isNone {
            let text: String
            do { text = try vm.errorText(goroutine, result[1]) } catch { throw .panic(error) }
            throw .error(context.messageError(context.marshalerError, "json: error calling \(method) for type \(reportedType): " + text))
        }
        return bytesOfSlice(result.first ?? .none)
    }

    private mutating func writeMarshalerOutput(_ bytes: [UInt8], _ type: GoType) throws(JSONFailure) {
        do { _ = try GoJSONParser.parse(bytes) } catch {
            throw .error(context.messageError(context.marshalerError, "json: error calling MarshalJSON for type \(type): " + error.message))
        }
        output.append(contentsOf: GoJSONWriting.compact(bytes, escapeHTML: escapeHTML))
    }

    /// Tries MarshalJSON, then MarshalText, on `type` or, for addressable values, on `*type`
    /// (a struct or array is its own pointer; other values need their location).
    private mutating func encodeWithMethods(_ v: Value, _ type: GoType, addressable: Bool, location: Pointer?) throws(JSONFailure) -> Bool {
        var candidates: [(GoType, Value)] = [(type, v)]
        if addressable, type.pointerElement == nil {
            if type.isComposite { candidates.append((context.table.pointer(to: type), v)) }
            else if let location { candidates.append((context.table.pointer(to: type), .obj(location))) }
        }
        for (t, receiver) in candidates {
            let viaPointer = t.pointerElement != nil
            if context.implements(t, context.marshaler) {
                if viaPointer && receiver.isNone { append("null"); return true }
                let bytes = try callMarshaler(receiver, t, method: "MarshalJSON", reportedType: t)
                try writeMarshalerOutput(bytes, t)
                return true
            }
            if context.implements(t, context.textMarshaler) {
                if viaPointer && receiver.isNone { append("null"); return true }
                let bytes = try callMarshaler(receiver, t, method: "MarshalText", reportedType: t)
                GoJSONWriting.appendString(&output, bytes, escapeHTML: escapeHTML)
                return true
            }
        }
        return false
    }

    /// `location` is where a non-composite addressable value lives, for pointer-receiver methods.
    mutating func encode(_ v: Value, _ type: GoType, addressable: Bool, location: Pointer? = nil) throws(JSONFailure) {
        if type.named != nil || type.pointerElement != nil {
            if type == context.number { try encodeNumber(v.s); return }
            if try encodeWithMethods(v, type, addressable: addressable, location: location) { return }
        }
        switch type.underlying.kind {
        case .basic(let kind):
            try encodeBasic(v, kind, type)
        case .pointer(let element):
            guard case .obj(let o) = v else { append("null"); return }
            // Like Go, a pointer met again on the way down is a cycle. The depth cap keeps
            // very deep (acyclic) chains from exhausting the native stack.
            let identity = try enterReference(o, type)
            defer { pointersOnPath.remove(identity) }
            if element.isComposite { try encode(v, element, addressable: true) }
            else if let p = o as? Pointer { try encode(p.load(), element, addressable: true, location: p) }
            else { append("null") }
        case .interface:
            try encodeInterface(v)
        case .structure:
            try encodeStruct(v, type, addressable: addressable)
        case .map(let key, let value):
            guard case .obj(let o) = v else { append("null"); return }
            let identity = try enterReference(o, type)
            defer { pointersOnPath.remove(identity) }
            try encodeMap(v, type, key: key, value: value)
        case .slice(let element):
            guard case .obj(let o) = v, let slice = o as? SliceVal else { append("null"); return }
            let identity = try enterReference(slice.base, type, offset: slice.off, length: slice.len)
            defer { pointersOnPath.remove(identity) }
            if element.basicKind == .uint8 && !context.implements(context.table.pointer(to: element), context.marshaler)
                && !context.implements(context.table.pointer(to: element), context.textMarshaler) {
                let raw = slice.elements.map { UInt8(truncatingIfNeeded: $0.i) }
                output.append(UInt8(ascii: "\""))
                output.append(contentsOf: GoBase64.std.encode(raw))
                output.append(UInt8(ascii: "\""))
                return
            }
            // Slice elements are always addressable.
            try encodeElements(slice.base, slice.off..<(slice.off + slice.len), element, addressable: true)
        case .array(let element, _):
            guard case .obj(let o) = v, let box = o as? Box else { append("[]"); return }
            try encodeElements(box, box.f.indices, element, addressable: addressable)
        default:
            throw .error(context.messageError(context.unsupportedTypeError, "json: unsupported type: \(type)"))
        }
    }

    /// Like Go, a pointer, map or slice met again on the way down is a cycle; the depth cap
    /// keeps very deep (acyclic) nesting from exhausting the native stack.
    private mutating func enterReference(_ object: AnyObject, _ type: GoType, offset: Int = 0, length: Int = -1) throws(JSONFailure) -> ReferenceOnPath {
        let identity = ReferenceOnPath(object: ObjectIdentifier(object), offset: offset, length: length)
        if pointersOnPath.contains(identity) {
            throw .error(context.messageError(context.unsupportedValueError, "json: unsupported value: encountered a cycle via \(type)"))
        }
        if pointersOnPath.count >= Self.maxPointerDepth {
            throw .error(context.messageError(context.unsupportedValueError, "json: unsupported value: nested deeper than \(Self.maxPointerDepth) levels"))
        }
        pointersOnPath.insert(identity)
        return identity
    }

    private mutating func encodeElements(_ base: Box, _ indices: Range<Int>, _ element: GoType, addressable: Bool) throws(JSONFailure) {
        output.append(UInt8(ascii: "["))
        let composite = element.isComposite
        for i in indices {
            if i > indices.lowerBound { output.append(UInt8(ascii: ",")) }
            let location: Pointer? = addressable && !composite && element.named != nil ? ElementPointer(base, i) : nil
            try encode(base.f[i], element, addressable: addressable, location: location)
        }
        output.append(UInt8(ascii: "]"))
    }

    private mutating func encodeNumber(_ literal: [UInt8]) throws(JSONFailure) {
        if literal.isEmpty { append("0"); return }
        guard case .number = (try? GoJSONParser.parse(literal))?.value else {
            throw .error(context.plainError("json: invalid number literal " + String(decoding: GoStrconv.quote(literal), as: UTF8.self)))
        }
        output.append(contentsOf: literal)
    }

    private mutating func encodeBasic(_ v: Value, _ kind: BasicKind, _ type: GoType) throws(JSONFailure) {
        switch kind {
        case .bool: append(v.bool ? "true" : "false")
        case .string: GoJSONWriting.appendString(&output, v.s, escapeHTML: escapeHTML)
        case .float32, .float64:
            if !GoJSONWriting.appendFloat(&output, v.f, bitSize: kind == .float32 ? 32 : 64) {
                throw .error(context.messageError(context.unsupportedValueError,
                                                  "json: unsupported value: " + GoStrconv.formatFloat(v.f, format: UInt8(ascii: "g"), precision: -1, bitSize: kind == .float32 ? 32 : 64)))
            }
        default:
            if kind.isUnsigned { GoStrconv.appendUint(&output, UInt64(bitPattern: v.i), base: 10) }
            else if kind.isInteger { GoStrconv.appendInt(&output, v.i, base: 10) }
            else { throw .error(context.messageError(context.unsupportedTypeError, "json: unsupported type: \(type)")) }
        }
    }

    /// The box holding the field at a path, or nil when an embedded pointer on the way is nil.
    static func fieldHolder(_ box: Box, _ outer: GoType, _ path: [Int]) -> Box? {
        var current = box
        var type = outer
        for (k, index) in path.enumerated() {
            guard let info = type.structure else { return nil }
            let v = current.f[index]
            if k == path.count - 1 { return current }
            type = info.fields[index].type
            if let element = type.pointerElement { type = element }
            guard case .obj(let o) = v, let next = o as? Box else { return nil }
            current = next
        }
        return nil
    }

    private func isEmpty(_ v: Value, _ type: GoType) -> Bool {
        switch type.underlying.kind {
        case .basic(let kind):
            if kind == .string { return v.s.isEmpty }
            if kind.isFloat { return v.f == 0 }
            return v.i == 0
        case .slice: return sliceLength(v) == 0
        case .map:
            guard case .obj(let o) = v, let m = o as? MapVal else { return true }
            return m.d.isEmpty
        case .array(_, let n): return n == 0
        case .pointer, .interface, .signature, .chan: return v.isNone
        default: return false
        }
    }

    private func isZero(_ v: Value, _ type: GoType) -> Bool {
        switch type.underlying.kind {
        case .slice, .map, .pointer, .interface, .signature, .chan: return v.isNone
        default: return valuesEqual(v, ZeroValues.of(type).make())
        }
    }

    private mutating func encodeStruct(_ v: Value, _ type: GoType, addressable: Bool) throws(JSONFailure) {
        guard case .obj(let o) = v, let box = o as? Box else { append("null"); return }
        output.append(UInt8(ascii: "{"))
        var first = true
        for field in context.fields.fields(of: type) {
            guard let holder = Self.fieldHolder(box, type, field.path) else { continue }
            let index = field.path[field.path.count - 1]
            let fv = holder.f[index]
            if field.omitEmpty && isEmpty(fv, field.type) { continue }
            if field.omitZero && isZero(fv, field.type) { continue }
            if !first { output.append(UInt8(ascii: ",")) }
            first = false
            GoJSONWriting.appendString(&output, field.name, escapeHTML: escapeHTML)
            output.append(UInt8(ascii: ":"))
            if field.quoted {
                try encodeQuoted(fv, field.type)
            } else {
                let location: Pointer? = addressable && !field.type.isComposite && field.type.named != nil ? FieldPointer(holder, index) : nil
                try encode(fv, field.type, addressable: addressable, location: location)
            }
        }
        output.append(UInt8(ascii: "}"))
    }

    /// The `,string` option: the value's JSON text inside a JSON string.
    private mutating func encodeQuoted(_ v: Value, _ type: GoType) throws(JSONFailure) {
        var value = v
        var valueType = type
        if let element = type.pointerElement {
            guard case .obj(let o) = v, let p = o as? Pointer else { append("null"); return }
            value = p.load()
            valueType = element
        }
        var inner = JSONValueEncoder(context: context, vm: vm, goroutine: goroutine, escapeHTML: escapeHTML)
        try inner.encode(value, valueType, addressable: false)
        if valueType.basicKind == .string {
            GoJSONWriting.appendString(&output, inner.output, escapeHTML: false)
        } else {
            output.append(UInt8(ascii: "\""))
            output.append(contentsOf: inner.output)
            output.append(UInt8(ascii: "\""))
        }
    }

    private mutating func encodeMap(_ v: Value, _ type: GoType, key: GoType, value: GoType) throws(JSONFailure) {
        guard case .obj(let o) = v, let map = o as? MapVal else { append("null"); return }
        var entries: [([UInt8], Value)] = []
        entries.reserveCapacity(map.d.count)
        for (k, element) in map.d {
            var name: [UInt8] = []
            if let kind = key.basicKind, kind == .string {
                name = k.v.s
            } else if context.implements(key, context.textMarshaler) {
                name = try callMarshaler(k.v, key, method: "MarshalText", reportedType: key)
            } else if let kind = key.basicKind, kind.isInteger {
                if kind.isUnsigned { GoStrconv.appendUint(&name, UInt64(bitPattern: k.v.i), base: 10) }
                else { GoStrconv.appendInt(&name, k.v.i, base: 10) }
            } else {
                throw .error(context.messageError(context.unsupportedTypeError, "json: unsupported type: \(type)"))
            }
            entries.append((name, element))
        }
        entries.sort { $0.0.lexicographicallyPrecedes($1.0) }
        output.append(UInt8(ascii: "{"))
        for (i, (name, element)) in entries.enumerated() {
            if i > 0 { output.append(UInt8(ascii: ",")) }
            GoJSONWriting.appendString(&output, name, escapeHTML: escapeHTML)
            output.append(UInt8(ascii: ":"))
            try encode(element, value, addressable: false)
        }
        output.append(UInt8(ascii: "}"))
    }
}
