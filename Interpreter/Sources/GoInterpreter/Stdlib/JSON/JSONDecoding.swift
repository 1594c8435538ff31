import GoStdlibCore

/// Go's `encoding/json` decoder over a parsed document: builds or updates interpreted values
/// of a given type. Like Go, a type mismatch is remembered (the first one is returned) and
/// decoding goes on; errors from UnmarshalJSON methods stop it.
struct JSONValueDecoder {
    let context: JSONContext
    let vm: VM
    let goroutine: Goroutine
    let source: [UInt8]
    var useNumber = false
    var disallowUnknownFields = false
    /// The first type error, as Go's `saveError`.
    var savedError: Value = .none
    /// Go's error context: the struct being filled and the JSON names leading to the field.
    private var structName = ""
    private var fieldStack: [String] = []

    init(context: JSONContext, vm: VM, goroutine: Goroutine, source: [UInt8]) {
        self.context = context
        self.vm = vm
        self.goroutine = goroutine
        self.source = source
    }

    private mutating func typeError(_ what: String, _ type: GoType, _ node: GoJSONNode) {
        guard savedError.isNone else { return }
        let offset = node.kindName == "object" || node.kindName == "array" ? node.range.lowerBound + 1 : node.range.upperBound
        savedError = context.unmarshalTypeErrorValue(what, type, offset: offset, structName: structName, field: fieldStack.joined(separator: "."))
    }

    private mutating func save(_ error: Value) {
        if savedError.isNone { savedError = error }
    }

    /// Decodes into the target of `json.Unmarshal(data, v)`, `v` being an interface value.
    mutating func decodeInto(_ target: Value, _ node: GoJSONNode) throws(JSONFailure) {
        guard case .obj(let o) = target, let iv = o as? IfaceVal else {
            throw .error(context.messageError(context.invalidUnmarshalError, "json: Unmarshal(nil)"))
        }
        guard let element = iv.type.pointerElement else {
            throw .error(context.messageError(context.invalidUnmarshalError, "json: Unmarshal(non-pointer \(iv.type))"))
        }
        guard case .obj(let p) = iv.value else {
            throw .error(context.messageError(context.invalidUnmarshalError, "json: Unmarshal(nil \(iv.type))"))
        }
        if element.isComposite {
            _ = try decode(node, element, existing: iv.value)
        } else if let pointer = p as? Pointer {
            pointer.store(try decode(node, element, existing: pointer.load()))
        }
    }

    /// Calls UnmarshalJSON / UnmarshalText on `*type` if it has one. Returns the updated value,
    /// or nil when the type has neither method.
    private mutating func decodeWithMethods(_ node: GoJSONNode, _ type: GoType, existing: Value) throws(JSONFailure) -> Value? {
        let pointerType = context.table.pointer(to: type)
        let method: String
        var argument: [UInt8]
        if context.implements(pointerType, context.unmarshaler) {
            method = "UnmarshalJSON"
            argument = Array(source[node.range])
        } else if context.implements(pointerType, context.textUnmarshaler), case .string(let s) = node.value {
            method = "UnmarshalText"
            argument = s
        } else {
            return nil
        }
        // Composite values are their own pointers; others get a temporary cell.
        let cell: Cell? = type.isComposite ? nil : Cell(existing)
        let receiver: Value = cell.map { .obj($0) } ?? existing
        let result: [Value]
        do { result = try vm.callInterfaceMethod(goroutine, .obj(IfaceVal(type: pointerType, value: receiver)), method, [byteSliceValue(argument)]) }
        catch { throw .panic(error) }
        if let err = result.first, !err.isNone { throw .error(err) }
        return cell?.v ?? existing
    }

    /// Returns the value of `type` decoded from `node`, updating `existing` in place where Go
    /// would (structs, arrays, maps, pointed-to values).
    mutating func decode(_ node: GoJSONNode, _ type: GoType, existing: Value) throws(JSONFailure) -> Value {
        let underlying = type.underlying
        let isNull: Bool = { if case .null = node.value { return true }; return false }()
        // null clears pointers before any method is considered; a named slice, map or
        // interface with UnmarshalJSON (json.RawMessage) still sees the null, as in Go.
        if isNull, underlying.pointerElement != nil { return .none }
        if type == context.number {
            switch node.value {
            case .number(let digits): return .str(digits)
            case .string(let s): return .str(s)
            default: break
            }
        }
        if type.named != nil, let v = try decodeWithMethods(node, type, existing: existing) { return v }
        if isNull {
            switch underlying.kind {
            case .interface, .map, .slice: return .none
            default: break
            }
        }
        switch underlying.kind {
        case .pointer(let element):
            var target = existing
            if target.isNone {
                let zero = ZeroValues.of(element).make()
                target = element.isComposite ? zero : .obj(Cell(zero))
            }
            if element.isComposite {
                _ = try decode(node, element, existing: target)
            } else if case .obj(let o) = target, let p = o as? Pointer {
                p.store(try decode(node, element, existing: p.load()))
            }
            return target
        case .interface:
            if case .obj(let o) = existing, let iv = o as? IfaceVal, iv.type.pointerElement != nil, !iv.value.isNone {
                _ = try decodeInto(existing, node)
                return existing
            }
            if underlying.interface?.methods.isEmpty == false {
                typeError(node.kindName, type, node)
                return existing
            }
            return try decodeAny(node)
        default:
            break
        }
        switch node.value {
        case .null:
            return existing
        case .bool(let b):
            if underlying.basicKind == .bool { return .bool(b) }
            typeError("bool", type, node)
            return existing
        case .string(let s):
            return try decodeString(s, node, type, existing: existing)
        case .number(let digits):
            return decodeNumber(digits, node, type, existing: existing)
        case .array(let elements):
            return try decodeArray(elements, node, type, existing: existing)
        case .object(let members):
            return try decodeObject(members, node, type, existing: existing)
        }
    }

