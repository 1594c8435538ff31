import XCTest
@testable import CausewayRouting

final class RouterTableTests: XCTestCase {
    private func table(_ entries: [(String, String, Int?)]) -> RouterTable<String> {
        let (table, failures) = RouterTable<String>.compile(entries.map { (name: $0.0, rule: $0.1, priority: $0.2, payload: $0.0) })
        XCTAssertTrue(failures.isEmpty, "\(failures)")
        return table
    }

    func testDefaultPriorityPrefersLongerRules() {
        let routes = table([
            ("root", "PathPrefix(`/`)", nil),
            ("api", "PathPrefix(`/api`)", nil),
            ("zero", "PathPrefix(`/api/v`)", 0),  // 0 means "computed", like absent
        ])
        XCTAssertEqual(routes.routes.map(\.priority), [20, 18, 15])
        XCTAssertEqual(routes.firstMatch(makeRequest(target: "/api/v1"))?.payload, "zero")
        XCTAssertEqual(routes.firstMatch(makeRequest(target: "/api/x"))?.payload, "api")
        XCTAssertEqual(routes.firstMatch(makeRequest(target: "/web"))?.payload, "root")
    }

    func testExplicitPriorityWins() {
        let routes = table([
            ("catchall", "PathPrefix(`/`)", 100),
            ("api", "Host(`example.com`) && PathPrefix(`/api`)", nil),
            ("negative", "Path(`/api/users/42/details/and/more`)", -5),
        ])
        XCTAssertEqual(routes.routes.map(\.name), ["catchall", "api", "negative"])
        XCTAssertEqual(routes.firstMatch(makeRequest(target: "/api"))?.name, "catchall")
    }

    func testTiesAreBrokenByNameThenInputOrder() {
        let routes = table([
            ("charlie", "PathPrefix(`/`)", 10),
            ("alpha", "PathPrefix(`/`)", 10),
            ("bravo", "Host(`example.com`)", 10),
        ])
        XCTAssertEqual(routes.routes.map(\.name), ["alpha", "bravo", "charlie"])
        XCTAssertEqual(routes.firstMatch(makeRequest())?.name, "alpha")
        // Same rule length (so same default priority): order by name regardless of input order.
        let reversed = table([("b", "Host(`b.com`) || Host(`example.com`)", nil), ("a", "Host(`a.com`) || Host(`example.com`)", nil)])
        XCTAssertEqual(reversed.firstMatch(makeRequest())?.name, "a")
        // Identical names keep input order.
        let duplicates = table([("same", "PathPrefix(`/x`)", 5), ("same", "PathPrefix(`/`)", 5)])
        XCTAssertEqual(duplicates.routes.map { $0.rule.source }, ["PathPrefix(`/x`)", "PathPrefix(`/`)"])
    }

    func testNoMatch() {
        let routes = table([("a", "Host(`a.com`)", nil), ("b", "PathPrefix(`/b`)", nil)])
        XCTAssertNil(routes.firstMatch(makeRequest(host: "c.com", target: "/c")))
        XCTAssertNil(RouterTable<String>([]).firstMatch(makeRequest()))
    }

    func testCompileReportsFailures() {
        let (table, failures) = RouterTable<Int>.compile([
            (name: "good", rule: "Host(`a.com`)", priority: nil, payload: 1),
            (name: "bad", rule: "Host(`a.com`", priority: nil, payload: 2),
        ])
        XCTAssertEqual(table.routes.map(\.name), ["good"])
        XCTAssertEqual(failures.map(\.name), ["bad"])
        XCTAssertEqual(failures.first?.error.message, "expected ')', found EOF")
    }

    func testIndexedBucketsFindEveryKindOfRule() {
        let routes = table([
            ("exact", "Host(`svc.example.com`) && PathPrefix(`/api`)", nil),
            ("wild", "Host(`*.example.com`)", nil),
            ("dot", "Host(`dotted.example.com.`)", nil),
            ("either", "Host(`one.test`) || Host(`two.test`)", nil),
            ("prefix", "PathPrefix(`/static`) || Path(`/stats`)", nil),
            ("negated", "!Host(`example.org`) && Method(`DELETE`)", nil),
        ])
        XCTAssertEqual(routes.firstMatch(makeRequest(host: "svc.example.com", target: "/api/x"))?.name, "exact")
        XCTAssertEqual(routes.firstMatch(makeRequest(host: "svc.example.com", target: "/web"))?.name, "wild")
        XCTAssertEqual(routes.firstMatch(makeRequest(host: "dotted.example.com", target: "/"))?.name, "dot")
        XCTAssertEqual(routes.firstMatch(makeRequest(host: "two.test", target: "/"))?.name, "either")
        XCTAssertEqual(routes.firstMatch(makeRequest(host: "z.org", target: "/stats"))?.name, "prefix")
        XCTAssertEqual(routes.firstMatch(makeRequest(host: "z.org", target: "/static/app.js"))?.name, "prefix")
        XCTAssertNil(routes.firstMatch(makeRequest(host: "z.org", target: "/stat")))
        XCTAssertEqual(routes.firstMatch(makeRequest(method: "DELETE", host: "z.org", target: "/"))?.name, "negated")
        XCTAssertNil(routes.firstMatch(makeRequest(method: "DELETE", host: "example.org", target: "/")))
    }

