import Foundation

// The embedding API, in the shape of Yaegi's: create an interpreter with options, add
// native packages, evaluate source, and run it.

public enum GoInterpreterVersion { public static let string = "0.1.0" }

public struct GoInterpreterOptions: Sendable {
    public var gopath: [String]
    public var args: [String]
    public var environment: [String: String]
    public var limits: GoLimits
    /// Where a loaded program's standard output and error go (default: kept in
    /// `GoProgram.stdout`/`stderr`, which suits tests, not long-running servers).
    public var outputHandler: (@Sendable (String) -> Void)?
    public var errorHandler: (@Sendable (String) -> Void)?
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

struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

public struct GoLoadError: Error, Sendable {
    public let messages: [String]
}

/// A loaded program: package state persists between calls, as in a Yaegi interpreter.
/// `callAsync` and `function` may be used from any thread; the synchronous calls may not
/// (and not once the program serves).
public final class GoProgram: @unchecked Sendable {
    let vm: VM
    let packagePath: String
    public private(set) var stdout = ""
    public private(set) var stderr = ""

    init(program: Program, options: GoInterpreterOptions, packagePath: String) {
        self.packagePath = packagePath
        vm = VM(program: program, limits: options.limits, output: { _ in }, errorOutput: { _ in })
        vm.environment = options.environment
        vm.output = options.outputHandler ?? { [unowned self] s in self.stdout += s }
        vm.errorOutput = options.errorHandler ?? { [unowned self] s in self.stderr += s }
    }

    func initialize() throws(GoLoadError) {
        for ref in vm.program.initSequence {
            do { _ = try vm.callFromHost(.obj(Closure(proto: ref.proto, captures: [])), []) }
            catch { throw GoLoadError(messages: ["initialization failed: \(error)"]) }
        }
    }

    private let serveLock = NSLock()
    private var serving = false

    /// Calls `function` on the program's own serving thread without blocking the caller:
    /// the call runs as a goroutine alongside other submitted calls (a call suspended in a
    /// host function does not hold up the others), and `completion` runs on that thread.
    /// Once a program serves, use only the asynchronous calls on it.
    public func callAsync(
        function: GoValue, _ args: [GoValue], budget: GoCallBudget? = nil, includeTrace: Bool = false,
        completion: @escaping @Sendable (Result<[GoValue], GoRunError>) -> Void
    ) {
        startServing()
        vm.scheduler.submit(HostCall(function: function.raw, args: args.map(\.raw), budget: budget, includeTrace: includeTrace, completion: completion))
    }

    /// Host functions the program uses that this interpreter does not implement (calling one
    /// panics), sorted — for a load-time warning.
    public var unimplementedFunctions: [String] { vm.program.unimplemented.sorted() }

    /// `callAsync` whose arguments are built by `arguments` on the serving thread, so the
    /// caller (an event loop, say) does not pay for making them.
    public func callAsync(
        function: GoValue, budget: GoCallBudget? = nil, includeTrace: Bool = false,
        arguments: @escaping @Sendable () -> [GoValue],
        completion: @escaping @Sendable (Result<[GoValue], GoRunError>) -> Void
    ) {
        startServing()
        var call = HostCall(function: function.raw, args: [], budget: budget, includeTrace: includeTrace, completion: completion)
        call.makeArgs = arguments
        vm.scheduler.submit(call)
    }

    /// Looks up a package-level function as a value (for `callAsync`).
    public func function(_ name: String) -> GoValue? {
        let key = name.contains(".") ? name : packagePath + "." + name
        return vm.program.functions[key].map { GoValue(.obj(Closure(proto: $0.proto, captures: []))) }
    }

    /// A function of a native package (`"context", "Background"`) as a value (for `callAsync`).
    public func nativeFunction(_ packagePath: String, _ name: String) -> GoValue? {
        vm.program.natives?.packages[packagePath]?.functions[name].map { GoValue(.obj($0.1)) }
    }

    /// A method of an interface value bound to its receiver, as a function value.
    public func method(_ receiver: GoValue, _ name: String) -> GoValue? {
        guard case .obj(let o) = receiver.raw, let iv = o as? IfaceVal,
              let m = try? vm.resolve(iv.type, name), let recv = try? m.receiver(iv.value) else { return nil }
        switch m.target {
        case .interpreted(let ref): return GoValue(.obj(Closure(proto: ref.proto, captures: [], receiver: recv)))
        case .native(let n): return GoValue(.obj(NativeFunc(n.name) { c in try n.call(NativeCall(args: [recv] + c.args, vm: c.vm, goroutine: c.goroutine)) }))
        }
    }