    private mutating func decodeString(_ s: [UInt8], _ node: GoJSONNode, _ type: GoType, existing: Value) throws(JSONFailure) -> Value {
        switch type.underlying.kind {
        case .basic(let kind) where kind == .string:
            return .str(s)
        case .slice(let element) where element.basicKind == .uint8:
            let (bytes, error) = GoBase64.std.decode(s)
            if let error {
                save(.obj(IfaceVal(type: context.base64CorruptInputError, value: .int(Int64(error.offset)))))
                return existing
            }
            return byteSliceValue(bytes)
        default:
            typeError("string", type, node)
            return existing
        }
    }

    private mutating func decodeNumber(_ digits: [UInt8], _ node: GoJSONNode, _ type: GoType, existing: Value) -> Value {
        guard let kind = type.basicKind, kind.isNumeric, !kind.isComplex else {
            typeError("number", type, node)
            return existing
        }
        let literal = String(decoding: digits, as: UTF8.self)
        if kind.isFloat {
            let bits = kind == .float32 ? 32 : 64
            let (f, error) = GoStrconv.parseFloat(digits, bitSize: bits)
            if error != nil { typeError("number " + literal, type, node); return existing }
            return .float(bits == 32 ? Double(Float(f)) : f)
        }
        let bits = kind.size * 8
        if kind.isUnsigned {
            let (u, error) = GoStrconv.parseUint(digits, base: 10, bitSize: 64)
            if error != nil || (bits < 64 && u >> UInt64(bits) != 0) { typeError("number " + literal, type, node); return existing }
            return .int(Int64(bitPattern: u))
        }
        let (i, error) = GoStrconv.parseInt(digits, base: 10, bitSize: 64)
        if error != nil || (bits < 64 && (i < -(1 << (bits - 1)) || i >= 1 << (bits - 1))) {
            typeError("number " + literal, type, node)
            return existing
        }
        return .int(i)
    }

    private mutating func decodeArray(_ elements: [GoJSONNode], _ node: GoJSONNode, _ type: GoType, existing: Value) throws(JSONFailure) -> Value {
        switch type.underlying.kind {
        case .slice(let element):
            // As Go: an empty array gives a new empty slice; otherwise the existing backing array
            // is reused when it is large enough, and every element within its capacity (even past
            // the old length) is decoded into, merging with what was there (golang/go#21092).
            guard !elements.isEmpty else { return .obj(SliceVal(base: Box([]), off: 0, len: 0, cap: 0)) }
            let old: SliceVal? = { if case .obj(let o) = existing { return o as? SliceVal }; return nil }()
            if let old, elements.count <= old.cap {
                for (i, e) in elements.enumerated() {
                    old.base.f[old.off + i] = try decode(e, element, existing: old.base.f[old.off + i])
                }
                return .obj(SliceVal(base: old.base, off: old.off, len: elements.count, cap: old.cap))
            }
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for (i, e) in elements.enumerated() {
                let current = old.map { i < $0.cap ? deepCopy($0.base.f[$0.off + i]) : ZeroValues.of(element).make() } ?? ZeroValues.of(element).make()
                values.append(try decode(e, element, existing: current))
            }
            return .obj(SliceVal(base: Box(values), off: 0, len: values.count, cap: values.count))
        case .array(let element, let length):
            guard case .obj(let o) = existing, let box = o as? Box else { return existing }
            for i in 0..<Int(length) {
                if i < elements.count {
                    box.f[i] = try decode(elements[i], element, existing: box.f[i])
                } else {
                    let zero = ZeroValues.of(element).make()
                    if case .obj(let z) = zero, let zb = z as? Box, case .obj(let t) = box.f[i], let tb = t as? Box { tb.assign(from: zb) }
                    else { box.f[i] = zero }
                }
            }
            return existing
        default:
            typeError("array", type, node)
            return existing
        }
    }

