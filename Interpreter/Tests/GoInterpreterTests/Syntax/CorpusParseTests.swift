import XCTest
@testable import GoInterpreter

/// Parses every Go file shipped with the package's tests and benchmarks (if any) and checks
/// that printing and re-parsing the tree is stable.
final class CorpusParseTests: XCTestCase {
    func goFiles() -> [URL] {
        let here = URL(fileURLWithPath: #filePath)
        let testsRoot = here.deletingLastPathComponent().deletingLastPathComponent()
        let packageRoot = testsRoot.deletingLastPathComponent().deletingLastPathComponent()
        let dirs = [testsRoot.appendingPathComponent("Programs"), packageRoot.appendingPathComponent("Benchmarks")]
        var out: [URL] = []
        for d in dirs {
            guard let e = FileManager.default.enumerator(at: d, includingPropertiesForKeys: nil) else { continue }
            for case let u as URL in e where u.pathExtension == "go" { out.append(u) }
        }
        return out.sorted { $0.path < $1.path }
    }

    func testEveryProgramParses() throws {
        var checked = 0
        for url in goFiles() {
            let src = try Data(contentsOf: url)
            let text = String(decoding: src, as: UTF8.self)
            // Fixtures that are meant to fail say so in a first-line comment.
            if text.hasPrefix("// ERROR") || text.contains("// syntax-error") { continue }
            var fset = FileSet()
            let (f, diags) = GoParser.parseFile(name: url.lastPathComponent, source: Array(src), into: &fset)
            XCTAssertEqual(diags.map { $0.formatted(in: fset) }, [], url.path)
            guard let f else { XCTFail("no tree for \(url.path)"); continue }
            let printed = GoPrinter.string(of: f)
            var fset2 = FileSet()
            let (f2, d2) = GoParser.parseFile(name: "printed.go", source: printed, into: &fset2)
            XCTAssertEqual(d2.map { $0.formatted(in: fset2) }, [], "reparse of \(url.path)")
            if let f2 { XCTAssertEqual(GoPrinter.string(of: f2), printed, url.path) }
            checked += 1
        }
        print("parsed \(checked) Go files")
    }
}
