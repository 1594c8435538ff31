import XCTest
@testable import GoInterpreter

/// A Traefik-plugin-shaped program against a small hand-built `net/http` and `context`:
/// foreign named types, methods on them, an embedded foreign interface with promotion.
final class CheckPluginShapeTests: XCTestCase {
    struct FakeHTTP: PackageImporter {
        let table: TypeTable
        let http: PackageScope
        let context: PackageScope
        let strings: PackageScope

        init(table: TypeTable) {
            self.table = table
            let h = PackageScopeBuilder(path: "net/http")
            let header = table.newNamed("Header", package: h.ref)
            header.named!.setUnderlying(table.map(key: .string, value: table.slice(of: .string)))
            header.named!.addMethod(name: "Get", signature: table.signature(parameters: [.string], results: [.string]), pointerReceiver: false)
            header.named!.addMethod(name: "Set", signature: table.signature(parameters: [.string, .string], results: []), pointerReceiver: false)
            h.addType("Header", header)
            let writer = table.newNamed("ResponseWriter", package: h.ref)
            writer.named!.setUnderlying(table.interface(methods: [
                Method(name: "Header", package: nil, signature: table.signature(parameters: [], results: [header])),
                Method(name: "Write", package: nil, signature: table.signature(parameters: [table.slice(of: .byte)], results: [.int, .error])),
                Method(name: "WriteHeader", package: nil, signature: table.signature(parameters: [.int], results: [])),
            ]))
            h.addType("ResponseWriter", writer)
            let request = table.newNamed("Request", package: h.ref)
            request.named!.setUnderlying(table.structure([
                StructField(name: "Method", type: .string, package: h.ref),
                StructField(name: "Host", type: .string, package: h.ref),
                StructField(name: "Header", type: header, package: h.ref),
                StructField(name: "ctx", type: .any, package: h.ref),
            ]))
            h.addType("Request", request)
            let handler = table.newNamed("Handler", package: h.ref)
            handler.named!.setUnderlying(table.interface(methods: [
                Method(name: "ServeHTTP", package: nil, signature: table.signature(parameters: [writer, table.pointer(to: request)], results: [])),
            ]))
            h.addType("Handler", handler)
            let hf = table.newNamed("HandlerFunc", package: h.ref)
            hf.named!.setUnderlying(table.signature(parameters: [writer, table.pointer(to: request)], results: []))
            hf.named!.addMethod(name: "ServeHTTP", signature: table.signature(parameters: [writer, table.pointer(to: request)], results: []), pointerReceiver: false)
            h.addType("HandlerFunc", hf)
            h.addFunction("Error", table.signature(parameters: [writer, .string, .int], results: []))
            h.addConstant("StatusForbidden", .untypedInt, .integer(403))
            http = h.build()

            let c = PackageScopeBuilder(path: "context")
            let ctx = table.newNamed("Context", package: c.ref)
            ctx.named!.setUnderlying(table.interface(methods: [
                Method(name: "Value", package: nil, signature: table.signature(parameters: [.any], results: [.any])),
            ]))
            c.addType("Context", ctx)
            context = c.build()

            let s = PackageScopeBuilder(path: "strings")
            s.addFunction("HasPrefix", table.signature(parameters: [.string, .string], results: [.bool]))
            s.addFunction("Split", table.signature(parameters: [.string, .string], results: [table.slice(of: .string)]))
            strings = s.build()
        }

        func importPackage(_ path: String) -> PackageScope? {
            switch path {
            case "net/http": return http
            case "context": return context
            case "strings": return strings
            default: return nil
            }
        }
    }

    func check(_ src: String) -> [String] {
        var fset = FileSet()
        let (f, d) = GoParser.parseFile(name: "./plugin.go", source: src, into: &fset)
        XCTAssertEqual(d.map { $0.formatted(in: fset) }, [])
        let table = TypeTable()
        let r = TypeChecker.check(packagePath: "github.com/example/plugin", files: [f!], fileSet: fset, table: table, importer: FakeHTTP(table: table))
        return r.errors.map { $0.formatted(in: fset) }
    }

    func testPluginChecks() {
        XCTAssertEqual(check("""
        package plugin

        import (
        \t"context"
        \t"net/http"
        \t"strings"
        )

        type Config struct {
        \tBlocked []string
        \tHeader  string
        }

        func CreateConfig() *Config {
        \treturn &Config{Header: "X-Blocked"}
        }

        type Blocker struct {
        \tnext   http.Handler
        \tconfig *Config
        \tname   string
        }

        type recorder struct {
        \thttp.ResponseWriter
        \tstatus int
        }

        func (r *recorder) WriteHeader(code int) {
        \tr.status = code
        \tr.ResponseWriter.WriteHeader(code)
        }

        func New(ctx context.Context, next http.Handler, config *Config, name string) (http.Handler, error) {
        \t_ = ctx.Value("k")
        \treturn &Blocker{next: next, config: config, name: name}, nil
        }

        func (b *Blocker) ServeHTTP(rw http.ResponseWriter, req *http.Request) {
        \tfor _, p := range b.config.Blocked {
        \t\tif strings.HasPrefix(req.Host, p) {
        \t\t\trw.Header().Set(b.config.Header, "1")
        \t\t\thttp.Error(rw, "forbidden", http.StatusForbidden)
        \t\t\treturn
        \t\t}
        \t}
        \trec := &recorder{ResponseWriter: rw}
        \tb.next.ServeHTTP(rec, req)
        \t_ = req.Header.Get("A") + rec.Header().Get("B")
        }

        var _ http.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
        """), [])
    }

    func testForeignUnexportedAndMissingMethods() {
        XCTAssertEqual(check("""
        package plugin

        import "net/http"

        type W struct{}

        func (W) Header() http.Header { return nil }

        func use(r *http.Request) {
        \t_ = r.ctx
        \tvar _ http.ResponseWriter = W{}
        \t_ = http.Request{ctx: nil}
        }
        """), [
            "./plugin.go:10:8: r.ctx undefined (cannot refer to unexported field ctx)",
            "./plugin.go:11:30: cannot use W{} (value of type W) as http.ResponseWriter value in variable declaration: W does not implement http.ResponseWriter (missing method Write)",
            "./plugin.go:12:19: cannot refer to unexported field ctx in struct literal of type http.Request",
        ])
    }
}
