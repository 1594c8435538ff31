// complex64/complex128 values. A complex number rides in a register as `.obj(ComplexVal)`:
// keeping it out of the `Value` enum leaves the int/float cases (and their copies) exactly
// as small and fast as before; complex arithmetic is rare enough to afford an allocation.
// complex64 values are kept with both parts already rounded to float32.
final class ComplexVal: Sendable {
    let re: Double
    let im: Double
    init(_ re: Double, _ im: Double) { self.re = re; self.im = im }

    static let zero = ComplexVal(0, 0)

    /// Both parts rounded to float32 (complex64 results and conversions).
    var rounded32: ComplexVal { ComplexVal(Double(Float(re)), Double(Float(im))) }
}

extension Value {
    /// The complex number in a register (zero for anything else).
    @inline(__always) var c: ComplexVal {
        if case .obj(let o) = self, let c = o as? ComplexVal { return c }
        return .zero
    }
    static func complex(_ re: Double, _ im: Double) -> Value { .obj(ComplexVal(re, im)) }
}

/// Go's complex arithmetic (the runtime's complex128div for division).
enum ComplexArithmetic {
    static func apply(_ op: IntOp, f32: Bool, _ x: ComplexVal, _ y: ComplexVal) -> ComplexVal {
        if f32 { return apply32(op, x, y) }
        switch op {
        case .add: return ComplexVal(x.re + y.re, x.im + y.im)
        case .sub: return ComplexVal(x.re - y.re, x.im - y.im)
        case .mul: return ComplexVal(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re)
        default: return divide(x, y)
        }
    }

    /// complex64: each float32 operation rounds; division goes through complex128 as in Go.
    static func apply32(_ op: IntOp, _ x: ComplexVal, _ y: ComplexVal) -> ComplexVal {
        let a = Float(x.re), b = Float(x.im), c = Float(y.re), d = Float(y.im)
        switch op {
        case .add: return ComplexVal(Double(a + c), Double(b + d))
        case .sub: return ComplexVal(Double(a - c), Double(b - d))
        case .mul: return ComplexVal(Double(a * c - b * d), Double(a * d + b * c))
        default: return divide(x, y).rounded32
        }
    }

    /// Division as Go's runtime does it: scale by the larger part of the divisor to avoid
    /// overflow, then patch up results that came out NaN where C99 Annex G wants infinities
    /// or zeros. Division by zero yields Inf/NaN parts (no panic for complex).
    static func divide(_ n: ComplexVal, _ m: ComplexVal) -> ComplexVal {
        var e: Double, f: Double
        if abs(m.re) >= abs(m.im) {
            let ratio = m.im / m.re
            let denom = m.re + ratio * m.im
            e = (n.re + n.im * ratio) / denom
            f = (n.im - n.re * ratio) / denom
        } else {
            let ratio = m.re / m.im
            let denom = m.im + ratio * m.re
            e = (n.re * ratio + n.im) / denom
            f = (n.im * ratio - n.re) / denom
        }
        if e.isNaN && f.isNaN {
            // Recover infinities and zeros that got lost as NaN.
            var a = n.re, b = n.im, c = m.re, d = m.im
            if c == 0 && d == 0 && (!a.isNaN || !b.isNaN) {
                e = Double.infinity.withSign(of: c) * a
                f = Double.infinity.withSign(of: c) * b
            } else if (a.isInfinite || b.isInfinite) && c.isFinite && d.isFinite {
                a = (a.isInfinite ? 1.0 : 0.0).withSign(of: a)
                b = (b.isInfinite ? 1.0 : 0.0).withSign(of: b)
                e = Double.infinity * (a * c + b * d)
                f = Double.infinity * (b * c - a * d)
            } else if (c.isInfinite || d.isInfinite) && a.isFinite && b.isFinite {
                c = (c.isInfinite ? 1.0 : 0.0).withSign(of: c)
                d = (d.isInfinite ? 1.0 : 0.0).withSign(of: d)
                e = 0 * (a * c + b * d)
                f = 0 * (b * c - a * d)
            }
        }
        return ComplexVal(e, f)
    }
}

private extension Double {
    func withSign(of other: Double) -> Double { other.sign == .minus ? -abs(self) : abs(self) }
}
