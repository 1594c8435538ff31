/// A failure to parse a regular expression, worded exactly as Go's `regexp/syntax.Error`.
public struct RegexpError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure; the raw value is Go's `ErrorCode` text.
    public enum Code: String, Sendable {
        case internalError = "regexp/syntax: internal error"
        case invalidCharClass = "invalid character class"
        case invalidCharRange = "invalid character class range"
        case invalidEscape = "invalid escape sequence"
        case invalidNamedCapture = "invalid named capture"
        case invalidPerlOp = "invalid or unsupported Perl syntax"
        case invalidRepeatOp = "invalid nested repetition operator"
        case invalidRepeatSize = "invalid repeat count"
        case invalidUTF8 = "invalid UTF-8"
        case missingBracket = "missing closing ]"
        case missingParen = "missing closing )"
        case missingRepeatArgument = "missing argument to repetition operator"
        case trailingBackslash = "trailing backslash at end of expression"
        case unexpectedParen = "unexpected )"
        case nestingDepth = "expression nests too deeply"
        case large = "expression too large"
    }

    public let code: Code
    /// The offending part of the expression.
    public let expr: String

    public init(_ code: Code, _ expr: String) {
        self.code = code
        self.expr = expr
    }

    public var description: String { "error parsing regexp: \(code.rawValue): `\(expr)`" }
}
