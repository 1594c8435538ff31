/// Why a constant operation has no value.
public enum ConstantError: Error, Sendable, Equatable {
    /// `x / 0` or `x % 0`: gc reports "invalid operation: division by zero".
    case divisionByZero
    /// The operator does not apply to these operand kinds (the checker reports it itself).
    case invalidOperation
}

/// Constant arithmetic, with the operator tokens of the parser. Operands of different
/// numeric kinds are first brought to the larger kind (int < float < complex), as Go does
/// for untyped constants; typed constants have been made to match by the checker.
extension ConstantValue {
    public static func unary(_ op: Token, _ x: ConstantValue, unsignedBits: Int = 0) throws(ConstantError) -> ConstantValue {
        switch (op, x) {
        case (_, .unknown): return .unknown
        case (.add, .int), (.add, .rational), (.add, .float), (.add, .complex): return x
        case (.sub, .int(let i)): return .int(i.negated)
        case (.sub, .rational(let r)): return .rational(r.negated)
        case (.sub, .float(let d)): return .float(-d)
        case (.sub, .complex(let re, let im)):
            return .complex(real: try unary(.sub, re), imaginary: try unary(.sub, im))
        case (.xor, .int(let i)):
            // For unsigned types `^x` flips the type's bits: x XOR (2^bits − 1).
            if unsignedBits > 0 { return .int(i ^ (BigInt.powerOfTwo(unsignedBits) - .one)) }
            return .int(i.bitwiseComplement)
        case (.not, .bool(let b)): return .bool(!b)
        default: throw .invalidOperation
        }
    }

    /// `x op y`. `.quo` on two integers is exact (a fraction) unless `integerDivision`,
    /// which the checker sets when the operands' type is an integer type.
    public static func binary(_ x: ConstantValue, _ op: Token, _ y: ConstantValue,
                              integerDivision: Bool = false) throws(ConstantError) -> ConstantValue {
        if case .unknown = x { return .unknown }
        if case .unknown = y { return .unknown }
        let (a, b) = matched(x, y)
        switch (a, b) {
        case (.bool(let p), .bool(let q)):
            switch op {
            case .land: return .bool(p && q)
            case .lor: return .bool(p || q)
            default: throw .invalidOperation
            }
        case (.string(let s), .string(let t)):
            guard op == .add else { throw .invalidOperation }
            return .string(s + t)
        case (.int(let i), .int(let j)):
            return try integerOperation(i, op, j, integerDivision: integerDivision)
        case (.rational(let r), .rational(let s)):
            return try rationalOperation(r, op, s)
        case (.float, _), (_, .float):
            guard let p = a.doubleValue, let q = b.doubleValue else { throw .invalidOperation }
            switch op {
            case .add: return .float(p + q)
            case .sub: return .float(p - q)
            case .mul: return .float(p * q)
            case .quo:
                guard q != 0 else { throw .divisionByZero }
                return .float(p / q)
            default: throw .invalidOperation
            }
        case (.complex(let ar, let ai), .complex(let br, let bi)):
            switch op {
            case .add: return .complex(real: try binary(ar, .add, br), imaginary: try binary(ai, .add, bi))
            case .sub: return .complex(real: try binary(ar, .sub, br), imaginary: try binary(ai, .sub, bi))
            case .mul:
                // (a + bi)(c + di) = (ac − bd) + (bc + ad)i
                let real = try binary(try binary(ar, .mul, br), .sub, try binary(ai, .mul, bi))
                let imaginary = try binary(try binary(ai, .mul, br), .add, try binary(ar, .mul, bi))
                return .complex(real: real, imaginary: imaginary)
            case .quo:
                // (a + bi)/(c + di) = ((ac + bd) + (bc − ad)i) / (c² + d²)
                let denominator = try binary(try binary(br, .mul, br), .add, try binary(bi, .mul, bi))
                guard denominator.signum != 0 else { throw .divisionByZero }
                let re = try binary(try binary(ar, .mul, br), .add, try binary(ai, .mul, bi))
                let im = try binary(try binary(ai, .mul, br), .sub, try binary(ar, .mul, bi))
                return .complex(real: try binary(re, .quo, denominator), imaginary: try binary(im, .quo, denominator))
            default: throw .invalidOperation
            }
        default:
            throw .invalidOperation
        }
    }

