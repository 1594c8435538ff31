import GoInterpreter

/// Sets up a plugin interpreter's packages beyond its standard library: the live `net/http`
/// and `net/http/httptest` bindings, installed with `use` like any native package.
struct PluginPackages {
    /// The importer plugins are compiled against.
    let importer: any PackageImporter
    let http: HTTPPackage
    let runtime: HTTPRuntimeState

    init(interpreter: GoInterpreter, outbound: OutboundPolicy = OutboundPolicy(allowedHosts: [])) {
        let table = interpreter.typeTable
        let hosts = interpreter.nativeImporter
        importer = hosts
        func type(_ path: String, _ name: String) -> GoType {
            hosts.importPackage(path)?.scope.lookup(name)?.type ?? .any
        }
        let url = URLShape(url: type("net/url", "URL"), values: type("net/url", "Values"), table: table)
        let types = HTTPTypes(table: table, url: url, context: type("context", "Context"),
                              readCloser: type("io", "ReadCloser"), writer: type("io", "Writer"), reader: type("io", "Reader"), time: type("time", "Time"),
                              conn: type("net", "Conn"), bufioReadWriter: type("bufio", "ReadWriter"), buffer: type("bytes", "Buffer"))
        let state = HTTPRuntimeState()
        runtime = state
        let package = HTTPPackage(types: types, runtime: state)
        http = package
        let httpPackage = package.makePackage(table: table)
        HTTPClientBindings(types: types, values: package.values, policy: outbound)
            .install(into: httpPackage, table: table, duration: type("time", "Duration"), urlValues: type("net/url", "Values"))
        interpreter.use(httpPackage)
        interpreter.use(HTTPTestPackage(types: types, values: package.values).makePackage(table: table))
    }
}
