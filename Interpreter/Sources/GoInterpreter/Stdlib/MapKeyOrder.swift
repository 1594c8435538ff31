/// The order in which fmt prints map keys (Go's internal/fmtsort): numbers by value with NaN
/// first, strings bytewise, false before true, complex by real then imaginary part, structs
/// and arrays field by field / element by element, interfaces by dynamic type then value
/// (nil first). Go orders pointers, channels and dynamic types by machine address; any fixed
/// order stands in for that here (object identity, type id).
enum MapKeyOrder {
    static func compare(_ a: Value, _ b: Value, _ t: GoType) -> Int {
        switch t.underlying.kind {
        case .basic(let k):
            if k.isString { return ordered(a.s.lexicographicallyPrecedes(b.s), a.s == b.s) }
            if k.isFloat { return floats(a.f, b.f) }
            if k.isComplex {
                let c = floats(a.c.re, b.c.re)
                return c != 0 ? c : floats(a.c.im, b.c.im)
            }
            if k.isUnsigned { return ordered(UInt64(bitPattern: a.i) < UInt64(bitPattern: b.i), a.i == b.i) }
            return ordered(a.i < b.i, a.i == b.i)
        case .structure(let s):
            guard let x = a.o as? Box, let y = b.o as? Box else { return 0 }
            for (i, field) in s.fields.enumerated() where i < x.f.count && i < y.f.count {
                let c = compare(x.f[i], y.f[i], field.type)
                if c != 0 { return c }
            }
            return 0
        case .array(let element, _):
            guard let x = a.o as? Box, let y = b.o as? Box else { return 0 }
            for i in 0..<min(x.f.count, y.f.count) {
                let c = compare(x.f[i], y.f[i], element)
                if c != 0 { return c }
            }
            return 0
        case .interface:
            switch (a.o as? IfaceVal, b.o as? IfaceVal) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (x?, y?):
                if x.type != y.type { return ordered(x.type.id < y.type.id, false) }
                return compare(x.value, y.value, x.type)
            }
        default:
            switch (a.o, b.o) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (x?, y?): return ordered(ObjectIdentifier(x) < ObjectIdentifier(y), x === y)
            }
        }
    }

    private static func ordered(_ less: Bool, _ equal: Bool) -> Int { less ? -1 : (equal ? 0 : 1) }

    private static func floats(_ x: Double, _ y: Double) -> Int {
        if x < y { return -1 }
        if x > y { return 1 }
        if x == y { return 0 }
        if x.isNaN && !y.isNaN { return -1 }
        if !x.isNaN && y.isNaN { return 1 }
        return 0
    }
}
