import XCTest
import GoInterpreter

/// `GoValue.lazyMap`: a map whose entries the host makes only when Go code first uses it as a
/// map, while host methods may read and change the host's own form before that.
final class RunLazyMapTests: XCTestCase {
    private final class Source: GoLazyMapSource {
        var entries: [(key: String, values: [String])]
        var made = 0
        init(_ entries: [(key: String, values: [String])]) { self.entries = entries }
        func makeMap() -> GoValue {
            made += 1
            return .stringListMap(entries)
        }
    }

    private func run(_ body: String, source: Source) throws -> String {
        let interp = GoInterpreter()
        let program = try interp.load(source: "package main\n\nimport (\n\t\"fmt\"\n\t\"sort\"\n)\n\nvar _ = sort.Strings\n\n" + body + "\nfunc main() {}\n")
        return try program.call("Run", [.lazyMap(source)]).first?.stringValue ?? ""
    }

    func testEveryMapOperationSeesTheEntries() throws {
        let reads = [
            ("func Run(m map[string][]string) string { return fmt.Sprint(len(m)) }", "2"),
            ("func Run(m map[string][]string) string { return m[\"A\"][0] + m[\"B\"][1] }", "aa2"),
            ("func Run(m map[string][]string) string { _, ok := m[\"C\"]; return fmt.Sprint(ok) }", "false"),
            ("func Run(m map[string][]string) string { keys := []string{}; for k := range m { keys = append(keys, k) }; sort.Strings(keys); return fmt.Sprint(keys) }", "[A B]"),
            ("func Run(m map[string][]string) string { m[\"C\"] = []string{\"c\"}; return fmt.Sprint(len(m), m[\"C\"]) }", "3 [c]"),
            ("func Run(m map[string][]string) string { delete(m, \"A\"); return fmt.Sprint(m) }", "map[B:[b1 a2]]"),
            ("func Run(m map[string][]string) string { return fmt.Sprint(m) }", "map[A:[a] B:[b1 a2]]"),
        ]
        for (body, expected) in reads {
            let source = Source([("A", ["a"]), ("B", ["b1", "a2"])])
            XCTAssertEqual(try run(body, source: source), expected, body)
            XCTAssertEqual(source.made, 1, body)
        }
    }

    func testUntouchedMapIsNeverMade() throws {
        let source = Source([("A", ["a"])])
        let value = GoValue.lazyMap(source)
        XCTAssertTrue(value.lazyMapSource === source)
        XCTAssertEqual(try run("func Run(m map[string][]string) string { n := m; _ = n; return \"kept\" }", source: source), "kept")
        XCTAssertEqual(source.made, 0)
        // The host's own access makes it like Go code does.
        XCTAssertEqual(value.mapLookup(.string("A"))?.elements?.first?.stringValue, "a")
        XCTAssertNil(value.lazyMapSource)
        XCTAssertEqual(source.made, 1)
    }
}
