import GoInterpreter

/// `context`: the Context interface `New` receives, and the constructors plugins call.
enum ContextPackage {
    static func declare(table: TypeTable, duration: GoType) -> PackageScope {
        let w = HostPackageWriter(table: table, path: "context")
        let done = table.chan(of: table.structure([]), direction: .receive)
        let context = w.type("Context", table.interface(methods: [
            w.interfaceMethod("Done", [], [done]),
            w.interfaceMethod("Err", [], [.error]),
            w.interfaceMethod("Value", [.any], [.any]),
        ]))
        let cancel = w.type("CancelFunc", w.func_([], []))
        w.function("Background", [], [context])
        w.function("TODO", [], [context])
        w.function("WithCancel", [context], [context, cancel])
        w.function("WithValue", [context, .any, .any], [context])
        w.function("WithTimeout", [context, duration], [context, cancel])
        w.function("Cause", [context], [.error])
        w.variable("Canceled", .error)
        w.variable("DeadlineExceeded", .error)
        return w.build()
    }
}
