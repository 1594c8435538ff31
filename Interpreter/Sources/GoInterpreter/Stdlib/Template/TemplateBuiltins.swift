import GoStdlibCore

// The predefined template functions (and, or, not, len, index, slice, print*, comparisons,
// escapers, call), working on evaluated values the way Go's funcs.go works on reflect.Values.

struct TemplateBuiltinError: Error {
    let message: String
}

enum TemplateBuiltin: String {
    case and, or, not, len, index, slice, print, printf, println, call
    case eq, ne, lt, le, gt, ge
    case html, js, urlquery

    /// Parameter count and variadic flag, as declared in Go (printf's first parameter is a
    /// string; every other parameter takes any value as it is).
    var arity: (Int, Bool) {
        switch self {
        case .and, .or, .index, .slice, .call, .eq, .printf: return (2, true)
        case .not, .len: return (1, false)
        case .ne, .lt, .le, .gt, .ge: return (2, false)
        case .print, .println, .html, .js, .urlquery: return (1, true)
        }
    }

    func call(_ args: [TemplateValue], _ exec: TemplateExecution) throws -> TemplateValue {
        switch self {
        case .and, .or: return args.last ?? .invalid   // handled lazily by evalCall
        case .not: return .bool(!args[0].throughInterface.truth.0)
        case .len: return .int(try Self.length(args[0]))
        case .index: return try Self.index(args[0], Array(args.dropFirst()))
        case .slice: return try Self.slice(args[0], Array(args.dropFirst()), exec.registry.table)
        case .print: return .string(exec.sprint(args, line: false))
        case .println: return .string(exec.sprint(args, line: true))
        case .printf:
            var f = GoFormatter()
            GoPrintf.format(args[0].value.s, InterpretedArguments(values: args.dropFirst().map(exec.interfaceValue), printer: ValuePrinter(vm: exec.vm, g: exec.g)), into: &f)
            return .string(f.output)
        case .eq: return .bool(try Self.equal(args[0], Array(args.dropFirst())))
        case .ne: return .bool(!(try Self.equal(args[0], [args[1]])))
        case .lt: return .bool(try Self.less(args[0], args[1]))
        case .le: return .bool(try Self.less(args[0], args[1]) || Self.equal(args[0], [args[1]]))
        case .gt: return .bool(!(try Self.less(args[0], args[1]) || Self.equal(args[0], [args[1]])))
        case .ge: return .bool(!(try Self.less(args[0], args[1])))
        case .html: return .string(TemplateEscaping.html(exec.escaperInput(args)))
        case .js: return .string(TemplateEscaping.javaScript(exec.escaperInput(args)))
        case .urlquery: return .string(TemplateEscaping.queryEscape(exec.escaperInput(args)))
        case .call: return try Self.callFunction(args, exec)
        }
    }

    // MARK: len, index, slice

    static func length(_ item: TemplateValue) throws -> Int {
        let (v, isNil) = item.indirect()
        if isNil { throw TemplateBuiltinError(message: "len of nil pointer") }
        guard let t = v.type else { throw TemplateBuiltinError(message: "len of type <nil>") }
        switch t.underlying.kind {
        case .basic(let k) where k.isString: return v.value.s.count
        case .slice: return sliceLength(v.value)
        case .array(_, let n): return Int(n)
        case .map: return (v.value.o as? MapVal)?.d.count ?? 0
        case .chan: return (v.value.o as? ChanVal)?.count ?? 0
        default: throw TemplateBuiltinError(message: "len of type \(t)")
        }
    }

    /// An index argument as an Int, checked against `length` (Go's indexArg).
    private static func indexArgument(_ index: TemplateValue, _ length: Int) throws -> Int {
        let v = index.throughInterface
        guard let t = v.type else { throw TemplateBuiltinError(message: "cannot index slice/array with nil") }
        guard let k = t.basicKind, k.isInteger, t.underlying.kind.isBasic else { throw TemplateBuiltinError(message: "cannot index slice/array with type \(t)") }
        let x = v.value.i
        if k.isUnsigned ? UInt64(bitPattern: x) > UInt64(Int64.max) : false { throw TemplateBuiltinError(message: "index out of range: \(UInt64(bitPattern: x))") }
        if x < 0 || x >= Int64(length) { throw TemplateBuiltinError(message: "index out of range: \(x)") }
        return Int(x)
    }

