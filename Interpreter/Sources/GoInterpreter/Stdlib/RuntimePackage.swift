extension NativeRegistry {
    /// The parts of package `runtime` programs use: the runtime.Error interface (satisfied by
    /// the interpreter's run-time panics), GOOS/GOARCH, Gosched, GC, NumCPU, Version.
    func installRuntimePackage() {
        let T = table
        let pkg = PackageRef(path: "runtime", name: "runtime")
        let errorInterface = T.newNamed("Error", package: pkg)
        errorInterface.named?.setUnderlying(T.interface(methods: [
            Method(name: "Error", package: nil, signature: sig([], [.string])),
            Method(name: "RuntimeError", package: nil, signature: sig([], [])),
        ]))
        type("runtime", "Error", errorInterface)
        constant("runtime", "GOOS", .untypedString, .string("linux"))
        constant("runtime", "GOARCH", .untypedString, .string("amd64"))
        constant("runtime", "Compiler", .untypedString, .string("gc"))
        function("runtime", "Version", sig([], [.string])) { _ in [.string("go1.23")] }
        function("runtime", "NumCPU", sig([], [.int])) { _ in [.int(1)] }
        function("runtime", "GOMAXPROCS", sig([.int], [.int])) { _ in [.int(1)] }
        function("runtime", "GC", sig([], [])) { _ in [] }
        // Yielding: a zero-length sleep puts the goroutine behind the others that are ready.
        function("runtime", "Gosched", sig([], [])) { c in
            NativeRegistry.sleepCurrentGoroutine(NativeCall(args: [.int(0)], vm: c.vm, goroutine: c.goroutine))
        }
    }
}