    func testRequirementsExtraction() throws {
        func requirements(_ rule: String) throws -> RuleRequirements { try Rule(rule).requirements }
        XCTAssertEqual(try requirements("Host(`A.com.`)").hosts, [.exact("a.com")])
        XCTAssertEqual(try requirements("Host(`*.b.com`)").hosts, [.wildcard("b.com")])
        XCTAssertNil(try requirements("Host(`*`)").hosts)
        XCTAssertNil(try requirements("Host(`a.com`) || Path(`/x`)").hosts)
        XCTAssertEqual(try requirements("Host(`a.com`) || Host(`b.com`)").hosts, [.exact("a.com"), .exact("b.com")])
        XCTAssertEqual(try requirements("Method(`GET`) && Host(`a.com`)").hosts, [.exact("a.com")])
        XCTAssertNil(try requirements("!Host(`a.com`)").hosts)
        XCTAssertEqual(try requirements("PathPrefix(`/api`) && Path(`/api/v1`)").pathPrefix, "/api/v1")
        XCTAssertEqual(try requirements("PathPrefix(`/api/v1`) || PathPrefix(`/api/v2`)").pathPrefix, "/api/v")
        XCTAssertNil(try requirements("PathPrefix(`/a`) || PathPrefix(`/b`)").pathPrefix)
        XCTAssertNil(try requirements("PathPrefix(`/`)").pathPrefix)
        XCTAssertNil(try requirements("PathPrefix(`/api`) || Method(`GET`)").pathPrefix)
        XCTAssertEqual(try requirements("Path(`/\u{E9}a`) || Path(`/\u{E8}b`)").pathPrefix, nil)
        XCTAssertEqual(try requirements("Path(`/x\u{E9}a`) || Path(`/x\u{E8}b`)").pathPrefix, "/x")
    }

    /// The indexed lookup must return exactly what a linear scan in priority order returns.
    func testIndexedLookupEqualsLinearScanOnRandomRouterSets() {
        var random = SplitMix64(seed: 0x5EED_CA05_E3A7)
        var compared = 0, matched = 0
        for _ in 0..<150 {
            let count = Int(random.next() % 60) + 1
            let entries = (0..<count).map { index in
                (name: "r\(random.next() % 40)", rule: RandomRules.rule(&random, depth: 0),
                 priority: random.next() % 3 == 0 ? Int(random.next() % 7) - 2 : nil, payload: index)
            }
            let (table, failures) = RouterTable<Int>.compile(entries)
            XCTAssertTrue(failures.isEmpty, "\(failures.map { "\($0.error)" })")
            for _ in 0..<150 {
                let request = RandomRules.request(&random)
                let indexed = table.firstMatch(request)
                let linear = table.firstMatchByLinearScan(request)
                XCTAssertEqual(indexed?.payload, linear?.payload,
                               "\(request.host) \(request.path) → \(indexed?.rule.source ?? "nil") vs \(linear?.rule.source ?? "nil")")
                compared += 1
                if linear != nil { matched += 1 }
            }
        }
        // Guard against a generator that never matches (which would make the test vacuous).
        XCTAssertGreaterThan(matched, compared / 5)
        XCTAssertLessThan(matched, compared)
    }
}

/// Deterministic generator so failures are reproducible.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ values: [T]) -> T { values[Int(next() % UInt64(values.count))] }
}

/// Small vocabularies so random rules and requests collide often.
enum RandomRules {
    static let ruleHosts = ["a.com", "b.com", "x.a.com", "y.a.com", "A.COM.", "a.com.", "*.a.com", "*.b.com", "*.a.com.", "*", "x.y.a.com", "."]
    static let requestHosts = ["a.com", "b.com", "x.a.com", "y.a.com", "a.com.", "x.a.com.", "z.b.com", "x.y.a.com", "c.org", "", ".", "a.com:8080", "[::1]"]
    static let paths = ["/", "/api", "/api/", "/api/v1", "/apiv2", "/web", "/w", "/caf\u{E9}", "/x y", "/x%2Fy"]
    static let requestTargets = ["/", "/api", "/api/v1/users", "/apiv2", "/web/index", "/w", "/caf%C3%A9", "/x%20y", "/x%2Fy", "/other", "/?q=1", "/api?mobile=true"]

    static func rule(_ random: inout SplitMix64, depth: Int) -> String {
        let choice = depth >= 2 ? random.next() % 7 : random.next() % 10
        switch choice {
        case 0, 1: return "Host(`\(random.pick(ruleHosts))`)"
        case 2: return "PathPrefix(`\(random.pick(paths))`)"
        case 3: return "Path(`\(random.pick(paths))`)"
        case 4: return "Method(`\(random.pick(["GET", "POST"]))`)"
        case 5: return random.pick(["Query(`mobile`, `true`)", "Header(`X-Env`, `prod`)", "ClientIP(`10.0.0.0/8`)", "Query(`q`)",
                                             #"HostRegexp(`^x\.`)"#, "PathRegexp(`^/api/v[0-9]`)"])
        case 6: return "Host(`\(random.pick(ruleHosts))`) && PathPrefix(`\(random.pick(paths))`)"
        case 7: return "!" + rule(&random, depth: depth + 1)
        case 8: return "(\(rule(&random, depth: depth + 1)) || \(rule(&random, depth: depth + 1)))"
        default: return "\(rule(&random, depth: depth + 1)) && \(rule(&random, depth: depth + 1))"
        }
    }

    static func request(_ random: inout SplitMix64) -> RoutingRequest {
        makeRequest(
            method: random.pick(["GET", "POST"]),
            host: random.pick(requestHosts),
            target: random.pick(requestTargets),
            headers: random.next() % 2 == 0 ? [("x-env", "prod")] : [],
            peer: random.pick(["10.1.2.3", "192.0.2.1"]))
    }
}
