import Foundation
import XCTest
@testable import GoInterpreter

/// Runs every `Programs/**/*.go` file and compares its stdout with the trailing
/// `// Output:` block (or its panic message with `// Panic:`, a Go runtime fatal error such as
/// the deadlock report with `// Fatal:`, a compile error with `// Error:`).
final class ConformanceProgramTests: XCTestCase {
    static var programsDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Programs")
    }

    struct Expectation { var output: String?; var panic: String?; var fatal: String?; var error: String? }

    static func expectation(of source: String) -> Expectation {
        var e = Expectation()
        let lines = source.components(separatedBy: "\n")
        guard let start = lines.lastIndex(where: { $0.hasPrefix("// Output:") || $0.hasPrefix("// Panic:") || $0.hasPrefix("// Fatal:") || $0.hasPrefix("// Error:") }) else { return e }
        let header = lines[start]
        let body = lines[(start + 1)...].filter { $0.hasPrefix("//") }.map { l -> String in
            let t = l.dropFirst(2)
            return String(t.hasPrefix(" ") ? t.dropFirst() : t)
        }
        if header.hasPrefix("// Output:") { e.output = body.map { $0 + "\n" }.joined() }
        else if header.hasPrefix("// Panic:") { e.panic = String(header.dropFirst("// Panic:".count)).trimmingCharacters(in: .whitespaces); e.output = body.map { $0 + "\n" }.joined() }
        else if header.hasPrefix("// Fatal:") { e.fatal = String(header.dropFirst("// Fatal:".count)).trimmingCharacters(in: .whitespaces); e.output = body.map { $0 + "\n" }.joined() }
        else { e.error = String(header.dropFirst("// Error:".count)).trimmingCharacters(in: .whitespaces) }
        return e
    }

    func testAllPrograms() throws {
        let fm = FileManager.default
        guard let walker = fm.enumerator(at: Self.programsDirectory, includingPropertiesForKeys: nil) else { return XCTFail("no programs") }
        var count = 0
        for case let url as URL in walker where url.pathExtension == "go" {
            count += 1
            let source = try String(contentsOf: url, encoding: .utf8)
            let want = Self.expectation(of: source)
            let result = GoInterpreter().run(source: source, fileName: url.lastPathComponent)
            let name = url.lastPathComponent
            if let err = want.error {
                XCTAssertTrue(result.compileErrors.contains { $0.contains(err) }, "\(name): expected compile error \(err), got \(result.compileErrors)")
                continue
            }
            XCTAssertTrue(result.compileErrors.isEmpty, "\(name): compile errors \(result.compileErrors)")
            if let p = want.panic {
                XCTAssertEqual(result.exitStatus, 2, "\(name): expected a panic")
                XCTAssertTrue(result.stderr.contains("panic: " + p), "\(name): stderr was \(result.stderr)")
            } else if let f = want.fatal {
                XCTAssertEqual(result.exitStatus, 2, "\(name): expected a fatal error")
                XCTAssertTrue(result.stderr.contains("fatal error: " + f), "\(name): stderr was \(result.stderr)")
            } else {
                XCTAssertEqual(result.exitStatus, 0, "\(name): exit status, stderr: \(result.stderr)")
            }
            XCTAssertEqual(result.stdout, want.output ?? "", "\(name): stdout differs")
        }
        XCTAssertGreaterThan(count, 0)
    }
}