    private static func integerOperation(_ i: BigInt, _ op: Token, _ j: BigInt, integerDivision: Bool) throws(ConstantError) -> ConstantValue {
        switch op {
        case .add: return .int(i + j)
        case .sub: return .int(i - j)
        case .mul: return .int(i * j)
        case .quo:
            guard !j.isZero else { throw .divisionByZero }
            if integerDivision { return .int(i / j) }
            return .float(BigRational(i, j))
        case .rem:
            guard !j.isZero else { throw .divisionByZero }
            return .int(i % j)
        case .and: return .int(i & j)
        case .or: return .int(i | j)
        case .xor: return .int(i ^ j)
        case .andNot: return .int(i.andNot(j))
        default: throw .invalidOperation
        }
    }

    private static func rationalOperation(_ r: BigRational, _ op: Token, _ s: BigRational) throws(ConstantError) -> ConstantValue {
        switch op {
        case .add: return .float(r + s)
        case .sub: return .float(r - s)
        case .mul: return .float(r * s)
        case .quo:
            guard let q = r.divided(by: s) else { throw .divisionByZero }
            return .float(q)
        default: throw .invalidOperation
        }
    }

    /// `x << count` or `x >> count` for an integer constant (floats with integral values
    /// are accepted, as for untyped constants in shifts).
    public static func shift(_ x: ConstantValue, _ op: Token, _ count: Int) throws(ConstantError) -> ConstantValue {
        if case .unknown = x { return .unknown }
        // The checker rejects counts beyond `ConstantDiagnostics.maxShiftCount`; this bound
        // only keeps a missed check from allocating gigabytes.
        guard count >= 0, count <= 1 << 20, case .int(let i) = x.toInt() else { throw .invalidOperation }
        switch op {
        case .shl: return .int(i.shiftedLeft(count))
        case .shr: return .int(i.shiftedRight(count))
        default: throw .invalidOperation
        }
    }

    /// `x op y` for the comparison operators.
    public static func compare(_ x: ConstantValue, _ op: Token, _ y: ConstantValue) throws(ConstantError) -> Bool {
        let (a, b) = matched(x, y)
        let order: Int
        switch (a, b) {
        case (.bool(let p), .bool(let q)):
            guard op == .eql || op == .neq else { throw .invalidOperation }
            return (p == q) == (op == .eql)
        case (.string(let s), .string(let t)):
            order = s.lexicographicallyPrecedes(t) ? -1 : (s == t ? 0 : 1)
        case (.int(let i), .int(let j)):
            order = BigInt.compare(i, j)
        case (.rational(let r), .rational(let s)):
            order = r < s ? -1 : (r == s ? 0 : 1)
        case (.complex(let ar, let ai), .complex(let br, let bi)):
            guard op == .eql || op == .neq else { throw .invalidOperation }
            let realEqual = try compare(ar, .eql, br)
            let imaginaryEqual = try compare(ai, .eql, bi)
            let equal = realEqual && imaginaryEqual
            return equal == (op == .eql)
        case (.float, _), (_, .float):
            guard let p = a.doubleValue, let q = b.doubleValue else { throw .invalidOperation }
            order = p < q ? -1 : (p == q ? 0 : 1)
        default:
            throw .invalidOperation
        }
        switch op {
        case .eql: return order == 0
        case .neq: return order != 0
        case .lss: return order < 0
        case .leq: return order <= 0
        case .gtr: return order > 0
        case .geq: return order >= 0
        default: throw .invalidOperation
        }
    }

    /// Brings two numeric values to the same representation (go/constant's `match`).
    static func matched(_ x: ConstantValue, _ y: ConstantValue) -> (ConstantValue, ConstantValue) {
        let rx = numericRank(x), ry = numericRank(y)
        guard rx > 0, ry > 0, rx != ry else { return (x, y) }
        let target = max(rx, ry)
        return (promote(x, to: target), promote(y, to: target))
    }

    private static func numericRank(_ v: ConstantValue) -> Int {
        switch v {
        case .int: return 1
        case .rational: return 2
        case .float: return 3
        case .complex: return 4
        default: return 0
        }
    }

    private static func promote(_ v: ConstantValue, to rank: Int) -> ConstantValue {
        switch rank {
        case 2: return v.toFloat()
        case 3: return v.doubleValue.map { .float($0) } ?? .unknown
        case 4: return v.toComplex()
        default: return v
        }
    }
}
