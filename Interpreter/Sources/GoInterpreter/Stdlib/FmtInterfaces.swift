extension NativeRegistry {
    /// fmt's named interfaces (the printing functions find String/Error methods by name).
    func installFmtInterfaces() {
        let T = table
        let pkg = PackageRef(path: "fmt", name: "fmt")
        for (name, method) in [("Stringer", "String"), ("GoStringer", "GoString")] {
            let t = T.newNamed(name, package: pkg)
            t.named?.setUnderlying(T.interface(methods: [Method(name: method, package: nil, signature: sig([], [.string]))]))
            type("fmt", name, t)
        }
    }
}
