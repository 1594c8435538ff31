import Foundation

// The embedding API, in the shape of Yaegi's: create an interpreter with options, add
// native packages, evaluate source, and run it.

public enum GoInterpreterVersion { public static let string = "0.1.0" }

public struct GoInterpreterOptions: Sendable {
    public var gopath: [String]
    public var args: [String]
    public var environment: [String: String]
    public var limits: GoLimits
    public init(gopath: [String] = [], args: [String] = ["main"], environment: [String: String] = [:], limits: GoLimits = GoLimits()) {
        self.gopath = gopath; self.args = args; self.environment = environment; self.limits = limits
    }
}

/// The outcome of running a program.
public struct GoRunResult: Sendable {
    public var exitStatus: Int32
    public var stdout: String
    public var stderr: String
    public var error: GoRunError?
    /// Compile errors (file:line:col: message), when the program did not type-check.
    public var compileErrors: [String]
}

public final class GoInterpreter {
    public let options: GoInterpreterOptions
    let table = TypeTable()
    let natives: NativeRegistry

    public init(options: GoInterpreterOptions = GoInterpreterOptions()) {
        self.options = options
        natives = NativeRegistry(table: table)
        natives.installStandardPackages(args: options.args)
    }

    /// Runs a single-file main package from source text, capturing output.
    public func run(source: String, fileName: String = "main.go") -> GoRunResult {
        var fset = FileSet()
        let (file, diags) = GoParser.parseFile(name: fileName, source: Array(source.utf8), into: &fset)
        var errs = diags.filter { $0.severity == .error }.map { "\(fset.position(of: $0.pos)): \($0.message)" }
        guard let f = file, errs.isEmpty else { return GoRunResult(exitStatus: 1, stdout: "", stderr: errs.joined(separator: "\n"), error: nil, compileErrors: errs) }
        let result = TypeChecker.check(packagePath: "main", files: [f], fileSet: fset, table: table, importer: natives)
        errs = result.errors.map { "\(fset.position(of: $0.pos)): \($0.message)" }
        if !errs.isEmpty { return GoRunResult(exitStatus: 1, stdout: "", stderr: errs.joined(separator: "\n") + "\n", error: nil, compileErrors: errs) }
        return execute([(files: [f], info: result.info, ref: result.package.ref)], stream: false)
    }

    /// Runs packages loaded by a `PackageLoader` (dependencies first), writing to the process's
    /// stdout/stderr as it goes. Returns the exit status.
    public func run(loader: PackageLoader) -> GoRunResult {
        let pkgs = loader.packages.map { (files: $0.files, info: $0.result.info, ref: $0.result.package.ref) }
        return execute(pkgs, stream: true)
    }

    /// An importer for the loader, serving the native packages.
    public var nativeImporter: any PackageImporter { natives }
    public var typeTable: TypeTable { table }

    private func execute(_ pkgs: [(files: [File], info: CheckedInfo, ref: PackageRef)], stream: Bool) -> GoRunResult {
        let compiler = Compiler(natives: natives, table: table)
        compiler.compile(packages: pkgs)
        var out = "", err = ""
        let vm = VM(program: compiler.program, limits: options.limits,
                    output: { s in if stream { FileHandle.standardOutput.write(Data(s.utf8)) } else { out += s } },
                    errorOutput: { s in if stream { FileHandle.standardError.write(Data(s.utf8)) } else { err += s } })
        vm.environment = options.environment
        let (status, error) = vm.runMain()
        return GoRunResult(exitStatus: status, stdout: out, stderr: err, error: error, compileErrors: [])
    }
}
