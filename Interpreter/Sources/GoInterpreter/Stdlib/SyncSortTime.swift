import Foundation
import GoStdlibCore

// sync.RWMutex and sync.Once, sort.Sort/Stable/SliceStable/Search, and a few math
// functions (the time package is in Time/).
extension NativeRegistry {
    /// Calls method `name` of interface value `v` from native code.
    static func callMethod(_ c: NativeCall, _ v: Value, _ name: String, _ args: [Value]) throws(GoPanicError) -> [Value] {
        guard case .obj(let o) = v, let iv = o as? IfaceVal else { throw .runtime("invalid memory address or nil pointer dereference") }
        let m = try c.vm.resolve(iv.type, name)
        let recv = try m.receiver(iv.value)
        switch m.target {
        case .native(let n): return try n.call(NativeCall(args: [recv] + args, vm: c.vm, goroutine: c.goroutine))
        case .interpreted(let ref): return try c.vm.callSync(c.goroutine, .obj(Closure(proto: ref.proto, captures: [], receiver: recv)), args)
        }
    }

    func installSyncSortTime() {
        let T = table
        let int = GoType.int, bool = GoType.bool
        let syncPkg = PackageRef(path: "sync", name: "sync")

        // RWMutex: f[0] = writer held, f[1] = readers, f[2] = parked goroutines (retry on wake).
        let rw = T.newNamed("RWMutex", package: syncPkg)
        rw.named?.setUnderlying(T.structure([StructField(name: "w", type: int, package: syncPkg), StructField(name: "r", type: int, package: syncPkg), StructField(name: "q", type: .any, package: syncPkg)]))
        type("sync", "RWMutex", rw)
        func queue(_ b: Box) -> GoroutineList {
            if case .obj(let h) = b.f[2] { return unsafeDowncast(h, to: GoroutineList.self) }
            let q = GoroutineList(); b.f[2] = .obj(q); return q
        }
        func wakeAll(_ c: NativeCall, _ b: Box) {
            let q = queue(b)
            let waiting = q.value
            q.value = []
            for g in waiting { c.vm.wakeUp(g.waiting ?? Waiter(g: g)) }
        }
        /// Parked goroutines re-run the Lock/RLock instruction when woken and try again.
        func acquire(_ c: NativeCall, _ b: Box, write: Bool) {
            let g = c.goroutine
            g.wake = nil
            let free = write ? (b.f[0].i == 0 && b.f[1].i == 0) : b.f[0].i == 0
            if free {
                if write { b.f[0] = .int(1) } else { b.f[1] = .int(b.f[1].i + 1) }
                return
            }
            _ = c.vm.park(g)
            queue(b).value.append(g)
        }
        method(rw, "Lock", pointer: true, sig([], [])) { c in acquire(c, unsafeDowncast(c[0].o!, to: Box.self), write: true); return [] }
        method(rw, "RLock", pointer: true, sig([], [])) { c in acquire(c, unsafeDowncast(c[0].o!, to: Box.self), write: false); return [] }
        method(rw, "Unlock", pointer: true, sig([], [])) { c in
            let b = unsafeDowncast(c[0].o!, to: Box.self)
            if b.f[0].i == 0 { throw GoPanicError.plain("fatal error: sync: Unlock of unlocked RWMutex") }
            b.f[0] = .int(0); wakeAll(c, b); return []
        }
        method(rw, "RUnlock", pointer: true, sig([], [])) { c in
            let b = unsafeDowncast(c[0].o!, to: Box.self)
            if b.f[1].i <= 0 { throw GoPanicError.plain("fatal error: sync: RUnlock of unlocked RWMutex") }
            b.f[1] = .int(b.f[1].i - 1)
            if b.f[1].i == 0 { wakeAll(c, b) }
            return []
        }

        let once = T.newNamed("Once", package: syncPkg)
        once.named?.setUnderlying(T.structure([StructField(name: "done", type: int, package: syncPkg)]))
        type("sync", "Once", once)
        method(once, "Do", pointer: true, sig([sig([], [])], [])) { c in
            let b = unsafeDowncast(c[0].o!, to: Box.self)
            if b.f[0].i != 0 { return [] }
            b.f[0] = .int(1)
            _ = try c.vm.callSync(c.goroutine, c[1], [])
            return []
        }

        // sort
        let sortPkg = PackageRef(path: "sort", name: "sort")
        let sortIface = T.newNamed("Interface", package: sortPkg)
        sortIface.named?.setUnderlying(T.interface(methods: [
            Method(name: "Len", package: nil, signature: sig([], [int])),
            Method(name: "Less", package: nil, signature: sig([int, int], [bool])),
            Method(name: "Swap", package: nil, signature: sig([int, int], [])),
        ]))
        type("sort", "Interface", sortIface)
        /// Insertion-merge sort through Less/Swap (stable, so it serves Sort and Stable).
        func sortData(_ c: NativeCall, _ data: Value) throws(GoPanicError) {
            let n = Int(try NativeRegistry.callMethod(c, data, "Len", []).first?.i ?? 0)
            if n < 2 { return }
            for i in 1..<n {
                var j = i
                while j > 0 {
                    let less = try NativeRegistry.callMethod(c, data, "Less", [.int(Int64(j)), .int(Int64(j - 1))]).first?.i ?? 0
                    if less == 0 { break }
                    _ = try NativeRegistry.callMethod(c, data, "Swap", [.int(Int64(j)), .int(Int64(j - 1))])
                    j -= 1
                }
            }
        }
        function("sort", "Sort", sig([sortIface], [])) { c in try sortData(c, c[0]); return [] }
        function("sort", "Stable", sig([sortIface], [])) { c in try sortData(c, c[0]); return [] }
        if let sliceSort = packages["sort"]?.functions["Slice"] {
            function("sort", "SliceStable", sliceSort.0) { c in try sliceSort.1.call(c) }
        }
        function("sort", "Search", sig([int, sig([int], [bool])], [int])) { c in
            var lo = 0, hi = Int(c[0].i)
            while lo < hi {
                let mid = (lo + hi) / 2
                if try c.vm.callSync(c.goroutine, c[1], [.int(Int64(mid))]).first?.i ?? 0 == 0 { lo = mid + 1 } else { hi = mid }
            }
            return [.int(Int64(lo))]
        }
        function("sort", "SearchInts", sig([T.slice(of: int), int], [int])) { c in
            let xs = c.vm.sliceElements(c[0]).map { $0.i }
            var lo = 0, hi = xs.count
            while lo < hi { let mid = (lo + hi) / 2; if xs[mid] < c[1].i { lo = mid + 1 } else { hi = mid } }
            return [.int(Int64(lo))]
        }
        installSortExtras()

        // math
        for (name, fn) in [("Ceil", { (x: Double) in x.rounded(.up) }), ("Trunc", { $0.rounded(.towardZero) }), ("Round", { $0.rounded(.toNearestOrAwayFromZero) }),
                           ("Log", { Foundation.log($0) }), ("Exp", { Foundation.exp($0) }), ("Log2", { Foundation.log2($0) }), ("Log10", { Foundation.log10($0) })] as [(String, (Double) -> Double)] {
            function("math", name, sig([.float64], [.float64])) { c in [.float(fn(c[0].f))] }
        }
        function("math", "Pow", sig([.float64, .float64], [.float64])) { c in [.float(Foundation.pow(c[0].f, c[1].f))] }
        function("math", "Max", sig([.float64, .float64], [.float64])) { c in [.float(Swift.max(c[0].f, c[1].f))] }
        function("math", "Min", sig([.float64, .float64], [.float64])) { c in [.float(Swift.min(c[0].f, c[1].f))] }
        function("math", "Inf", sig([int], [.float64])) { c in [.float(c[0].i >= 0 ? .infinity : -.infinity)] }
        function("math", "IsNaN", sig([.float64], [bool])) { c in [.bool(c[0].f.isNaN)] }
        function("math", "NaN", sig([], [.float64])) { _ in [.float(.nan)] }
        constant("math", "MaxInt32", .untypedInt, .integer(Int64(Int32.max)))
        constant("math", "MinInt32", .untypedInt, .integer(Int64(Int32.min)))
        constant("math", "MaxUint32", .untypedInt, .integer(Int64(UInt32.max)))
        constant("math", "E", .untypedFloat, .double(M_E))
    }
}
