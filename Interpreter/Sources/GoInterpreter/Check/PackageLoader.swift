import Foundation

/// Loads interpreted Go packages from source: finds an import path's directory (the main
/// module's own sub-packages through go.mod, `vendor/`, or GOPATH-style `<root>/src/<path>`),
/// parses its files, and checks it, importing its own imports recursively. Paths it cannot
/// find go to the native importer (bound standard-library packages).
public final class PackageLoader: PackageImporter {
    public struct LoadedPackage: Sendable {
        public let path: String
        public let directory: String
        public let files: [File]
        public let result: CheckResult
    }

    public let table: TypeTable
    public private(set) var fileSet = FileSet()
    /// Packages in the order their checks finished (dependencies first).
    public private(set) var packages: [LoadedPackage] = []
    /// Syntax errors and import problems (type errors are in each package's result).
    public private(set) var diagnostics: [Diagnostic] = []

    private let native: any PackageImporter
    private let gopaths: [String]
    private var byPath: [String: PackageScope] = [:]
    private var failures: [String: String] = [:]
    private var loading: [String] = []
    private var mainDirectory = ""
    private var modulePath: String? = nil
    /// Display names for files: relative to the current directory as `go` prints them.
    private let displayName: (String) -> String

    /// Decides which files of a package directory are built.
    public var buildContext = BuildContext()

    public init(table: TypeTable, native: any PackageImporter, gopaths: [String] = [],
                displayName: @escaping (String) -> String = { $0 }) {
        self.table = table
        self.native = native
        self.gopaths = gopaths
        self.displayName = displayName
    }

    /// Loads the package in `directory` as the main package (import path `main`, or the
    /// module path from its go.mod).
    @discardableResult
    public func loadMain(directory: String, files explicit: [String]? = nil) -> LoadedPackage? {
        mainDirectory = directory
        modulePath = readModulePath(directory)
        let paths = explicit ?? goFiles(in: directory)
        return load(path: "main", directory: directory, filePaths: paths)
    }

    /// Loads a library package (a Traefik plugin, say) by import path from the GOPATH-style
    /// roots; its directory's go.mod and vendor/ then serve its imports, as for a main module.
    @discardableResult
    public func loadRoot(importPath: String) -> LoadedPackage? {
        guard let dir = gopaths.map({ $0 + "/src/" + importPath }).first(where: { isDirectory($0) }) else {
            diagnostics.append(Diagnostic(pos: .none, message: "cannot find package \"\(importPath)\" in any of the GOPATH roots"))
            return nil
        }
        mainDirectory = dir
        modulePath = readModulePath(dir) ?? importPath
        if let p = byPath[importPath] { return packages.first { $0.result.package === p } }
        return load(path: importPath, directory: dir, filePaths: goFiles(in: dir))
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    private func readModulePath(_ dir: String) -> String? {
        guard let mod = try? String(contentsOfFile: dir + "/go.mod", encoding: .utf8) else { return nil }
        for line in mod.split(separator: "\n") where line.hasPrefix("module ") {
            return line.dropFirst(7).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    /// Every diagnostic of every loaded package, sorted by position.
    public var allDiagnostics: [Diagnostic] {
        (diagnostics + packages.flatMap { $0.result.diagnostics }).sorted { $0.pos < $1.pos }
    }

    public func importPackage(_ path: String) -> PackageScope? {
        if let p = byPath[path] { return p }
        if let n = native.importPackage(path) { byPath[path] = n; return n }
        guard let dir = directory(for: path) else { return nil }
        if loading.contains(path) {
            failures[path] = "import cycle not allowed: " + (loading + [path]).joined(separator: " -> ")
            return nil
        }
        return load(path: path, directory: dir, filePaths: goFiles(in: dir))?.result.package
    }

    public func importFailure(_ path: String) -> String? { failures[path] }

    private func load(path: String, directory: String, filePaths: [String]) -> LoadedPackage? {
        loading.append(path)
        defer { loading.removeLast() }
        var files: [File] = []
        var syntaxErrors = false
        for fp in filePaths {
            guard let data = FileManager.default.contents(atPath: fp) else { continue }
            let (f, d) = GoParser.parseFile(name: displayName(fp), source: [UInt8](data), into: &fileSet)
            diagnostics += d
            if !d.isEmpty { syntaxErrors = true }
            if let f { files.append(f) }
        }
        if syntaxErrors || files.isEmpty { return nil }
        let result = TypeChecker.check(packagePath: path, files: files, fileSet: fileSet, table: table, importer: self)
        let loaded = LoadedPackage(path: path, directory: directory, files: files, result: result)
        packages.append(loaded)
        byPath[path] = result.package
        return loaded
    }

    private func directory(for path: String) -> String? {
        var candidates: [String] = []
        if let m = modulePath, path == m || path.hasPrefix(m + "/") {
            candidates.append(mainDirectory + String(path.dropFirst(m.count)))
        }
        if !mainDirectory.isEmpty { candidates.append(mainDirectory + "/vendor/" + path) }
        for root in gopaths { candidates.append(root + "/src/" + path) }
        var isDir: ObjCBool = false
        return candidates.first { FileManager.default.fileExists(atPath: $0, isDirectory: &isDir) && isDir.boolValue }
    }

    private func goFiles(in dir: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.sorted().filter { name in
            guard name.hasSuffix(".go") else { return false }
            let source = (try? String(contentsOfFile: dir + "/" + name, encoding: .utf8)) ?? ""
            return buildContext.includes(fileName: name, source: source)
        }.map { dir + "/" + $0 }
    }
}
