/// Recursive-descent parser for the Go-expression subset rules use.
///
/// Precedence follows Go: prefix `!` binds tightest, then `&&`, then `||`; both binary operators
/// associate to the left.
struct RuleParser {
    private let tokens: [RuleToken]
    private var position = 0

    static func parse(_ rule: String) throws(RuleSyntaxFailure) -> RuleExpression {
        var parser = RuleParser(tokens: try RuleLexer.tokenize(rule))
        let expression = try parser.parseOr()
        let trailing = parser.current
        guard trailing.kind == .end else {
            throw RuleSyntaxFailure(column: trailing.column, message: "expected 'EOF', found \(trailing.displayName)")
        }
        return expression
    }

    private init(tokens: [RuleToken]) {
        self.tokens = tokens
    }

    private var current: RuleToken { tokens[position] }

    private mutating func advance() { position += 1 }

    private mutating func parseOr() throws(RuleSyntaxFailure) -> RuleExpression {
        var left = try parseAnd()
        while current.kind == .or {
            advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(RuleSyntaxFailure) -> RuleExpression {
        var left = try parseUnary()
        while current.kind == .and {
            advance()
            left = .and(left, try parseUnary())
        }
        return left
    }

    private mutating func parseUnary() throws(RuleSyntaxFailure) -> RuleExpression {
        if current.kind == .not {
            advance()
            return .not(try parseUnary())
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(RuleSyntaxFailure) -> RuleExpression {
        let token = current
        switch token.kind {
        case .leftParen:
            advance()
            let inner = try parseOr()
            try expect(.rightParen, "')'")
            return inner
        case .identifier(let name):
            advance()
            return try parseCall(name: name, column: token.column)
        case .string:
            throw RuleSyntaxFailure(column: token.column, message: "expected a matcher call, found string literal")
        default:
            throw RuleSyntaxFailure(column: token.column, message: "expected operand, found \(token.displayName)")
        }
    }

    private mutating func parseCall(name: String, column: Int) throws(RuleSyntaxFailure) -> RuleExpression {
        guard current.kind == .leftParen else {
            throw RuleSyntaxFailure(column: current.column, message: "expected '(' after \(name), found \(current.displayName)")
        }
        // Unknown names are reported only for calls, like the predicate library does.
        guard let matcher = MatcherName(spelling: name) else {
            throw RuleSyntaxFailure(column: column, message: "unsupported function: \(name)")
        }
        advance()
        var arguments: [String] = []
        while current.kind != .rightParen {
            guard case .string(let value) = current.kind else {
                if current.kind == .end {
                    throw RuleSyntaxFailure(column: current.column, message: "expected ')', found EOF")
                }
                throw RuleSyntaxFailure(
                    column: current.column,
                    message: "matcher arguments must be string literals, found \(current.displayName)")
            }
            arguments.append(value)
            advance()
            if current.kind == .comma {
                advance()  // Go allows a trailing comma before ')'.
            } else if current.kind == .end {
                throw RuleSyntaxFailure(column: current.column, message: "expected ')', found EOF")
            } else if current.kind != .rightParen {
                throw RuleSyntaxFailure(
                    column: current.column, message: "expected ')' or ',', found \(current.displayName)")
            }
        }
        advance()
        return .call(matcher, arguments: arguments, column: column)
    }

    private mutating func expect(_ kind: RuleToken.Kind, _ display: String) throws(RuleSyntaxFailure) {
        guard current.kind == kind else {
            throw RuleSyntaxFailure(column: current.column, message: "expected \(display), found \(current.displayName)")
        }
        advance()
    }
}
