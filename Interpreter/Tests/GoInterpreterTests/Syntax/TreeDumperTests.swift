import XCTest
@testable import GoInterpreter

final class TreeDumperTests: XCTestCase {
    func testOutlineShowsKindsIdsPositionsAndChildren() {
        var fset = FileSet()
        let (f, d) = GoParser.parseFile(name: "t.go", source: "package p\n\nconst (\n\tA = iota\n\tB\n)\n\nvar s = \"x\" + y\n", into: &fset)
        XCTAssertEqual(d, [])
        let text = TreeDumper.dump(f!, fileSet: fset)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("File #"))
        XCTAssertTrue(lines.contains { $0.contains("ValueSpec #") && $0.contains("5:2 iota=1 implicitFrom=#") }, text)
        XCTAssertTrue(lines.contains { $0.hasSuffix("rhs[0]: BinaryExpr") || ($0.contains("values[0]: BinaryExpr #") && $0.contains("8:9 op=+")) }, text)
        XCTAssertTrue(lines.contains { $0.contains("x: BasicLit #") && $0.contains("kind=string value=\"\\\"x\\\"\"") }, text)
    }
}
