/// The key order `fmt` uses when printing maps (Go's internal `fmtsort`), for primitive keys:
/// numbers by value (NaN first), strings bytewise, false before true, complex by real then
/// imaginary part, pointers by address, nil first. Different types are never equal.
extension GoFormatValue {
    public static func compareForMapPrinting(_ a: GoFormatValue, _ b: GoFormatValue) -> Int {
        func order<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x > y ? 1 : 0) }
        func floats(_ x: Double, _ y: Double) -> Int {
            if x.isNaN { return -1 }
            if y.isNaN { return 1 }
            return order(x, y)
        }
        if a.typeName != b.typeName { return -1 }
        switch (a.kind, b.kind) {
        case let (.int(x), .int(y)): return order(x, y)
        case let (.uint(x), .uint(y)): return order(x, y)
        case let (.float(x, _), .float(y, _)): return floats(x, y)
        case let (.complex(xr, xi, _), .complex(yr, yi, _)):
            let c = floats(xr, yr)
            return c != 0 ? c : floats(xi, yi)
        case let (.string(x), .string(y)): return GoStrings.compare(x, y)
        case let (.bool(x), .bool(y)): return x == y ? 0 : (x ? 1 : -1)
        case let (.pointer(x), .pointer(y)): return order(x, y)
        case (.nilInterface, .nilInterface): return 0
        case (.nilInterface, _): return -1
        case (_, .nilInterface): return 1
        default: return -1
        }
    }
}
