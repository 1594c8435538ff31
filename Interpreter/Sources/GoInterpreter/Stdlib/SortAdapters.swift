// sort's ready-made sort.Interface implementations: IntSlice, StringSlice, Float64Slice,
// Reverse, and IsSorted/…AreSorted. Installed after sort.Interface exists.
extension NativeRegistry {
    func installSortAdapters() {
        guard let sortInterface = packages["sort"]?.types["Interface"] else { return }
        let T = table
        let pkg = PackageRef(path: "sort", name: "sort")
        let int = GoType.int, bool = GoType.bool

        /// A named slice type with Len/Less/Swap/Sort; `less` is Go's ordering for the element.
        func sliceAdapter(_ name: String, _ element: GoType, _ less: @escaping @Sendable (Value, Value) -> Bool) {
            let t = T.newNamed(name, package: pkg)
            t.named?.setUnderlying(T.slice(of: element))
            type("sort", name, t)
            method(t, "Len", pointer: false, sig([], [int])) { c in [.int(Int64(sliceLength(c[0])))] }
            method(t, "Less", pointer: false, sig([int, int], [bool])) { c in
                let s = try Self.checkedSlice(c[0], c[1].i, c[2].i)
                return [.bool(less(s[Int(c[1].i)], s[Int(c[2].i)]))]
            }
            method(t, "Swap", pointer: false, sig([int, int], [])) { c in
                let s = try Self.checkedSlice(c[0], c[1].i, c[2].i)
                let i = Int(c[1].i), j = Int(c[2].i)
                let x = s[i]; s[i] = s[j]; s[j] = x
                return []
            }
            method(t, "Sort", pointer: false, sig([], [])) { c in
                guard let s = c[0].o as? SliceVal else { return [] }
                let sorted = Array(s.elements).sorted(by: less)
                for (k, v) in sorted.enumerated() { s[k] = v }
                return []
            }
        }
        sliceAdapter("IntSlice", int) { $0.i < $1.i }
        sliceAdapter("StringSlice", .string) { $0.s.lexicographicallyPrecedes($1.s) }
        // NaNs order before every other value, as in sort.Float64Slice.
        sliceAdapter("Float64Slice", .float64) { $0.f < $1.f || ($0.f.isNaN && !$1.f.isNaN) }

        func isSorted(_ s: Value, _ less: (Value, Value) -> Bool) -> Bool {
            guard let s = s.o as? SliceVal, s.len > 1 else { return true }
            for i in 1..<s.len where less(s[i], s[i - 1]) { return false }
            return true
        }
        function("sort", "IntsAreSorted", sig([T.slice(of: int)], [bool])) { c in [.bool(isSorted(c[0]) { $0.i < $1.i })] }
        function("sort", "StringsAreSorted", sig([T.slice(of: .string)], [bool])) { c in
            [.bool(isSorted(c[0]) { $0.s.lexicographicallyPrecedes($1.s) })]
        }
        function("sort", "Float64sAreSorted", sig([T.slice(of: .float64)], [bool])) { c in
            [.bool(isSorted(c[0]) { $0.f < $1.f || ($0.f.isNaN && !$1.f.isNaN) })]
        }
        function("sort", "IsSorted", sig([sortInterface], [bool])) { c in
            let n = try NativeRegistry.callMethod(c, c[0], "Len", []).first?.i ?? 0
            var i = n - 1
            while i > 0 {
                if try NativeRegistry.callMethod(c, c[0], "Less", [.int(i), .int(i - 1)]).first?.i ?? 0 != 0 { return [.bool(false)] }
                i -= 1
            }
            return [.bool(true)]
        }

        // Reverse wraps an Interface and swaps the arguments of Less.
        let reverse = T.newNamed("reverse", package: pkg)
        reverse.named?.setUnderlying(T.structure([StructField(name: "Interface", type: sortInterface, embedded: true, package: nil)]))
        let reversePointer = T.pointer(to: reverse)
        func wrapped(_ c: NativeCall) -> Value { unsafeDowncast(c[0].o!, to: Box.self).f[0] }
        method(reverse, "Len", pointer: true, sig([], [int])) { c in try NativeRegistry.callMethod(c, wrapped(c), "Len", []) }
        method(reverse, "Less", pointer: true, sig([int, int], [bool])) { c in try NativeRegistry.callMethod(c, wrapped(c), "Less", [c[2], c[1]]) }
        method(reverse, "Swap", pointer: true, sig([int, int], [])) { c in try NativeRegistry.callMethod(c, wrapped(c), "Swap", [c[1], c[2]]) }
        function("sort", "Reverse", sig([sortInterface], [sortInterface])) { c in
            [.obj(IfaceVal(type: reversePointer, value: .obj(Box([c[0]]))))]
        }
    }

    /// The slice behind an adapter receiver, with both indices checked as Go's indexing would.
    static func checkedSlice(_ v: Value, _ i: Int64, _ j: Int64) throws(GoPanicError) -> SliceVal {
        let s = v.o as? SliceVal
        let n = s?.len ?? 0
        for k in [i, j] where k < 0 || k >= Int64(n) { throw GoPanicError.indexOutOfRange(k, length: n) }
        return s!
    }
}
