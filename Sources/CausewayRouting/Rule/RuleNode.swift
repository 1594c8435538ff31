/// The compiled matcher tree of a rule: the form the router index analyses (see
/// `RuleRequirements`); requests are evaluated by the equivalent `RuleEvaluator` objects.
indirect enum RuleNode: Sendable {
    case matcher(Matcher)
    case and(RuleNode, RuleNode)
    case or(RuleNode, RuleNode)
    case not(RuleNode)
}
