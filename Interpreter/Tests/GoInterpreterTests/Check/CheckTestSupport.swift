import XCTest
@testable import GoInterpreter

/// Parses and checks a one-file package `main` against a small fake standard library.
struct CheckHarness {
    var fset = FileSet()
    let table = TypeTable()

    /// A stand-in for native bindings: fmt, strings, errors with a few functions.
    struct FakeStdlib: PackageImporter {
        let table: TypeTable
        func importPackage(_ path: String) -> PackageScope? {
            let b = PackageScopeBuilder(path: path)
            let anySlice = table.slice(of: .any)
            switch path {
            case "fmt":
                b.addFunction("Println", table.signature(parameters: [anySlice], results: [.int, .error], isVariadic: true))
                b.addFunction("Printf", table.signature(parameters: [.string, anySlice], results: [.int, .error], isVariadic: true))
                b.addFunction("Sprintf", table.signature(parameters: [.string, anySlice], results: [.string], isVariadic: true))
                b.addFunction("Errorf", table.signature(parameters: [.string, anySlice], results: [.error], isVariadic: true))
                let stringer = table.newNamed("Stringer", package: b.ref)
                stringer.named!.setUnderlying(table.interface(methods: [Method(name: "String", package: nil, signature: table.signature(parameters: [], results: [.string]))]))
                b.addType("Stringer", stringer)
            case "strings":
                b.addFunction("ToUpper", table.signature(parameters: [.string], results: [.string]))
                b.addFunction("Split", table.signature(parameters: [.string, .string], results: [table.slice(of: .string)]))
                b.addFunction("HasPrefix", table.signature(parameters: [.string, .string], results: [.bool]))
            case "errors":
                b.addFunction("New", table.signature(parameters: [.string], results: [.error]))
            case "math":
                b.addConstant("MaxInt64", .untypedInt, .integer(Int64.max))
                b.addConstant("Pi", .untypedFloat, .double(3.141592653589793))
            default:
                return nil
            }
            return b.build()
        }
    }

    mutating func check(_ src: String) -> (CheckResult, [File]) {
        let (f, d) = GoParser.parseFile(name: "./x.go", source: src, into: &fset)
        precondition(d.isEmpty, "syntax errors: \(d.map { $0.formatted(in: fset) })")
        let files = [f!]
        let r = TypeChecker.check(packagePath: "main", files: files, fileSet: fset, table: table, importer: FakeStdlib(table: table))
        return (r, files)
    }

    /// Error lines as go build prints them (warnings excluded).
    mutating func errors(_ src: String) -> [String] {
        let (r, _) = check(src)
        return r.errors.map { $0.formatted(in: fset) }
    }

    mutating func warnings(_ src: String) -> [String] {
        let (r, _) = check(src)
        return r.diagnostics.filter { $0.severity == .warning }.map { $0.formatted(in: fset) }
    }
}

/// Wraps statements into `package main` with a main function.
func mainProgram(_ body: String, imports: [String] = [], decls: String = "") -> String {
    var s = "package main\n\n"
    for i in imports { s += "import \"\(i)\"\n" }
    s += decls + "func main() {\n" + body + "\n}\n"
    return s
}
