import GoInterpreter

/// Checker declarations of Go packages the interpreter may still lack (`net/url`, `net`,
/// `bytes.Buffer`, `text/template`…), layered over its native packages. Where the interpreter has a package of its own, its
/// names win and these declarations only fill the names it lacks; they are also what the
/// run-time bindings will attach implementations to.
public final class HostPackageSet: PackageImporter {
    public let table: TypeTable
    private let native: any PackageImporter
    private var scopes: [String: PackageScope] = [:]

    /// Paths described here.
    public static let paths = ["regexp"]

    public init(table: TypeTable, native: any PackageImporter) {
        self.table = table
        self.native = native
    }

    public func importPackage(_ path: String) -> PackageScope? {
        if let scope = scopes[path] { return scope }
        let nativeScope = native.importPackage(path)
        guard let declared = declare(path) else { return nativeScope }
        let scope = nativeScope.map { Self.merge(native: $0, host: declared) } ?? declared
        scopes[path] = scope
        return scope
    }

    private func declare(_ path: String) -> PackageScope? {
        switch path {
        case "regexp": return RegexpPackage.declare(table: table)
        default: return nil
        }
    }

    /// The interpreter's own declarations win (they carry implementations); names it does not
    /// have yet (bytes.Buffer while only bytes' functions exist, say) come from ours.
    static func merge(native: PackageScope, host: PackageScope) -> PackageScope {
        let builder = PackageScopeBuilder(path: native.ref.path, name: native.ref.name)
        func add(_ object: Object) {
            switch object.kind {
            case .function: builder.addFunction(object.name, object.type)
            case .variable: builder.addVariable(object.name, object.type)
            case .typeName: builder.addType(object.name, object.type)
            case .constant: builder.addConstant(object.name, object.type, object.constant)
            default: break
            }
        }
        for name in native.scope.names { native.scope.lookupLocal(name).map(add) }
        for name in host.scope.names where native.scope.lookupLocal(name) == nil { host.scope.lookupLocal(name).map(add) }
        return builder.build()
    }

    public func importFailure(_ path: String) -> String? { native.importFailure(path) }

    /// A type of a native package (`io.Writer`), or `any` when the interpreter lacks it so the
    /// declarations still build.
    private func nativeType(_ path: String, _ name: String) -> GoType {
        native.importPackage(path)?.scope.lookup(name)?.type ?? .any
    }
}

extension PackageScope {
    /// The type declared under `name` (used to connect host packages to each other).
    func type(_ name: String) -> GoType {
        scope.lookup(name)?.type ?? .invalid
    }
}
