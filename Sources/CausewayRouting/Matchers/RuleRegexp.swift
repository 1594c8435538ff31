import GoRegexp

/// A compiled Go (RE2) regexp as matchers use it: unanchored search, linear in the input.
struct RuleRegexp: Sendable {
    private let regexp: Regexp

    init(_ pattern: String) throws(RuleRegexpError) {
        do {
            regexp = try Regexp(pattern)
        } catch {
            // Go's error text, e.g. "error parsing regexp: missing closing ): `(a`".
            throw RuleRegexpError(message: error.description)
        }
    }

    var pattern: String { regexp.pattern }

    func matches(_ text: String) -> Bool {
        regexp.matches(text)
    }
}

struct RuleRegexpError: Error {
    let message: String
}
