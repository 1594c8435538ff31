extension NativeRegistry {
    /// `sync/atomic`. A program's goroutines run on one scheduler thread and a native call is
    /// never interrupted, so plain loads and stores are already atomic; the work here is
    /// Go's wrap-around per integer width and the typed wrappers.
    func installAtomicPackage() {
        let T = table
        let bool = GoType.bool
        let path = "sync/atomic"
        let pkg = PackageRef(path: path, name: "atomic")

        func pointer(_ v: Value) throws(GoPanicError) -> Pointer {
            guard case .obj(let o) = v, let p = o as? Pointer else { throw .runtime("invalid memory address or nil pointer dereference") }
            return p
        }
        // (name, Go type, wrap to the type's representation)
        let kinds: [(String, GoType, (Int64) -> Int64)] = [
            ("Int32", .int32, { Int64(Int32(truncatingIfNeeded: $0)) }),
            ("Int64", .int64, { $0 }),
            ("Uint32", .uint32, { Int64(UInt32(truncatingIfNeeded: $0)) }),
            ("Uint64", .uint64, { $0 }),
            ("Uintptr", .uintptr, { $0 }),
        ]
        for (name, t, wrap) in kinds {
            let ptr = T.pointer(to: t)
            function(path, "Add" + name, sig([ptr, t], [t])) { c in
                let p = try pointer(c[0]); let v = Value.int(wrap(p.load().i &+ c[1].i)); p.store(v); return [v]
            }
            function(path, "Load" + name, sig([ptr], [t])) { c in [try pointer(c[0]).load()] }
            function(path, "Store" + name, sig([ptr, t], [])) { c in try pointer(c[0]).store(c[1]); return [] }
            function(path, "Swap" + name, sig([ptr, t], [t])) { c in
                let p = try pointer(c[0]); let old = p.load(); p.store(c[1]); return [old]
            }
            function(path, "CompareAndSwap" + name, sig([ptr, t, t], [bool])) { c in
                let p = try pointer(c[0])
                if p.load().i != c[1].i { return [.bool(false)] }
                p.store(c[2]); return [.bool(true)]
            }
            function(path, "And" + name, sig([ptr, t], [t])) { c in
                let p = try pointer(c[0]); let old = p.load(); p.store(.int(old.i & c[1].i)); return [old]
            }
            function(path, "Or" + name, sig([ptr, t], [t])) { c in
                let p = try pointer(c[0]); let old = p.load(); p.store(.int(old.i | c[1].i)); return [old]
            }

            // The typed wrapper (atomic.Int32, …): a struct whose only field is the value.
            guard name != "Uintptr" else { continue }
            let wrapper = T.newNamed(name, package: pkg)
            wrapper.named?.setUnderlying(T.structure([StructField(name: "v", type: t, package: pkg)]))
            type(path, name, wrapper)
            func box(_ v: Value) throws(GoPanicError) -> Box {
                guard case .obj(let o) = v, let b = o as? Box else { throw .runtime("invalid memory address or nil pointer dereference") }
                return b
            }
            method(wrapper, "Load", pointer: true, sig([], [t])) { c in [try box(c[0]).f[0]] }
            method(wrapper, "Store", pointer: true, sig([t], [])) { c in try box(c[0]).f[0] = c[1]; return [] }
            method(wrapper, "Add", pointer: true, sig([t], [t])) { c in
                let b = try box(c[0]); b.f[0] = .int(wrap(b.f[0].i &+ c[1].i)); return [b.f[0]]
            }
            method(wrapper, "Swap", pointer: true, sig([t], [t])) { c in
                let b = try box(c[0]); let old = b.f[0]; b.f[0] = c[1]; return [old]
            }
            method(wrapper, "CompareAndSwap", pointer: true, sig([t, t], [bool])) { c in
                let b = try box(c[0])
                if b.f[0].i != c[1].i { return [.bool(false)] }
                b.f[0] = c[2]; return [.bool(true)]
            }
            method(wrapper, "And", pointer: true, sig([t], [t])) { c in
                let b = try box(c[0]); let old = b.f[0]; b.f[0] = .int(old.i & c[1].i); return [old]
            }
            method(wrapper, "Or", pointer: true, sig([t], [t])) { c in
                let b = try box(c[0]); let old = b.f[0]; b.f[0] = .int(old.i | c[1].i); return [old]
            }
        }

        func box(_ v: Value) throws(GoPanicError) -> Box {
            guard case .obj(let o) = v, let b = o as? Box else { throw .runtime("invalid memory address or nil pointer dereference") }
            return b
        }
        let boolType = T.newNamed("Bool", package: pkg)
        boolType.named?.setUnderlying(T.structure([StructField(name: "v", type: bool, package: pkg)]))
        type(path, "Bool", boolType)
        method(boolType, "Load", pointer: true, sig([], [bool])) { c in [try box(c[0]).f[0]] }
        method(boolType, "Store", pointer: true, sig([bool], [])) { c in try box(c[0]).f[0] = c[1]; return [] }
        method(boolType, "Swap", pointer: true, sig([bool], [bool])) { c in
            let b = try box(c[0]); let old = b.f[0]; b.f[0] = c[1]; return [old]
        }
        method(boolType, "CompareAndSwap", pointer: true, sig([bool, bool], [bool])) { c in
            let b = try box(c[0])
            if b.f[0].i != c[1].i { return [.bool(false)] }
            b.f[0] = c[2]; return [.bool(true)]
        }

        // Value: holds an interface value; every Store must use the same dynamic type.
        let valueType = T.newNamed("Value", package: pkg)
        valueType.named?.setUnderlying(T.structure([StructField(name: "v", type: .any, package: pkg)]))
        type(path, "Value", valueType)
        func checkStore(_ b: Box, _ new: Value, _ operation: String) throws(GoPanicError) {
            guard case .obj(let o) = new, let iv = o as? IfaceVal else { throw .plain("sync/atomic: \(operation) of nil value into Value") }
            if case .obj(let old) = b.f[0], let oldIface = old as? IfaceVal, oldIface.type != iv.type {
                throw .plain("sync/atomic: \(operation) of inconsistently typed value into Value")
            }
        }
        method(valueType, "Load", pointer: true, sig([], [.any])) { c in [try box(c[0]).f[0]] }
        method(valueType, "Store", pointer: true, sig([.any], [])) { c in
            let b = try box(c[0]); try checkStore(b, c[1], "store"); b.f[0] = c[1]; return []
        }
        method(valueType, "Swap", pointer: true, sig([.any], [.any])) { c in
            let b = try box(c[0]); try checkStore(b, c[1], "swap"); let old = b.f[0]; b.f[0] = c[1]; return [old]
        }
        method(valueType, "CompareAndSwap", pointer: true, sig([.any, .any], [bool])) { c in
            let b = try box(c[0])
            try checkStore(b, c[2], "compare and swap")
            if !b.f[0].isNone || !c[1].isNone {
                if !valuesEqual(b.f[0], c[1]) { return [.bool(false)] }
            }
            b.f[0] = c[2]
            return [.bool(true)]
        }
    }
}