    static func index(_ item0: TemplateValue, _ indexes: [TemplateValue]) throws -> TemplateValue {
        var item = item0.throughInterface
        guard item.isValid else { throw TemplateBuiltinError(message: "index of untyped nil") }
        for index in indexes {
            let (v, isNil) = item.indirect()
            if isNil { throw TemplateBuiltinError(message: "index of nil pointer") }
            let t = v.type!
            switch t.underlying.kind {
            case .basic(let k) where k.isString:
                let s = v.value.s
                let i = try indexArgument(index, s.count)
                item = TemplateValue(value: .int(Int64(s[i])), type: .byte)
            case .slice(let e):
                let i = try indexArgument(index, sliceLength(v.value))
                item = TemplateValue(value: (v.value.o as! SliceVal)[i], type: e, addressable: true)
            case .array(let e, let n):
                let i = try indexArgument(index, Int(n))
                item = TemplateValue(value: (v.value.o as! Box).f[i], type: e, addressable: v.addressable)
            case .map(let kt, let et):
                let key = index.throughInterface
                guard let keyType = key.type else {
                    if kt.canBeNil { item = TemplateValue(value: (v.value.o as? MapVal)?.d[MapKey(v: .none)] ?? ZeroValues.of(et).make(), type: et); continue }
                    throw TemplateBuiltinError(message: "value is nil; should be of type \(kt)")
                }
                var k: Value
                if TemplateTypes.assignable(keyType, kt) { k = TemplateTypes.convert(key, to: kt).value }
                else if let a = keyType.basicKind, a.isInteger, let b = kt.basicKind, b.isInteger, kt.underlying.kind.isBasic {
                    k = .int(TemplateBuiltin.convertInteger(key.value.i, to: b))   // Go converts between integer kinds here
                } else {
                    throw TemplateBuiltinError(message: "value has type \(keyType); should be \(kt)")
                }
                item = TemplateValue(value: (v.value.o as? MapVal)?.d[MapKey(v: k)] ?? ZeroValues.of(et).make(), type: et)
            default:
                throw TemplateBuiltinError(message: "can't index item of type \(t)")
            }
        }
        return item
    }

    static func slice(_ item0: TemplateValue, _ indexes: [TemplateValue], _ table: TypeTable) throws -> TemplateValue {
        let item = item0.throughInterface
        guard let t = item.type else { throw TemplateBuiltinError(message: "slice of untyped nil") }
        if indexes.count > 3 { throw TemplateBuiltinError(message: "too many slice indexes: \(indexes.count)") }
        var capacity: Int
        switch t.underlying.kind {
        case .basic(let k) where k.isString:
            if indexes.count == 3 { throw TemplateBuiltinError(message: "cannot 3-index slice a string") }
            capacity = item.value.s.count
        case .slice: capacity = (item.value.o as? SliceVal)?.cap ?? 0
        case .array(_, let n): capacity = Int(n)
        default: throw TemplateBuiltinError(message: "can't slice item of type \(t)")
        }
        var idx = [0, capacity]
        if case .slice = t.underlying.kind { idx[1] = sliceLength(item.value) }
        if case .basic = t.underlying.kind { idx[1] = capacity }
        var bounds = idx + [capacity]
        for (i, index) in indexes.enumerated() {
            bounds[i] = try indexArgument(index, capacity + 1)
        }
        if indexes.count < 2 { bounds[1] = idx[1]; if indexes.count == 0 { bounds[0] = 0 } }
        if bounds[0] > bounds[1] { throw TemplateBuiltinError(message: "invalid slice index: \(bounds[0]) > \(bounds[1])") }
        if indexes.count == 3, bounds[1] > bounds[2] { throw TemplateBuiltinError(message: "invalid slice index: \(bounds[1]) > \(bounds[2])") }
        switch t.underlying.kind {
        case .basic: return TemplateValue(value: .str(Array(item.value.s[bounds[0]..<bounds[1]])), type: t)
        case .slice:
            guard let s = item.value.o as? SliceVal else { return item }
            let cap = (indexes.count == 3 ? bounds[2] : s.cap) - bounds[0]
            return TemplateValue(value: .obj(SliceVal(base: s.base, off: s.off + bounds[0], len: bounds[1] - bounds[0], cap: cap)), type: t)
        case .array(let e, _):
            guard let b = item.value.o as? Box else { return item }
            let cap = (indexes.count == 3 ? bounds[2] : capacity) - bounds[0]
            return TemplateValue(value: .obj(SliceVal(base: b, off: bounds[0], len: bounds[1] - bounds[0], cap: cap)), type: table.slice(of: e))
        default: return item
        }
    }

