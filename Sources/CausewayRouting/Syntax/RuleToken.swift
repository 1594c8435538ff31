/// One lexical token of a rule, with the 1-based byte column where it starts.
struct RuleToken: Equatable {
    enum Kind: Equatable {
        case identifier(String)
        case string(String)
        case leftParen
        case rightParen
        case comma
        case and
        case or
        case not
        case end
    }

    let kind: Kind
    let column: Int

    /// How the token is named in error messages (Go parser style).
    var displayName: String {
        switch kind {
        case .identifier(let name): return name
        case .string: return "string literal"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .comma: return "','"
        case .and: return "'&&'"
        case .or: return "'||'"
        case .not: return "'!'"
        case .end: return "EOF"
        }
    }
}
