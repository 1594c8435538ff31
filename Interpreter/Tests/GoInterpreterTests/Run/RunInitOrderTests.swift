import Foundation
import XCTest
@testable import GoInterpreter

/// Package initialisation across several files: files in name order, variables by dependency
/// then declaration order across all files, init functions in file order then source order.
final class RunInitOrderTests: XCTestCase {
    private func write(_ root: URL, _ rel: String, _ text: String) throws {
        let url = root.appendingPathComponent(rel)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func testInitOrderAcrossFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("initorder-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try write(root, "go.mod", "module example.com/initorder\n\ngo 1.22\n")
        // b.go sorts after a.go, so B is declared after A and C.
        try write(root, "b.go", "package main\n\nvar B = note(\"B\", A+1)\n\nfunc init() { trace += \"init-b;\" }\n")
        try write(root, "a.go", """
        package main

        var trace string

        var A = note("A", C*2)
        var C = note("C", 5)

        func note(name string, v int) int { trace += name + ";"; return v }

        func init() { trace += "init-a1;" }
        func init() { trace += "init-a2;" }

        func Trace() string { return trace }
        func Values() (int, int, int) { return A, B, C }
        func main() {}
        """)
        let interp = GoInterpreter()
        let loader = PackageLoader(table: interp.typeTable, native: interp.nativeImporter)
        XCTAssertNotNil(loader.loadMain(directory: root.path))
        XCTAssertEqual(loader.allDiagnostics.filter { $0.severity == .error }.map { $0.formatted(in: loader.fileSet) }, [])
        let program = try interp.load(loader: loader, packagePath: "main")
        XCTAssertEqual(try program.call("Trace").first?.stringValue, "C;A;B;init-a1;init-a2;init-b;")
        XCTAssertEqual(try program.call("Values").map(\.intValue), [10, 11, 5])
    }
}