    /// An integer value converted to another integer kind (wrapping as Go's conversion does).
    static func convertInteger(_ x: Int64, to k: BasicKind) -> Int64 {
        switch k {
        case .int8: return Int64(Int8(truncatingIfNeeded: x))
        case .int16: return Int64(Int16(truncatingIfNeeded: x))
        case .int32: return Int64(Int32(truncatingIfNeeded: x))
        case .uint8: return Int64(UInt8(truncatingIfNeeded: x))
        case .uint16: return Int64(UInt16(truncatingIfNeeded: x))
        case .uint32: return Int64(UInt32(truncatingIfNeeded: x))
        default: return x
        }
    }

    // MARK: comparison

    /// Go's basicKind: non-basic types and missing values are both "invalid" for comparison.
    private enum Kind { case invalid, bool, int, uint, float, string }

    private static func kind(_ v: TemplateValue) -> Kind {
        guard let t = v.type, let k = t.basicKind, t.underlying.kind.isBasic else { return .invalid }
        if k.isBoolean { return .bool }
        if k.isString { return .string }
        if k.isFloat { return .float }
        if k.isUnsigned { return .uint }
        if k.isInteger { return .int }
        return .invalid
    }

    /// A missing value or a nil pointer, map, slice, chan, func or interface.
    private static func isNil(_ v: TemplateValue) -> Bool { !v.isValid || v.isNil }

    static func equal(_ a0: TemplateValue, _ others: [TemplateValue]) throws -> Bool {
        let a = a0.throughInterface
        if others.isEmpty { throw TemplateBuiltinError(message: "missing argument for comparison") }
        let k1 = kind(a)
        for o in others {
            let b = o.throughInterface
            let k2 = kind(b)
            var truth = false
            if k1 != k2 {
                if k1 == .int && k2 == .uint { truth = a.value.i >= 0 && a.value.i == b.value.i }
                else if k1 == .uint && k2 == .int { truth = b.value.i >= 0 && a.value.i == b.value.i }
                else if a.isValid && b.isValid { throw TemplateBuiltinError(message: "incompatible types for comparison") }
            } else {
                switch k1 {
                case .bool, .int, .uint: truth = a.value.i == b.value.i
                case .float: truth = a.value.f == b.value.f
                case .string: truth = a.value.s == b.value.s
                case .invalid:
                    if isNil(a) || isNil(b) { truth = isNil(a) == isNil(b) }
                    else {
                        switch b.type!.underlying.kind {
                        case .slice, .map, .signature: throw TemplateBuiltinError(message: "non-comparable type \(b.type!)")
                        default: truth = a.type == b.type && valuesEqual(a.value, b.value)
                        }
                    }
                }
            }
            if truth { return true }
        }
        return false
    }

    static func less(_ a0: TemplateValue, _ b0: TemplateValue) throws -> Bool {
        let a = a0.throughInterface, b = b0.throughInterface
        let k1 = kind(a), k2 = kind(b)
        for k in [k1, k2] where k == .invalid || k == .bool {
            throw TemplateBuiltinError(message: "invalid type for comparison")
        }
        if k1 != k2 {
            if k1 == .int && k2 == .uint { return a.value.i < 0 || UInt64(a.value.i) < UInt64(bitPattern: b.value.i) }
            if k1 == .uint && k2 == .int { return b.value.i >= 0 && UInt64(bitPattern: a.value.i) < UInt64(b.value.i) }
            throw TemplateBuiltinError(message: "incompatible types for comparison")
        }
        switch k1 {
        case .int: return a.value.i < b.value.i
        case .uint: return UInt64(bitPattern: a.value.i) < UInt64(bitPattern: b.value.i)
        case .float: return a.value.f < b.value.f
        case .string: return a.value.s.lexicographicallyPrecedes(b.value.s)
        default: throw TemplateBuiltinError(message: "invalid type for comparison")
        }
    }

