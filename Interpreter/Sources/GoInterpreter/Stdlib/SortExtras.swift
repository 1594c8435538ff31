// The rest of package sort: the IntSlice/StringSlice/Float64Slice adapters, Reverse,
// the IsSorted family and the typed Search helpers. Float64 ordering puts NaN first,
// as Float64Slice.Less documents.
extension NativeRegistry {
    func installSortExtras() {
        let T = table
        let int = GoType.int, bool = GoType.bool
        guard let sortIface = packages["sort"]?.types["Interface"] else { return }
        let pkg = PackageRef(path: "sort", name: "sort")

        /// Declares one adapter type (IntSlice, ...) with Len/Less/Swap/Sort/Search.
        func adapter(_ name: String, element: GoType, less: @escaping @Sendable (Value, Value) -> Bool) -> GoType {
            let t = T.newNamed(name, package: pkg)
            t.named?.setUnderlying(T.slice(of: element))
            method(t, "Len", pointer: false, sig([], [int])) { c in [.int(Int64(c.vm.sliceElements(c[0]).count))] }
            /// Go's bounds check: an index past the slice panics, never traps the host.
            func checked(_ s: SliceVal?, _ index: Int64) throws(GoPanicError) -> Int {
                let length = s?.len ?? 0
                guard index >= 0, index < Int64(length) else {
                    throw GoPanicError.runtime("index out of range [\(index)] with length \(length)")
                }
                return Int(index)
            }
            method(t, "Less", pointer: false, sig([int, int], [bool])) { c in
                let s = c[0].o as? SliceVal
                let i = try checked(s, c[1].i), j = try checked(s, c[2].i)
                return [.bool(less(s![i], s![j]))]
            }
            method(t, "Swap", pointer: false, sig([int, int], [])) { c in
                let s = c[0].o as? SliceVal
                let i = try checked(s, c[1].i), j = try checked(s, c[2].i)
                guard let s else { return [] }
                let v = s[i]; s[i] = s[j]; s[j] = v
                return []
            }
            method(t, "Sort", pointer: false, sig([], [])) { c in
                guard case .obj(let o) = c[0], let s = o as? SliceVal else { return [] }
                let sorted = s.elements.sorted(by: less)
                for (k, v) in sorted.enumerated() { s[k] = v }
                return []
            }
            method(t, "Search", pointer: false, sig([element], [int])) { c in
                [.int(Int64(lowerBound(c.vm.sliceElements(c[0]), c[1], less)))]
            }
            type("sort", name, t)
            return t
        }
        func lowerBound(_ xs: [Value], _ x: Value, _ less: (Value, Value) -> Bool) -> Int {
            var lo = 0, hi = xs.count
            while lo < hi { let mid = (lo + hi) / 2; if less(xs[mid], x) { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        func isSorted(_ xs: [Value], _ less: (Value, Value) -> Bool) -> Bool {
            for i in xs.indices.dropFirst() where less(xs[i], xs[i - 1]) { return false }
            return true
        }
        let intLess: @Sendable (Value, Value) -> Bool = { $0.i < $1.i }
        let strLess: @Sendable (Value, Value) -> Bool = { $0.s.lexicographicallyPrecedes($1.s) }
        let fltLess: @Sendable (Value, Value) -> Bool = { $0.f < $1.f || ($0.f.isNaN && !$1.f.isNaN) }
        _ = adapter("IntSlice", element: int, less: intLess)
        _ = adapter("StringSlice", element: .string, less: strLess)
        _ = adapter("Float64Slice", element: .float64, less: fltLess)

        for (suffix, element, less) in [("Ints", int, intLess), ("Strings", GoType.string, strLess), ("Float64s", GoType.float64, fltLess)] {
            function("sort", suffix + "AreSorted", sig([T.slice(of: element)], [bool])) { c in [.bool(isSorted(c.vm.sliceElements(c[0]), less))] }
            function("sort", "Search" + suffix, sig([T.slice(of: element), element], [int])) { c in
                [.int(Int64(lowerBound(c.vm.sliceElements(c[0]), c[1], less)))]
            }
        }
        function("sort", "Float64s", sig([T.slice(of: .float64)], [])) { c in
            guard case .obj(let o) = c[0], let s = o as? SliceVal else { return [] }
            for (k, v) in s.elements.sorted(by: fltLess).enumerated() { s[k] = v }
            return []
        }

        // Reverse wraps an Interface and swaps the arguments of Less.
        let reverse = T.newNamed("reverse", package: pkg)
        reverse.named?.setUnderlying(T.structure([StructField(name: "Interface", type: sortIface, package: pkg)]))
        func inner(_ c: NativeCall) -> Value { unsafeDowncast(c[0].o!, to: Box.self).f[0] }
        method(reverse, "Len", pointer: true, sig([], [int])) { c in try NativeRegistry.callMethod(c, inner(c), "Len", []) }
        method(reverse, "Less", pointer: true, sig([int, int], [bool])) { c in try NativeRegistry.callMethod(c, inner(c), "Less", [c[2], c[1]]) }
        method(reverse, "Swap", pointer: true, sig([int, int], [])) { c in try NativeRegistry.callMethod(c, inner(c), "Swap", [c[1], c[2]]) }
        function("sort", "Reverse", sig([sortIface], [sortIface])) { c in
            [.obj(IfaceVal(type: T.pointer(to: reverse), value: .obj(Box([c[0]]))))]
        }
        function("sort", "IsSorted", sig([sortIface], [bool])) { c in
            let n = Int(try NativeRegistry.callMethod(c, c[0], "Len", []).first?.i ?? 0)
            var i = n - 1
            while i > 0 {
                if try NativeRegistry.callMethod(c, c[0], "Less", [.int(Int64(i)), .int(Int64(i - 1))]).first?.i ?? 0 != 0 { return [.bool(false)] }
                i -= 1
            }
            return [.bool(true)]
        }
        function("sort", "SliceIsSorted", sig([.any, sig([int, int], [bool])], [bool])) { c in
            let n = c.vm.sliceElements((c[0].o as? IfaceVal)?.value ?? .none).count
            var i = n - 1
            while i > 0 {
                if try c.vm.callSync(c.goroutine, c[1], [.int(Int64(i)), .int(Int64(i - 1))]).first?.i ?? 0 != 0 { return [.bool(false)] }
                i -= 1
            }
            return [.bool(true)]
        }
    }
}
