import GoInterpreter

/// `text/template`: parse once, execute per request.
enum TemplatePackage {
    static func declare(table: TypeTable, writer: GoType) -> PackageScope {
        let w = HostPackageWriter(table: table, path: "text/template", name: "template")
        let template = w.type("Template", w.opaqueStruct())
        let pointer = table.pointer(to: template)
        let funcMap = w.type("FuncMap", table.map(key: .string, value: .any))
        w.method(template, "Parse", [.string], [pointer, .error], pointer: true)
        w.method(template, "Execute", [writer, .any], [.error], pointer: true)
        w.method(template, "ExecuteTemplate", [writer, .string, .any], [.error], pointer: true)
        w.method(template, "Name", [], [.string], pointer: true)
        w.method(template, "New", [.string], [pointer], pointer: true)
        w.method(template, "Lookup", [.string], [pointer], pointer: true)
        w.method(template, "Funcs", [funcMap], [pointer], pointer: true)
        w.method(template, "Option", [table.slice(of: .string)], [pointer], pointer: true, variadic: true)
        w.method(template, "Delims", [.string, .string], [pointer], pointer: true)
        w.function("New", [.string], [pointer])
        w.function("Must", [pointer, .error], [pointer])
        w.function("HTMLEscapeString", [.string], [.string])
        w.function("JSEscapeString", [.string], [.string])
        return w.build()
    }
}
