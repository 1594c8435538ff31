/// Rewrites counted repetitions into the star/plus/quest/concat forms the compiler knows,
/// following Go's `Simplify`: x{n,} = x…x x+, x{n,m} = x…x (x(x)?)?.
enum Simplifier {
    static func simplify(_ node: RegexNode) -> RegexNode {
        switch node {
        case .empty, .noMatch, .charClass, .anyChar, .anyCharNotNL, .assertion:
            return node
        case let .capture(index, name, sub):
            return .capture(index: index, name: name, simplify(sub))
        case let .star(sub, greedy):
            return .star(simplify(sub), greedy: greedy)
        case let .plus(sub, greedy):
            return .plus(simplify(sub), greedy: greedy)
        case let .quest(sub, greedy):
            return .quest(simplify(sub), greedy: greedy)
        case let .concat(subs):
            return .concat(subs.map(simplify))
        case let .alternate(subs):
            return .alternate(subs.map(simplify))
        case let .repeat(sub, min, max, greedy):
            return expandRepeat(simplify(sub), min: min, max: max, greedy: greedy)
        }
    }

    private static func expandRepeat(_ sub: RegexNode, min: Int, max: Int, greedy: Bool) -> RegexNode {
        if max == -1 {
            if min == 0 { return .star(sub, greedy: greedy) }
            if min == 1 { return .plus(sub, greedy: greedy) }
            return .concat(Array(repeating: sub, count: min - 1) + [.plus(sub, greedy: greedy)])
        }
        if min == 0 && max == 0 { return .empty }
        if min == 1 && max == 1 { return sub }
        var parts = Array(repeating: sub, count: min)
        if max > min {
            // Nest the optional copies so each is tried only after the previous one matched.
            var suffix: RegexNode = .quest(sub, greedy: greedy)
            for _ in (min + 1)..<max {
                suffix = .quest(.concat([sub, suffix]), greedy: greedy)
            }
            parts.append(suffix)
        }
        return parts.count == 1 ? parts[0] : .concat(parts)
    }

    /// Go's size estimate (in instructions) used to reject patterns that would compile too large.
    static func estimatedSize(_ node: RegexNode) -> Int {
        switch node {
        case .empty, .noMatch, .charClass, .anyChar, .anyCharNotNL, .assertion:
            return 1
        case let .capture(_, _, sub), let .star(sub, _):
            return 2 + estimatedSize(sub)
        case let .plus(sub, _), let .quest(sub, _):
            return 1 + estimatedSize(sub)
        case let .concat(subs):
            return Swift.max(1, subs.reduce(0) { $0 + estimatedSize($1) })
        case let .alternate(subs):
            return subs.reduce(0) { $0 + estimatedSize($1) } + subs.count - 1
        case let .repeat(sub, min, max, _):
            let s = estimatedSize(sub)
            if max == -1 { return min == 0 ? 2 + s : 1 + min * s }
            return Swift.max(1, max * s + (max - min))
        }
    }
}
