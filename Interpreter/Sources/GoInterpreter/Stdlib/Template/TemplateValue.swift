import GoStdlibCore

// What the executor passes around: a value with its Go type, the way text/template works on
// reflect.Values. A nil `type` is reflect's invalid value ("<no value>"). `addressable` marks
// values reached through a pointer, whose pointer-receiver methods Go templates may call.

struct TemplateValue {
    var value: Value
    var type: GoType?
    var addressable = false

    static var invalid: TemplateValue { TemplateValue(value: .none, type: nil) }
    static func string(_ s: [UInt8]) -> TemplateValue { TemplateValue(value: .str(s), type: .string) }
    static func bool(_ b: Bool) -> TemplateValue { TemplateValue(value: .bool(b), type: .bool) }
    static func int(_ i: Int) -> TemplateValue { TemplateValue(value: .int(Int64(i)), type: .int) }

    var isValid: Bool { type != nil }

    /// Whether the value is a nil pointer, map, slice, chan, func or interface.
    var isNil: Bool {
        guard let t = type else { return false }
        switch t.underlying.kind {
        case .pointer, .map, .slice, .chan, .signature, .interface: return value.isNone
        default: return false
        }
    }

    /// Go's indirectInterface: the dynamic value of a non-nil interface.
    var throughInterface: TemplateValue {
        guard let t = type, t.isInterface, case .obj(let o) = value, let iv = o as? IfaceVal else { return self }
        return TemplateValue(value: iv.value, type: iv.type)
    }

    /// Go's indirect: follows pointers and interfaces; stops at a nil one (isNil true).
    func indirect() -> (TemplateValue, Bool) {
        var v = self
        while let t = v.type {
            switch t.underlying.kind {
            case .interface:
                guard case .obj(let o) = v.value, let iv = o as? IfaceVal else { return (v, true) }
                v = TemplateValue(value: iv.value, type: iv.type)
            case .pointer(let e):
                guard case .obj(let o) = v.value else { return (v, true) }
                if e.isComposite { v = TemplateValue(value: v.value, type: e, addressable: true) }
                else if let p = o as? Pointer { v = TemplateValue(value: p.load(), type: e, addressable: true) }
                else { return (v, false) }
            default:
                return (v, false)
            }
        }
        return (v, false)
    }

    /// Go's isTrue: (truth, whether the value has a meaningful truth).
    var truth: (Bool, Bool) {
        guard let t = type else { return (false, true) }
        switch t.underlying.kind {
        case .basic(let k):
            if k.isBoolean { return (value.bool, true) }
            if k.isString { return (!value.s.isEmpty, true) }
            if k.isFloat { return (value.f != 0, true) }
            if k.isInteger { return (value.i != 0, true) }
            return (false, false)
        case .array(_, let n): return (n > 0, true)
        case .slice: return (sliceLength(value) > 0, true)
        case .map: return (((value.o as? MapVal)?.d.count ?? 0) > 0, true)
        case .pointer, .chan, .signature, .interface: return (!value.isNone, true)
        case .structure: return (true, true)
        default: return (false, false)
        }
    }
}

extension GoType {
    /// Types whose zero value is nil.
    var canBeNil: Bool {
        switch underlying.kind {
        case .pointer, .map, .slice, .chan, .signature, .interface: return true
        default: return false
        }
    }

    var isEmptyInterface: Bool { interface?.methods.isEmpty ?? false }
}

enum TemplateTypes {
    /// Go's AssignableTo for run-time values (no untyped values occur here).
    static func assignable(_ v: GoType, _ t: GoType) -> Bool {
        if v == t { return true }
        if t.isEmptyInterface { return true }
        return Assignability.check(v, to: t) == .assignable
    }

    /// `v` as a value of type `t` (wrapped when `t` is an interface); `v` must be assignable.
    static func convert(_ v: TemplateValue, to t: GoType) -> TemplateValue {
        guard let vt = v.type else { return TemplateValue(value: .none, type: t) }
        if t.isInterface && !vt.isInterface {
            return TemplateValue(value: .obj(IfaceVal(type: vt, value: vt.isComposite ? deepCopy(v.value) : v.value)), type: t)
        }
        return TemplateValue(value: vt.isComposite ? deepCopy(v.value) : v.value, type: t)
    }
}
