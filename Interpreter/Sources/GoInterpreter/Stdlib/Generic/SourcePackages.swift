/// Standard packages written in Go and compiled into every program that imports them.
///
/// The generic packages (cmp, iter, slices, maps) are Go source rather than Swift bindings:
/// the checker already infers type arguments for Go generic functions and the compiler
/// instantiates them per type list, while a native function has one fixed signature. Such a
/// package is parsed and checked on its first import (against the same registry, so it can
/// import native packages and other source packages), kept for the interpreter's lifetime,
/// and put ahead of the user's packages whenever a program is compiled.
final class SourcePackages {
    struct Loaded {
        let path: String
        let files: [File]
        let result: CheckResult
    }
    /// Go source text by import path.
    let sources: [String: String]
    /// Checked packages, dependencies first.
    private(set) var loaded: [Loaded] = []
    /// Each package gets its own node ids (checked facts are kept per package, so they may
    /// overlap the user's), from this file set.
    private var fileSet = FileSet()
    private var inProgress: Set<String> = []

    init(sources: [String: String]) { self.sources = sources }

    /// Parses and checks the package at `path` (once); nil if there is no such source package.
    func importPackage(_ path: String, table: TypeTable, importer: any PackageImporter) -> PackageScope? {
        if let done = loaded.first(where: { $0.path == path }) { return done.result.package }
        guard let source = sources[path], !inProgress.contains(path) else { return nil }
        inProgress.insert(path)
        defer { inProgress.remove(path) }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let (file, diagnostics) = GoParser.parseFile(name: "$GOROOT/src/\(path)/\(name).go", source: source, into: &fileSet)
        guard let file, diagnostics.allSatisfy({ $0.severity != .error }) else {
            assertionFailure("built-in package \(path) does not parse: \(diagnostics)")
            return nil
        }
        let result = TypeChecker.check(packagePath: path, files: [file], fileSet: fileSet, table: table, importer: importer)
        assert(result.errors.isEmpty, "built-in package \(path) does not type-check: \(result.errors.map(\.message))")
        loaded.append(Loaded(path: path, files: [file], result: result))
        return result.package
    }

    /// The checked packages in the form the compiler takes, dependencies first.
    var compilationUnits: [(files: [File], info: CheckedInfo, ref: PackageRef)] {
        loaded.map { (files: $0.files, info: $0.result.info, ref: $0.result.package.ref) }
    }
}
