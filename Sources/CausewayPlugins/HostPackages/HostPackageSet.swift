import GoInterpreter

/// The Go packages the gateway provides to plugins beyond the interpreter's own standard
/// library: `context`, `net/http`, `net/url`, `net`, `bytes`, `regexp`, `text/template`, as
/// declarations the checker can import. The interpreter's native packages win when they exist
/// (they will carry real implementations); these declarations fill the gaps and are what the
/// run-time bindings will attach implementations to.
public final class HostPackageSet: PackageImporter {
    public let table: TypeTable
    private let native: any PackageImporter
    private var scopes: [String: PackageScope] = [:]

    /// Paths described here.
    public static let paths = ["bytes", "context", "net", "net/http", "net/url", "regexp", "text/template"]

    public init(table: TypeTable, native: any PackageImporter) {
        self.table = table
        self.native = native
    }

    public func importPackage(_ path: String) -> PackageScope? {
        if let scope = native.importPackage(path) { return scope }
        if let scope = scopes[path] { return scope }
        let scope: PackageScope?
        switch path {
        case "bytes": scope = BytesPackage.declare(table: table, writer: nativeType("io", "Writer"))
        case "context": scope = ContextPackage.declare(table: table, duration: nativeType("time", "Duration"))
        case "net": scope = NetPackage.declare(table: table)
        case "net/url": scope = URLPackage.declare(table: table)
        case "net/http":
            guard let url = importPackage("net/url"), let context = importPackage("context") else { return nil }
            scope = HTTPPackage.declare(table: table, url: url, context: context, writer: nativeType("io", "Writer"))
        case "regexp": scope = RegexpPackage.declare(table: table)
        case "text/template": scope = TemplatePackage.declare(table: table, writer: nativeType("io", "Writer"))
        default: scope = nil
        }
        if let scope { scopes[path] = scope }
        return scope
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
