/// Go's `*strconv.NumError`: which function failed, on what input, and why.
public struct GoNumError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        case syntax                 // strconv.ErrSyntax
        case range                  // strconv.ErrRange
        case invalidBase(Int)
        case invalidBitSize(Int)

        public var message: String {
            switch self {
            case .syntax: return "invalid syntax"
            case .range: return "value out of range"
            case .invalidBase(let b): return "invalid base \(b)"
            case .invalidBitSize(let b): return "invalid bit size \(b)"
            }
        }
    }

    /// The failing function without package, e.g. "ParseInt" or "Atoi".
    public var function: String
    /// The input, as bytes (Go strings may hold invalid UTF-8).
    public var input: [UInt8]
    public var reason: Reason

    public init(function: String, input: [UInt8], reason: Reason) {
        self.function = function
        self.input = input
        self.reason = reason
    }

    /// `strconv.Atoi: parsing "x": invalid syntax`
    public var description: String {
        var out = Array("strconv.\(function): parsing ".utf8)
        GoStrconv.appendQuoted(&out, input)
        out.append(contentsOf: ": \(reason.message)".utf8)
        return String(decoding: out, as: UTF8.self)
    }
}
