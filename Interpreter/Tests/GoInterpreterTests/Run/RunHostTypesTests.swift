import XCTest
@testable import GoInterpreter

/// Host-defined types: a native struct type with fields the Go code reads and writes, a
/// native type with methods satisfying a Go interface, and maps/slices crossing the boundary.
final class RunHostTypesTests: XCTestCase {
    func testHostStructFieldsMethodsAndMaps() throws {
        let interp = GoInterpreter()
        let t = interp.typeTable
        let pkgRef = PackageRef(path: "web", name: "web")
        let header = t.newNamed("Header", package: pkgRef)
        header.named?.setUnderlying(t.map(key: .string, value: t.slice(of: .string)))
        let request = t.newNamed("Request", package: pkgRef)
        request.named?.setUnderlying(t.structure([
            StructField(name: "Method", type: .string, package: pkgRef),
            StructField(name: "Header", type: header, package: pkgRef),
        ]))
        let sink = t.newNamed("Sink", package: pkgRef)
        sink.named?.setUnderlying(t.structure([StructField(name: "lines", type: t.slice(of: .string), package: pkgRef)]))
        let pkg = GoPackage(path: "web")
        pkg.type("Header", header)
        pkg.type("Request", request)
        pkg.type("Sink", sink)
        let store = LineStore()
        pkg.method(sink, "Emit", pointerReceiver: true, t.signature(parameters: [.string], results: [])) { args in
            store.append(args[1].stringValue)
            return []
        }
        interp.use(pkg)
        let program = try interp.load(source: [
            "package main", "", "import (", "\t\"strings\"", "\t\"web\"", ")", "",
            "type Emitter interface{ Emit(string) }", "",
            "func Handle(r *web.Request, e Emitter) string {",
            "\tr.Header[\"X-Seen\"] = []string{\"yes\"}",
            "\te.Emit(strings.ToLower(r.Method) + \" \" + r.Header[\"Host\"][0])",
            "\tr.Method = \"DONE\"",
            "\treturn r.Method",
            "}", "func main() {}", "",
        ].joined(separator: "\n"))
        let headers = GoValue.map([(key: .string("Host"), value: .strings(["example.com"]))])
        let req = GoValue.structure([.string("GET"), headers])
        let emitter = GoValue.interface(.structure([.nil]), type: t.pointer(to: sink))
        let result = try program.call("Handle", [req, emitter])
        XCTAssertEqual(result.first?.stringValue, "DONE")
        XCTAssertEqual(req.field(0)?.stringValue, "DONE")
        let seen = headers.mapEntries?.first { $0.key.stringValue == "X-Seen" }?.value.elements?.map(\.stringValue)
        XCTAssertEqual(seen, ["yes"])
        XCTAssertEqual(store.lines, ["get example.com"])
    }
}

final class LineStore: @unchecked Sendable {
    var lines: [String] = []
    func append(_ s: String) { lines.append(s) }
}
