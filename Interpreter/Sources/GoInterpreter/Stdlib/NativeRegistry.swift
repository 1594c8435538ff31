// The symbol table of native (Swift-implemented) packages, shaped like Yaegi's exports:
// each package path maps names to functions, variables and types; the registry also acts
// as the checker's importer for those paths.
public final class NativeRegistry: PackageImporter {
    let table: TypeTable
    struct Package {
        var functions: [String: (GoType, NativeFunc)] = [:]
        var variables: [String: (GoType, Value)] = [:]
        var types: [String: GoType] = [:]
        var constants: [String: (GoType, ConstantValue)] = [:]
    }
    var packages: [String: Package] = [:]
    var methods: [Int: [String: MethodImpl]] = [:]
    var numErrorPointer: GoType = .error
    /// `*errors.errorString`, the dynamic type of `errors.New` results (see `errorValue`).
    var errorStringPointer: GoType = .error
    /// `io.Writer` and `io.EOF`, shared by every package that reads or writes.
    var ioWriterType: GoType = .invalid
    var ioEOF: Value = .none
    private var scopes: [String: PackageScope] = [:]
    /// Standard packages written in Go (the generic ones), checked on first import.
    let sourcePackages = SourcePackages(sources: NativeRegistry.standardSourcePackages)

    init(table: TypeTable) { self.table = table }

    func function(_ path: String, _ name: String, _ sig: GoType, _ body: @escaping (NativeCall) throws -> [Value]) {
        packages[path, default: Package()].functions[name] = (sig, NativeFunc(path + "." + name, body))
    }
    func variable(_ path: String, _ name: String, _ type: GoType, _ cell: Value) {
        packages[path, default: Package()].variables[name] = (type, cell)
    }
    func type(_ path: String, _ name: String, _ t: GoType) { packages[path, default: Package()].types[name] = t }
    func constant(_ path: String, _ name: String, _ t: GoType, _ v: ConstantValue) { packages[path, default: Package()].constants[name] = (t, v) }

    /// Declares a method on a native named type (and on the type for the checker).
    /// Methods Go defines for nil receivers (`(*bytes.Buffer)(nil).String()` is "<nil>", a nil
    /// `*time.Location` is UTC, …): by type, or by type and method.
    static let nilSafeReceivers: Set<String> = [
        "bytes.Buffer.String", "net/url.Userinfo", "net/url.URL.Redacted", "net.TCPAddr", "net.UDPAddr", "net.IPAddr",
        "net.IPNet", "os.File", "time.Location",
    ]

    /// A nil receiver of a struct type is otherwise Go's nil dereference, checked here once so
    /// no method body can trip over it.
    func method(_ t: GoType, _ name: String, pointer: Bool, _ sig: GoType, _ body: @escaping (NativeCall) throws -> [Value]) {
        t.named?.addMethod(name: name, signature: sig, pointerReceiver: pointer)
        let typeName = t.named.map { "\($0.package?.path ?? "").\($0.name)" } ?? ""
        let nilSafe = Self.nilSafeReceivers.contains(typeName) || Self.nilSafeReceivers.contains(typeName + "." + name)
        let guarded: (NativeCall) throws -> [Value] = t.underlying.structure == nil || nilSafe ? body : { c in
            if case .none? = c.args.first { throw GoPanicError.runtime("invalid memory address or nil pointer dereference") }
            return try body(c)
        }
        methods[t.id, default: [:]][name] = MethodImpl(target: .native(NativeFunc(name, guarded)), pointerReceiver: pointer)
    }

    public func importPackage(_ path: String) -> PackageScope? {
        if let s = scopes[path] { return s }
        guard let p = packages[path] else { return sourcePackages.importPackage(path, table: table, importer: self) }
        let b = PackageScopeBuilder(path: path)
        for (n, (t, _)) in p.functions { b.addFunction(n, t) }
        for (n, (t, _)) in p.variables { b.addVariable(n, t) }
        for (n, t) in p.types { b.addType(n, t) }
        for (n, (t, v)) in p.constants { b.addConstant(n, t, v) }
        let s = b.build()
        scopes[path] = s
        return s
    }

    func function(_ o: Object) -> NativeFunc? {
        guard let path = o.package?.path, let p = packages[path] else { return nil }
        return p.functions[o.name]?.1
    }

    func variable(_ o: Object) -> Value? {
        guard let path = o.package?.path, let p = packages[path] else { return nil }
        guard let cell = p.variables[o.name]?.1 else { return nil }
        if case .obj(let c) = cell, let cell = c as? Cell { return cell.v }
        return cell
    }

    // MARK: signature helpers
    func sig(_ params: [GoType], _ results: [GoType], variadic: Bool = false) -> GoType {
        table.signature(parameters: params, results: results, isVariadic: variadic)
    }
    var anySlice: GoType { table.slice(of: .any) }
}