    private mutating func decodeObject(_ members: [(key: [UInt8], value: GoJSONNode)], _ node: GoJSONNode, _ type: GoType, existing: Value) throws(JSONFailure) -> Value {
        switch type.underlying.kind {
        case .map(let key, let value):
            let keyKind = key.basicKind
            // Like Go, a key type's UnmarshalText wins over its string kind.
            let textKey = context.implements(context.table.pointer(to: key), context.textUnmarshaler)
            guard keyKind == .string || keyKind?.isInteger == true || textKey else {
                typeError("object", type, node)
                return existing
            }
            let map: MapVal
            if case .obj(let o) = existing, let m = o as? MapVal { map = m } else { map = MapVal() }
            for member in members {
                let element = try decode(member.value, value, existing: ZeroValues.of(value).make())
                var keyValue: Value
                if textKey {
                    let keyNode = GoJSONNode(.string(member.key), range: member.value.range)
                    guard let decoded = try decodeWithMethods(keyNode, key, existing: ZeroValues.of(key).make()) else { continue }
                    keyValue = decoded
                } else if keyKind == .string {
                    keyValue = .str(member.key)
                } else {
                    // Integer keys: a bad key is reported as "number <key>", as in Go.
                    let number = GoJSONNode(.number(member.key), range: member.value.range)
                    keyValue = decodeNumber(member.key, number, key, existing: .none)
                    if keyValue.isNone { continue }
                }
                map.d[MapKey(v: keyValue)] = element
            }
            return .obj(map)
        case .structure:
            guard case .obj(let o) = existing, let box = o as? Box else { return existing }
            let fields = context.fields.fields(of: type)
            let savedStruct = structName
            let savedStack = fieldStack
            defer { structName = savedStruct; fieldStack = savedStack }
            for member in members {
                var found = fields.first { $0.name == member.key }
                if found == nil {
                    let folded = GoStrings.toLower(member.key)
                    found = fields.first { GoStrings.toLower($0.name) == folded }
                }
                guard let field = found else {
                    if disallowUnknownFields {
                        save(context.plainError("json: unknown field " + String(decoding: GoStrconv.quote(member.key), as: UTF8.self)))
                    }
                    continue
                }
                guard let (holder, index) = fieldLocation(box, type, field.path) else { continue }
                structName = type.named?.name ?? ""
                fieldStack = savedStack + [String(decoding: field.name, as: UTF8.self)]
                var valueNode = member.value
                if field.quoted {
                    guard case .string(let inner) = member.value.value else {
                        if case .null = member.value.value { continue }
                        save(context.plainError("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into \(field.type)"))
                        continue
                    }
                    guard let parsed = try? GoJSONParser.parse(inner) else {
                        save(context.plainError("json: invalid use of ,string struct tag, trying to unmarshal " + String(decoding: GoStrconv.quote(inner), as: UTF8.self) + " into \(field.type)"))
                        continue
                    }
                    valueNode = GoJSONNode(parsed.value, range: member.value.range)
                }
                holder.f[index] = try decode(valueNode, field.type, existing: holder.f[index])
            }
            return existing
        default:
            typeError("object", type, node)
            return existing
        }
    }

    /// The box holding a field and its index, allocating nil embedded pointers on the way.
    private func fieldLocation(_ box: Box, _ outer: GoType, _ path: [Int]) -> (Box, Int)? {
        var current = box
        var type = outer
        for (k, index) in path.enumerated() {
            if k == path.count - 1 { return (current, index) }
            guard let info = type.structure else { return nil }
            type = info.fields[index].type
            if let element = type.pointerElement {
                type = element
                if current.f[index].isNone { current.f[index] = ZeroValues.of(element).make() }
            }
            guard case .obj(let o) = current.f[index], let next = o as? Box else { return nil }
            current = next
        }
        return nil
    }

    /// Decoding into `any`: map[string]any, []any, float64 (or json.Number), string, bool, nil.
    mutating func decodeAny(_ node: GoJSONNode) throws(JSONFailure) -> Value {
        switch node.value {
        case .null: return .none
        case .bool(let b): return .obj(IfaceVal(type: .bool, value: .bool(b)))
        case .string(let s): return .obj(IfaceVal(type: .string, value: .str(s)))
        case .number(let digits):
            if useNumber { return .obj(IfaceVal(type: context.number, value: .str(digits))) }
            let (f, error) = GoStrconv.parseFloat(digits, bitSize: 64)
            if error != nil {
                typeError("number " + String(decoding: digits, as: UTF8.self), .float64, node)
                return .none
            }
            return .obj(IfaceVal(type: .float64, value: .float(f)))
        case .array(let elements):
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for e in elements { values.append(try decodeAny(e)) }
            return .obj(IfaceVal(type: context.sliceAny, value: .obj(SliceVal(base: Box(values), off: 0, len: values.count, cap: values.count))))
        case .object(let members):
            let map = MapVal()
            for member in members { map.d[MapKey(v: .str(member.key))] = try decodeAny(member.value) }
            return .obj(IfaceVal(type: context.mapStringAny, value: .obj(map)))
        }
    }
}
