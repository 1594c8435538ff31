import Foundation

// The rest of package math's float functions. Each follows Go's documented special cases,
// which for these functions coincide with C99/IEEE 754 (Round is half away from zero,
// Mod takes the sign of x), so the platform's libm serves them.
extension NativeRegistry {
    func installMathFunctions() {
        let f64 = GoType.float64, bool = GoType.bool, int = GoType.int
        func unary(_ name: String, _ f: @escaping @Sendable (Double) -> Double) {
            function("math", name, sig([f64], [f64])) { c in [.float(f(c[0].f))] }
        }
        func binary(_ name: String, _ f: @escaping @Sendable (Double, Double) -> Double) {
            function("math", name, sig([f64, f64], [f64])) { c in [.float(f(c[0].f, c[1].f))] }
        }
        unary("Ceil") { $0.rounded(.up) }
        unary("Trunc") { $0.rounded(.towardZero) }
        unary("Round") { $0.rounded(.toNearestOrAwayFromZero) }
        unary("RoundToEven") { $0.rounded(.toNearestOrEven) }
        unary("Cbrt") { Foundation.cbrt($0) }
        unary("Exp") { Foundation.exp($0) }
        unary("Exp2") { Foundation.exp2($0) }
        unary("Expm1") { Foundation.expm1($0) }
        unary("Log") { Foundation.log($0) }
        unary("Log2") { Foundation.log2($0) }
        unary("Log10") { Foundation.log10($0) }
        unary("Log1p") { Foundation.log1p($0) }
        unary("Sin") { Foundation.sin($0) }
        unary("Cos") { Foundation.cos($0) }
        unary("Tan") { Foundation.tan($0) }
        unary("Asin") { Foundation.asin($0) }
        unary("Acos") { Foundation.acos($0) }
        unary("Atan") { Foundation.atan($0) }
        unary("Sinh") { Foundation.sinh($0) }
        unary("Cosh") { Foundation.cosh($0) }
        unary("Tanh") { Foundation.tanh($0) }
        binary("Atan2") { Foundation.atan2($0, $1) }
        binary("Hypot") { Foundation.hypot($0, $1) }
        binary("Mod") { Foundation.fmod($0, $1) }
        binary("Remainder") { Foundation.remainder($0, $1) }
        binary("Copysign") { Double(signOf: $1, magnitudeOf: $0) }
        binary("Dim") { x, y in
            if x.isNaN || y.isNaN { return .nan }
            return max(x - y, 0)
        }
        function("math", "IsInf", sig([f64, int], [bool])) { c in
            let x = c[0].f, sign = c[1].i
            return [.bool((sign >= 0 && x == .infinity) || (sign <= 0 && x == -.infinity))]
        }
        function("math", "Signbit", sig([f64], [bool])) { c in [.bool(c[0].f.sign == .minus)] }
        function("math", "Modf", sig([f64], [f64, f64])) { c in
            let x = c[0].f
            if x.isInfinite { return [.float(x), .float(.nan)] }
            let i = x.rounded(.towardZero)
            return [.float(i), .float(Double(signOf: x, magnitudeOf: x - i))]
        }
        function("math", "Float64bits", sig([f64], [.uint64])) { c in [.int(Int64(bitPattern: c[0].f.bitPattern))] }
        function("math", "Float64frombits", sig([.uint64], [f64])) { c in [.float(Double(bitPattern: UInt64(bitPattern: c[0].i)))] }
        function("math", "Float32bits", sig([.float32], [.uint32])) { c in [.int(Int64(Float(c[0].f).bitPattern))] }
        function("math", "Float32frombits", sig([.uint32], [.float32])) { c in [.float(Double(Float(bitPattern: UInt32(truncatingIfNeeded: c[0].i))))] }
    }
}
