extension NativeRegistry {
    /// math's integer limits and float constants not declared with the common functions.
    func installMathConstants() {
        installMathFunctions()
        let ints: [(String, Int64)] = [
            ("MaxInt8", Int64(Int8.max)), ("MinInt8", Int64(Int8.min)), ("MaxInt16", Int64(Int16.max)), ("MinInt16", Int64(Int16.min)),
            ("MaxInt32", Int64(Int32.max)), ("MinInt32", Int64(Int32.min)), ("MaxInt64", .max), ("MinInt64", .min),
            ("MaxInt", .max), ("MinInt", .min), ("MaxUint8", Int64(UInt8.max)), ("MaxUint16", Int64(UInt16.max)),
            ("MaxUint32", Int64(UInt32.max)),
        ]
        for (name, value) in ints { constant("math", name, .untypedInt, .integer(value)) }
        constant("math", "MaxUint64", .untypedInt, .uint(.max))
        constant("math", "MaxUint", .untypedInt, .uint(.max))
        constant("math", "MaxFloat64", .untypedFloat, .double(.greatestFiniteMagnitude))
        constant("math", "SmallestNonzeroFloat64", .untypedFloat, .double(Double.leastNonzeroMagnitude))
        constant("math", "MaxFloat32", .untypedFloat, .double(Double(Float.greatestFiniteMagnitude)))
        constant("math", "Sqrt2", .untypedFloat, .double(2.0.squareRoot()))
        constant("math", "Ln2", .untypedFloat, .double(0.693147180559945309417232121458176568))
    }
}