    private func startServing() {
        serveLock.lock()
        defer { serveLock.unlock() }
        if serving { return }
        serving = true
        let box = UncheckedBox(vm)
        let thread = Thread { box.value.serve() }
        thread.name = "go-scheduler"
        // Native code recursing through Go callbacks uses this stack (see HostStack).
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// Calls a package-level function by name (`"Handle"` or `"pkg.Handle"`).
    public func call(_ name: String, _ args: [GoValue] = []) throws(GoRunError) -> [GoValue] {
        let key = name.contains(".") ? name : packagePath + "." + name
        guard let ref = vm.program.functions[key] else { throw .panic("no function \(key)") }
        let results = try vm.callFromHost(.obj(Closure(proto: ref.proto, captures: [])), args.map(\.raw))
        vm.flush()
        return results.map(GoValue.init)
    }

    /// Calls a Go function value (e.g. one returned by `call`).
    public func call(function: GoValue, _ args: [GoValue] = []) throws(GoRunError) -> [GoValue] {
        let results = try vm.callFromHost(function.raw, args.map(\.raw))
        vm.flush()
        return results.map(GoValue.init)
    }

    /// Calls a method on a Go interface value (an interpreted type satisfying a host interface).
    public func callMethod(_ receiver: GoValue, _ name: String, _ args: [GoValue] = []) throws(GoRunError) -> [GoValue] {
        guard case .obj(let o) = receiver.raw, let iv = o as? IfaceVal else { throw .panic("method call on a nil interface") }
        let m: ResolvedMethod
        let recv: Value
        do { m = try vm.resolve(iv.type, name); recv = try m.receiver(iv.value) } catch { throw .panic("\(error.value)") }
        let fn: Value
        switch m.target {
        case .interpreted(let ref): fn = .obj(Closure(proto: ref.proto, captures: [], receiver: recv))
        case .native(let n): fn = .obj(NativeFunc(n.name) { c in try n.call(NativeCall(args: [recv] + c.args, vm: c.vm, goroutine: c.goroutine)) })
        }
        let results = try vm.callFromHost(fn, args.map(\.raw))
        vm.flush()
        return results.map(GoValue.init)
    }
}

public final class GoInterpreter {
    public let options: GoInterpreterOptions
    let table = TypeTable()
    let natives: NativeRegistry

    public init(options: GoInterpreterOptions = GoInterpreterOptions()) {
        self.options = options
        natives = NativeRegistry(table: table)
        natives.installStandardPackages(args: options.args)
        natives.installIO()
        natives.installMorePackages()
        natives.installTimePackage()
        natives.installSyncSortTime()
        natives.installContextAndLog()
        natives.installLog()
        natives.installRegexp()
        natives.installNetPackages()
        natives.installCoreLibraries()
        natives.installEncodingAndCrypto()
        natives.installTemplate()
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
        return execute([(files: [f], info: result.info, ref: result.package.ref)], stream: false, fileSet: fset)
    }

    /// Runs packages loaded by a `PackageLoader` (dependencies first), writing to the process's
    /// stdout/stderr as it goes. Returns the exit status.
    public func run(loader: PackageLoader) -> GoRunResult {
        let pkgs = loader.packages.map { (files: $0.files, info: $0.result.info, ref: $0.result.package.ref) }
        return execute(pkgs, stream: true, fileSet: loader.fileSet)
    }

    /// Adds a native package (Yaegi's `Use`); call before evaluating code that imports it.
    public func use(_ package: GoPackage) {
        for e in package.entries { e(natives) }
    }

    /// Compiles a main (or library) package from source and runs its initialisation,
    /// returning a program whose functions the host can call.
    public func load(source: String, fileName: String = "main.go") throws(GoLoadError) -> GoProgram {
        var fset = FileSet()
        let (file, diags) = GoParser.parseFile(name: fileName, source: Array(source.utf8), into: &fset)
        var errs = diags.filter { $0.severity == .error }.map { "\(fset.position(of: $0.pos)): \($0.message)" }
        guard let f = file, errs.isEmpty else { throw GoLoadError(messages: errs) }
        let path = f.packageName.name == "main" ? "main" : f.packageName.name
        let result = TypeChecker.check(packagePath: path, files: [f], fileSet: fset, table: table, importer: natives)
        errs = result.errors.map { "\(fset.position(of: $0.pos)): \($0.message)" }
        if !errs.isEmpty { throw GoLoadError(messages: errs) }
        let compiler = Compiler(natives: natives, table: table)
        compiler.compile(packages: natives.sourcePackages.compilationUnits + [(files: [f], info: result.info, ref: result.package.ref)])
        compiler.program.fileSet = fset
        let program = GoProgram(program: compiler.program, options: options, packagePath: path)
        try program.initialize()
        return program
    }

    /// Compiles the packages a `PackageLoader` loaded (dependencies first) and runs their
    /// initialisation; `packagePath` names the package whose functions `call`/`function` find by
    /// bare name (a plugin's root package, say).
    public func load(loader: PackageLoader, packagePath: String) throws(GoLoadError) -> GoProgram {
        let pkgs = loader.packages.map { (files: $0.files, info: $0.result.info, ref: $0.result.package.ref) }
        let compiler = Compiler(natives: natives, table: table)
        compiler.compile(packages: pkgs)
        compiler.program.fileSet = loader.fileSet
        let program = GoProgram(program: compiler.program, options: options, packagePath: packagePath)
        try program.initialize()
        return program
    }

    /// An importer for the loader, serving the native packages.
    public var nativeImporter: any PackageImporter { natives }
    public var typeTable: TypeTable { table }

    private func execute(_ pkgs: [(files: [File], info: CheckedInfo, ref: PackageRef)], stream: Bool, fileSet: FileSet) -> GoRunResult {
        let compiler = Compiler(natives: natives, table: table)
        compiler.compile(packages: natives.sourcePackages.compilationUnits + pkgs)
        compiler.program.fileSet = fileSet
        var out = "", err = ""
        let vm = VM(program: compiler.program, limits: options.limits,
                    output: { s in if stream { FileHandle.standardOutput.write(Data(s.utf8)) } else { out += s } },
                    errorOutput: { s in if stream { FileHandle.standardError.write(Data(s.utf8)) } else { err += s } })
        vm.environment = options.environment
        let (status, error) = vm.runMain()
        return GoRunResult(exitStatus: status, stdout: out, stderr: err, error: error, compileErrors: [])
    }
}
