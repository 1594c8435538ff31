/// The syntax tree of a rule, before matcher arguments are validated.
indirect enum RuleExpression: Equatable {
    /// A matcher call; `column` is where its name starts (for error messages).
    case call(MatcherName, arguments: [String], column: Int)
    case and(RuleExpression, RuleExpression)
    case or(RuleExpression, RuleExpression)
    case not(RuleExpression)
}
