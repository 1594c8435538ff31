import XCTest
@testable import GoRegexp

/// The "does it match" fast paths (ASCII automaton, literal search) must agree with the full
/// submatch engine on every input.
final class MatchPathConsistencyTests: XCTestCase {
    private static let patterns = [
        "a", "ab", "a*", "a+b", "^a", "a$", "^a$", "^$", "(?m)^b", "(?m)a$", "\\ba", "a\\b", "\\Bb",
        "\\b", "\\B", "a|b", "ab|ba", "(a|b)*c", "^(ab)+$", "a.b", "(?s)a.b", "[^a]", "[a-c]+$",
        "(?i)AB", "x*", "a{2}", "^a{1,2}b?$", "(a|)+b", "\\Ab", "a\\z", "\\n", "(?m)^$", "b(?:a|$)",
        "^\\w+\\s", "[[:punct:]]", "\\d{2}$", "^(?:a\\b|b\\B)", "abc", "ca", "",
    ]

    /// Every string of length 0...3 over a small alphabet that exercises the assertions.
    private static let inputs: [String] = {
        let alphabet = ["a", "b", "c", " ", "\n", "1", ".", "é"]
        var out = [""]
        var frontier = [""]
        for _ in 0..<3 {
            frontier = frontier.flatMap { s in alphabet.map { s + $0 } }
            out += frontier
        }
        return out
    }()

    func testMatchesAgreesWithFind() throws {
        for pattern in Self.patterns {
            let re = try Regexp(pattern)
            for input in Self.inputs {
                let expected = re.firstMatchIndices(in: input) != nil
                XCTAssertEqual(re.matches(input), expected, "\(pattern) on \(input.debugDescription)")
                XCTAssertEqual(re.firstMatchRange(in: input) != nil, expected, "range: \(pattern)")
            }
        }
    }

    func testAutomatonIsBuiltForRouterPatterns() throws {
        for pattern in ["^/api/v[0-9]+/users/[a-z]+$", "^[a-z]+\\.example\\.com$", "(?i)^application/(json|yaml)$"] {
            XCTAssertNotNil(try Regexp(pattern).program.matchDFA, pattern)
        }
        // Too large for the automaton budget: the NFA still answers.
        let big = try Regexp("[a-q][^u-z]{13}x")
        XCTAssertNil(big.program.matchDFA)
        XCTAssertTrue(big.matches("ab" + String(repeating: "c", count: 12) + "x"))
    }
}
