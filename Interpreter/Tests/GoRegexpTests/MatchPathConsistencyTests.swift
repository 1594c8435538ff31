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

    /// The backtracker (short inputs) and the Pike VM (everything else) must report identical
    /// submatches in both leftmost-first and leftmost-longest mode.
    func testBacktrackerAgreesWithPikeVM() throws {
        let patterns = Self.patterns + ["(a*)*", "(a|ab)(c|bcd)(d*)", "(a+?)(b*)", "((a)|b)+", "(a*)+$", "x(y?)+z"]
        for pattern in patterns {
            for re in [try Regexp(pattern), try Regexp(pattern).longest()] {
                for input in Self.inputs {
                    let bytes = Array(input.utf8)
                    bytes.withUnsafeBufferPointer { buffer in
                        XCTAssertTrue(Backtracker.fits(re.program, inputCount: buffer.count))
                        for from in [0, min(1, buffer.count)] {
                            let pike = re.withMatcher(slots: re.allSlots) { vm in
                                vm.search(buffer, from: from) ? Array(UnsafeBufferPointer(start: vm.matchCaps, count: vm.slotCount)) : nil
                            }
                            let backtrack = Backtracker.withMachine(
                                re.program, slotCount: re.allSlots, longest: re.isLongest, inputCount: buffer.count
                            ) { bt in
                                bt.search(buffer, from: from) ? Array(UnsafeBufferPointer(start: bt.matchCaps, count: bt.slotCount)) : nil
                            }
                            XCTAssertEqual(backtrack, pike, "\(pattern) longest=\(re.isLongest) on \(input.debugDescription) from \(from)")
                        }
                    }
                }
            }
        }
    }

    func testLongInputsUseTheNFAWithSameResults() throws {
        // Past the backtracker's budget the Pike VM answers; results must not depend on the engine.
        let re = try Regexp("(\\w+)@(\\w+)\\.com")
        let unit = "mail bob@example.com, then ann@test.com; "
        let long = String(repeating: unit, count: 2000)
        XCTAssertFalse(long.utf8.withContiguousStorageIfAvailable { Backtracker.fits(re.program, inputCount: $0.count) } ?? true)
        let short = re.allSubmatches(in: unit)
        let all = re.allSubmatches(in: long)
        XCTAssertEqual(all.count, 4000)
        XCTAssertEqual(Array(all.prefix(2)), short)
        XCTAssertEqual(re.replaceAll(in: long, with: "<$2>"), String(repeating: "mail <example>, then <test>; ", count: 2000))
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
