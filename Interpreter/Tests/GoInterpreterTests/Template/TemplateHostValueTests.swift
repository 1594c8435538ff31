import XCTest
@testable import GoInterpreter

/// Templates over values the host supplies: a native Header type whose Get method is Swift
/// code, inside a native Request struct, executed many times from one parsed template.
final class TemplateHostValueTests: XCTestCase {
    func testTemplateCallsNativeMethodsOfHostValues() throws {
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
        let pkg = GoPackage(path: "web")
        pkg.type("Header", header)
        pkg.type("Request", request)
        pkg.method(header, "Get", pointerReceiver: false, t.signature(parameters: [.string], results: [.string])) { args in
            let key = args[1].stringValue
            let values = args[0].mapEntries?.first { $0.key.stringValue == key }?.value.elements ?? []
            return [values.first ?? .string("")]
        }
        interp.use(pkg)
        let program = try interp.load(source: """
            package main

            import (
            \t"strings"
            \t"text/template"
            \t"web"
            )

            var tmpl = template.Must(template.New("x-user").Parse(`{{ .Header.Get "X-Id" }}-{{ .Method }}`))

            func Render(r *web.Request) string {
            \tvar b strings.Builder
            \tif err := tmpl.Execute(&b, r); err != nil {
            \t\treturn "error: " + err.Error()
            \t}
            \treturn b.String()
            }

            func main() {}
            """)
        for (method, id) in [("GET", "42"), ("POST", "7"), ("PUT", "")] {
            let entries: [(key: GoValue, value: GoValue)] = id.isEmpty ? [] : [(key: .string("X-Id"), value: .strings([id]))]
            let req = GoValue.structure([.string(method), .map(entries)])
            let result = try program.call("Render", [req])
            XCTAssertEqual(result.first?.stringValue, "\(id)-\(method)")
        }
    }

    func testExecutionErrorNamesTheHostType() throws {
        let interp = GoInterpreter()
        let t = interp.typeTable
        let pkgRef = PackageRef(path: "web", name: "web")
        let request = t.newNamed("Request", package: pkgRef)
        request.named?.setUnderlying(t.structure([StructField(name: "Method", type: .string, package: pkgRef)]))
        let pkg = GoPackage(path: "web")
        pkg.type("Request", request)
        interp.use(pkg)
        let program = try interp.load(source: """
            package main

            import (
            \t"io"
            \t"text/template"
            \t"web"
            )

            func Render(r web.Request) string {
            \tt := template.Must(template.New("t").Parse("{{.Path}}"))
            \treturn t.Execute(io.Discard, r).Error()
            }

            func main() {}
            """)
        let result = try program.call("Render", [GoValue.structure([.string("GET")])])
        XCTAssertEqual(result.first?.stringValue, "template: t:1:2: executing \"t\" at <.Path>: can't evaluate field Path in type web.Request")
    }

    func testDroppedTemplateSetsAreFreed() throws {
        let program = try GoInterpreter().load(source: """
            package main

            import (
            \t"io"
            \t"text/template"
            )

            func Make() *template.Template {
            \tt := template.Must(template.New("a").Parse(`{{define "b"}}B{{end}}A{{template "b"}}`))
            \tt.Execute(io.Discard, map[string]int{"n": 1})
            \treturn t
            }

            func main() {}
            """)
        weak var set: TemplateSet?
        weak var tree: TemplateTree?
        do {
            let result = try program.call("Make")
            let handle = (result.first?.raw.o as? Box)?.f[0].o as? TemplateHandle
            set = handle?.set
            tree = handle?.set.entries["b"]?.tree
            XCTAssertNotNil(set)
            XCTAssertNotNil(tree)
        }
        XCTAssertNil(set, "the set of a dropped template is still referenced")
        XCTAssertNil(tree)
    }
}