    // MARK: call

    private static func callFunction(_ args: [TemplateValue], _ exec: TemplateExecution) throws -> TemplateValue {
        let name = String(decoding: args[0].value.s, as: UTF8.self)
        let fn = args[1].throughInterface
        guard let t = fn.type else { throw TemplateBuiltinError(message: "call of nil") }
        guard let sig = t.signature else { throw TemplateBuiltinError(message: "non-function \(name) of type \(t)") }
        if fn.value.isNone { throw TemplateBuiltinError(message: "call of nil") }
        let given = Array(args.dropFirst(2))
        let goodResults = sig.results.count == 1 || (sig.results.count == 2 && sig.results[1] == .error)
        if !goodResults { throw TemplateBuiltinError(message: "function \(name) has \(sig.results.count) results; should be 1 or 2") }
        var fixed = sig.parameters.count
        if sig.isVariadic {
            fixed -= 1
            if given.count < fixed { throw TemplateBuiltinError(message: "wrong number of args for \(name): got \(given.count) want at least \(fixed)") }
        } else if given.count != fixed {
            throw TemplateBuiltinError(message: "wrong number of args for \(name): got \(given.count) want \(fixed)")
        }
        var values: [Value] = []
        for (i, a) in given.enumerated() {
            var pt = i < fixed ? sig.parameters[i] : (sig.parameters.last?.elementType ?? .any)
            if i >= fixed, let e = sig.parameters.last?.elementType { pt = e }
            let v = a.isValid ? a : TemplateValue(value: .none, type: pt.canBeNil ? pt : nil)
            guard let vt = v.type else { throw TemplateBuiltinError(message: "arg \(i): value is nil; should be of type \(pt)") }
            let inner = vt.isInterface ? v.throughInterface : v
            guard let it = inner.type, TemplateTypes.assignable(it, pt) else {
                throw TemplateBuiltinError(message: "arg \(i): value has type \(vt); should be \(pt)")
            }
            values.append(TemplateTypes.convert(inner, to: pt).value)
        }
        let results = try exec.callFunctionValue(fn.value, sig, values)
        if results.count == 2, !results[1].isNone { throw TemplateBuiltinError(message: exec.errorText(results[1])) }
        return TemplateValue(value: results.first ?? .none, type: sig.results[0])
    }
}

extension TemplateExecution {
    /// A value as an `any` for fmt.
    func interfaceValue(_ v: TemplateValue) -> Value {
        guard let t = v.type else { return .none }
        if t.isInterface { return v.value }
        return .obj(IfaceVal(type: t, value: v.value))
    }

    func sprint(_ args: [TemplateValue], line: Bool) -> [UInt8] {
        var f = GoFormatter()
        let a = InterpretedArguments(values: args.map(interfaceValue), printer: ValuePrinter(vm: vm, g: g))
        if line { GoPrintf.println(a, into: &f) } else { GoPrintf.print(a, isString: { a.isString($0) }, into: &f) }
        return f.output
    }

    /// Go's evalArgs for the escapers: a lone string as it is, anything else through Sprint.
    func escaperInput(_ args: [TemplateValue]) -> [UInt8] {
        if args.count == 1, let t = args[0].throughInterface.type, t == .string { return args[0].throughInterface.value.s }
        // Each argument as printValue shows it (a missing value as "<no value>").
        let printableArgs = args.map { a -> TemplateValue in
            let v = printable(a.throughInterface) ?? a
            return v.isValid ? v : .string(Array("<no value>".utf8))
        }
        return sprint(printableArgs, line: false)
    }
}
