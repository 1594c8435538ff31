/// A rule that cannot be parsed or compiled.
///
/// `message` uses Traefik's wording where Traefik has one, so operators see familiar texts;
/// `column` is the 1-based byte column in the rule string where the problem starts.
public struct RuleError: Error, Equatable, Sendable, CustomStringConvertible {
    public let rule: String
    public let column: Int
    public let message: String

    public init(rule: String, column: Int, message: String) {
        self.rule = rule
        self.column = column
        self.message = message
    }

    public var description: String {
        "error while parsing rule \(rule): \(message) (column \(column))"
    }
}

/// A failure found while scanning or parsing, before the rule text is attached.
struct RuleSyntaxFailure: Error {
    let column: Int
    let message: String
}
