/// A compiled Go (RE2) regexp as matchers use it: unanchored search over a string.
///
/// Placeholder until the GoRegexp engine lands: compiling always fails, so rules using the
/// regexp matchers are rejected with a clear message instead of matching wrongly.
struct RuleRegexp: Sendable {
    let pattern: String

    init(_ pattern: String) throws(RuleRegexpError) {
        throw RuleRegexpError(message: "regexp engine not available")
    }

    func matches(_ text: String) -> Bool {
        false
    }
}

struct RuleRegexpError: Error {
    let message: String
}
