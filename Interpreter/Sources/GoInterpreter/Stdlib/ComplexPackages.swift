import Foundation
import GoStdlibCore

// Complex-number library functions: strconv.FormatComplex/ParseComplex and the basics of
// math/cmplx.
// Results follow the Go documentation's special cases (infinities, NaN, signed zeros).
extension NativeRegistry {
    func installComplexPackages() {
        let c128 = GoType.complex128, f64 = GoType.float64
        function("strconv", "FormatComplex", sig([c128, .byte, .int, .int], [.string])) { c in
            let z = c[0].c
            let format = UInt8(truncatingIfNeeded: c[1].i), precision = Int(c[2].i)
            // bitSize 64 means complex64: each part is formatted as a float32.
            let partBits = c[3].i == 64 ? 32 : 64
            let re = GoStrconv.formatFloat(z.re, format: format, precision: precision, bitSize: partBits)
            var im = GoStrconv.formatFloat(z.im, format: format, precision: precision, bitSize: partBits)
            if !im.hasPrefix("+") && !im.hasPrefix("-") { im = "+" + im }
            return [.string("(" + re + im + "i)")]
        }
        function("strconv", "ParseComplex", sig([.string, .int], [c128, .error])) { c in
            let (re, im, error) = GoStrconv.parseComplex(c[0].s, bitSize: Int(c[1].i))
            let z = ComplexVal(re, im)
            return [.obj(c[1].i == 64 ? z.rounded32 : z), error.map { NativeRegistry.numError(self, $0) } ?? .none]
        }
        function("math/cmplx", "Abs", sig([c128], [f64])) { c in [.float(ComplexFunctions.abs(c[0].c))] }
        function("math/cmplx", "Phase", sig([c128], [f64])) { c in [.float(atan2(c[0].c.im, c[0].c.re))] }
        function("math/cmplx", "Conj", sig([c128], [c128])) { c in [.complex(c[0].c.re, -c[0].c.im)] }
        function("math/cmplx", "Inf", sig([], [c128])) { _ in [.complex(.infinity, .infinity)] }
        function("math/cmplx", "NaN", sig([], [c128])) { _ in [.complex(.nan, .nan)] }
        function("math/cmplx", "IsInf", sig([c128], [.bool])) { c in [.bool(c[0].c.re.isInfinite || c[0].c.im.isInfinite)] }
        function("math/cmplx", "IsNaN", sig([c128], [.bool])) { c in
            let z = c[0].c
            // An infinite part wins over a NaN one (the number is then infinite, not NaN).
            return [.bool(!(z.re.isInfinite || z.im.isInfinite) && (z.re.isNaN || z.im.isNaN))]
        }
        function("math/cmplx", "Rect", sig([f64, f64], [c128])) { c in [.complex(c[0].f * cos(c[1].f), c[0].f * sin(c[1].f))] }
        function("math/cmplx", "Polar", sig([c128], [f64, f64])) { c in
            [.float(ComplexFunctions.abs(c[0].c)), .float(atan2(c[0].c.im, c[0].c.re))]
        }
        function("math/cmplx", "Sqrt", sig([c128], [c128])) { c in [.obj(ComplexFunctions.sqrt(c[0].c))] }
        function("math/cmplx", "Exp", sig([c128], [c128])) { c in [.obj(ComplexFunctions.exp(c[0].c))] }
    }
}

enum ComplexFunctions {
    static func abs(_ z: ComplexVal) -> Double {
        if z.re.isInfinite || z.im.isInfinite { return .infinity }
        return hypot(z.re, z.im)
    }

    /// The principal square root; the result's imaginary part has the sign of the input's.
    static func sqrt(_ z: ComplexVal) -> ComplexVal {
        let a0 = z.re, b0 = z.im
        if b0 == 0 {
            if a0 == 0 { return ComplexVal(0, b0) }
            if a0 < 0 { return ComplexVal(0, (-a0).squareRoot().withSignOf(b0)) }
            return ComplexVal(a0.squareRoot(), b0)
        }
        if b0.isInfinite { return ComplexVal(.infinity, b0) }
        if a0 == 0 {
            let r = (0.5 * Swift.abs(b0)).squareRoot()
            return ComplexVal(r, b0 < 0 ? -r : r)
        }
        // Scale into a safe range so hypot neither overflows nor loses precision.
        var a = a0, b = b0, scale: Double
        if Swift.abs(a) > 4 || Swift.abs(b) > 4 { a *= 0.25; b *= 0.25; scale = 2 }
        else { a *= 0x1p54; b *= 0x1p54; scale = 0x1p-27 }
        var r = hypot(a, b), t: Double
        if a > 0 {
            t = (0.5 * r + 0.5 * a).squareRoot()
            r = scale * Swift.abs((0.5 * b) / t)
            t *= scale
        } else {
            r = (0.5 * r - 0.5 * a).squareRoot()
            t = scale * Swift.abs((0.5 * b) / r)
            r *= scale
        }
        return ComplexVal(t, b < 0 ? -r : r)
    }

    static func exp(_ z: ComplexVal) -> ComplexVal {
        if z.re.isInfinite && z.re > 0 && z.im == 0 { return z }
        if z.re.isInfinite && z.re < 0 && !z.im.isFinite { return ComplexVal(0, 0) }
        let r = Foundation.exp(z.re)
        return ComplexVal(r * cos(z.im), r * sin(z.im))
    }
}

private extension Double {
    func withSignOf(_ other: Double) -> Double { other.sign == .minus ? -Swift.abs(self) : Swift.abs(self) }
}
