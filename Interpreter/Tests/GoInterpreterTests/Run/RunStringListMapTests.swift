import XCTest
@testable import GoInterpreter

/// `map[string][]string` built and read in bulk by the host, as Go code sees it.
final class RunStringListMapTests: XCTestCase {
    func testBulkMapIsAnOrdinaryGoMapBothWays() throws {
        let program = try GoInterpreter().load(source: """
        package main

        import (
        \t"sort"
        \t"strings"
        )

        func Describe(m map[string][]string) string {
        \tkeys := make([]string, 0, len(m))
        \tfor k := range m {
        \t\tkeys = append(keys, k)
        \t}
        \tsort.Strings(keys)
        \tparts := []string{}
        \tfor _, k := range keys {
        \t\tparts = append(parts, k+"="+strings.Join(m[k], "|"))
        \t}
        \treturn strings.Join(parts, ";")
        }

        func Edit(m map[string][]string) map[string][]string {
        \tm["Accept"] = append(m["Accept"], "text/plain")
        \tdelete(m, "X-Old")
        \tm["X-New"] = []string{"1", ""}
        \treturn m
        }
        func main() {}
        """)
        let map = GoValue.stringListMap([(key: "Accept", values: ["a/b", "c/d"]), (key: "X-Old", values: ["gone"]), (key: "Empty", values: [])])
        XCTAssertEqual(try program.call("Describe", [map]).first?.stringValue, "Accept=a/b|c/d;Empty=;X-Old=gone")

        let edited = try program.call("Edit", [map])[0]
        var pairs: [String] = []
        edited.forEachStringListEntry { pairs.append("\($0)=\($1)") }
        XCTAssertEqual(pairs.sorted(), ["Accept=a/b", "Accept=c/d", "Accept=text/plain", "X-New=", "X-New=1"])

        var none = 0
        GoValue.int(3).forEachStringListEntry { _, _ in none += 1 }
        XCTAssertEqual(none, 0)
    }
}
