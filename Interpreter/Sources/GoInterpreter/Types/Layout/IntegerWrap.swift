/// Go's integer semantics for the evaluator: results wrap around to the operand type's
/// size, division by zero panics but `MinInt64 / -1` does not, shifts past the width
/// give 0 (or -1), and negative shift counts panic.
///
/// Values are kept in 64-bit registers: signed kinds sign-extended in an `Int64`,
/// unsigned kinds zero-extended (uint64 as its bit pattern).
public enum IntegerWrap {
    /// `value` truncated to the low `kind.integerBits` bits and re-extended.
    @inlinable
    public static func wrap(_ value: Int64, to kind: BasicKind) -> Int64 {
        switch kind {
        case .int8: return Int64(Int8(truncatingIfNeeded: value))
        case .int16: return Int64(Int16(truncatingIfNeeded: value))
        case .int32: return Int64(Int32(truncatingIfNeeded: value))
        case .uint8: return Int64(UInt8(truncatingIfNeeded: value))
        case .uint16: return Int64(UInt16(truncatingIfNeeded: value))
        case .uint32: return Int64(UInt32(truncatingIfNeeded: value))
        default: return value   // 64-bit kinds: the register already is the value
        }
    }

    /// The unsigned view of a register holding a value of `kind`.
    @inlinable
    public static func wrapUnsigned(_ value: UInt64, to kind: BasicKind) -> UInt64 {
        UInt64(bitPattern: wrap(Int64(bitPattern: value), to: kind))
    }

    /// Go's `a / b` for signed kinds: nil for division by zero (the caller panics with
    /// "integer divide by zero"); `MinInt / -1` wraps to `MinInt`.
    @inlinable
    public static func divide(_ a: Int64, _ b: Int64, kind: BasicKind) -> Int64? {
        guard b != 0 else { return nil }
        if kind.isUnsigned {
            return wrap(Int64(bitPattern: UInt64(bitPattern: a) / UInt64(bitPattern: b)), to: kind)
        }
        return wrap(a.dividedReportingOverflow(by: b).partialValue, to: kind)
    }

    /// Go's `a % b`: nil for division by zero; `MinInt % -1 == 0`.
    @inlinable
    public static func remainder(_ a: Int64, _ b: Int64, kind: BasicKind) -> Int64? {
        guard b != 0 else { return nil }
        if kind.isUnsigned {
            return wrap(Int64(bitPattern: UInt64(bitPattern: a) % UInt64(bitPattern: b)), to: kind)
        }
        return a.remainderReportingOverflow(dividingBy: b).partialValue
    }

    /// `a << count`; nil for a negative count (the caller panics with "negative shift amount").
    @inlinable
    public static func shiftLeft(_ a: Int64, by count: Int64, kind: BasicKind) -> Int64? {
        guard count >= 0 else { return nil }
        if count >= 64 { return 0 }
        return wrap(a << count, to: kind)
    }

    /// `a >> count`: arithmetic for signed kinds, logical for unsigned ones.
    @inlinable
    public static func shiftRight(_ a: Int64, by count: Int64, kind: BasicKind) -> Int64? {
        guard count >= 0 else { return nil }
        if kind.isUnsigned {
            if count >= 64 { return 0 }
            return Int64(bitPattern: UInt64(bitPattern: a) >> UInt64(count))
        }
        return a >> min(count, 63)
    }

    /// `a + b`, `a - b`, `a * b` with wrap-around.
    @inlinable public static func add(_ a: Int64, _ b: Int64, kind: BasicKind) -> Int64 { wrap(a &+ b, to: kind) }
    @inlinable public static func subtract(_ a: Int64, _ b: Int64, kind: BasicKind) -> Int64 { wrap(a &- b, to: kind) }
    @inlinable public static func multiply(_ a: Int64, _ b: Int64, kind: BasicKind) -> Int64 { wrap(a &* b, to: kind) }

    /// Unsigned comparison for unsigned kinds (registers hold bit patterns).
    @inlinable
    public static func isLess(_ a: Int64, _ b: Int64, kind: BasicKind) -> Bool {
        kind.isUnsigned ? UInt64(bitPattern: a) < UInt64(bitPattern: b) : a < b
    }

    /// Conversion of a float to an integer kind (truncation toward zero); out-of-range
    /// values are implementation-defined in Go, here they saturate.
    @inlinable
    public static func fromDouble(_ d: Double, to kind: BasicKind) -> Int64 {
        if d.isNaN { return kind.isUnsigned ? 0 : Int64.min }
        if kind == .uint64 || kind == .uint || kind == .uintptr {
            if d <= 0 { return 0 }
            if d >= 18446744073709551616.0 { return -1 }
            return Int64(bitPattern: UInt64(d))
        }
        if d >= 9223372036854775808.0 { return wrap(Int64.max, to: kind) }
        if d < -9223372036854775808.0 { return wrap(Int64.min, to: kind) }
        return wrap(Int64(d), to: kind)
    }

    /// Conversion of an integer register of kind `kind` to Double.
    @inlinable
    public static func toDouble(_ a: Int64, kind: BasicKind) -> Double {
        kind.isUnsigned ? Double(UInt64(bitPattern: a)) : Double(a)
    }
}
