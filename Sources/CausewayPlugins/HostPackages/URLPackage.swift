import GoInterpreter

/// `net/url`: the URL of a request and query values.
enum URLPackage {
    static func declare(table: TypeTable) -> PackageScope {
        let w = HostPackageWriter(table: table, path: "net/url", name: "url")
        let userinfo = w.type("Userinfo", w.opaqueStruct())
        w.method(userinfo, "Username", [], [.string], pointer: true)
        w.method(userinfo, "Password", [], [.string, .bool], pointer: true)
        w.method(userinfo, "String", [], [.string], pointer: true)
        let url = w.type("URL", table.structure([
            w.field("Scheme", .string), w.field("Opaque", .string), w.field("User", table.pointer(to: userinfo)),
            w.field("Host", .string), w.field("Path", .string), w.field("RawPath", .string),
            w.field("OmitHost", .bool), w.field("ForceQuery", .bool), w.field("RawQuery", .string),
            w.field("Fragment", .string), w.field("RawFragment", .string),
        ]))
        let values = w.type("Values", table.map(key: .string, value: table.slice(of: .string)))
        let pointer = table.pointer(to: url)
        w.method(url, "String", [], [.string], pointer: true)
        w.method(url, "Query", [], [values], pointer: true)
        w.method(url, "Hostname", [], [.string], pointer: true)
        w.method(url, "Port", [], [.string], pointer: true)
        w.method(url, "EscapedPath", [], [.string], pointer: true)
        w.method(url, "RequestURI", [], [.string], pointer: true)
        w.method(url, "IsAbs", [], [.bool], pointer: true)
        w.method(url, "ResolveReference", [pointer], [pointer], pointer: true)
        w.method(values, "Get", [.string], [.string])
        w.method(values, "Set", [.string, .string], [])
        w.method(values, "Add", [.string, .string], [])
        w.method(values, "Del", [.string], [])
        w.method(values, "Has", [.string], [.bool])
        w.method(values, "Encode", [], [.string])
        w.function("Parse", [.string], [pointer, .error])
        w.function("ParseRequestURI", [.string], [pointer, .error])
        w.function("ParseQuery", [.string], [values, .error])
        w.function("QueryEscape", [.string], [.string])
        w.function("QueryUnescape", [.string], [.string, .error])
        w.function("PathEscape", [.string], [.string])
        w.function("PathUnescape", [.string], [.string, .error])
        return w.build()
    }
}
