/// Zero-width assertions, as a bit set so a program can ask several at once.
struct EmptyOp: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let beginLine = EmptyOp(rawValue: 1 << 0)
    static let endLine = EmptyOp(rawValue: 1 << 1)
    static let beginText = EmptyOp(rawValue: 1 << 2)
    static let endText = EmptyOp(rawValue: 1 << 3)
    static let wordBoundary = EmptyOp(rawValue: 1 << 4)
    static let noWordBoundary = EmptyOp(rawValue: 1 << 5)
}

/// The parsed form of a regular expression.
indirect enum RegexNode: Equatable {
    /// Matches the empty string.
    case empty
    /// Matches nothing (an empty character class).
    case noMatch
    /// One code point from the class. A literal is a class of one rune (or its case orbit).
    case charClass(CharClass)
    case anyChar
    case anyCharNotNL
    case assertion(EmptyOp)
    /// Capturing group `index` (1-based), optionally named.
    case capture(index: Int, name: String?, RegexNode)
    case star(RegexNode, greedy: Bool)
    case plus(RegexNode, greedy: Bool)
    case quest(RegexNode, greedy: Bool)
    /// Counted repetition `{min,max}`; `max == -1` means unbounded. Removed by `Simplifier`.
    case `repeat`(RegexNode, min: Int, max: Int, greedy: Bool)
    case concat([RegexNode])
    case alternate([RegexNode])
}
