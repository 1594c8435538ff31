// io.MultiReader, io.TeeReader and io.MultiWriter: readers and writers built from other
// readers and writers, calling their Read/Write methods (plugins use them to put a body
// they already consumed back in front of the rest).
extension NativeRegistry {
    func installIOCombinators() {
        let T = table
        let int = GoType.int
        let bytes = T.slice(of: .byte)
        let io = PackageRef(path: "io", name: "io")
        guard let reader = packages["io"]?.types["Reader"], let writer = packages["io"]?.types["Writer"] else { return }
        let eof = ioEOF
        func prefix(_ p: Value, _ n: Int) -> Value {
            guard let s = p.o as? SliceVal else { return p }
            return .obj(SliceVal(base: s.base, off: s.off, len: n, cap: s.cap))
        }
        func list(_ values: [Value]) -> Value { .obj(SliceVal(base: Box(values), off: 0, len: values.count, cap: values.count)) }

        // multiReader{readers []Reader}: reads each in turn; EOF only after the last.
        let multiReader = T.newNamed("multiReader", package: io)
        multiReader.named?.setUnderlying(T.structure([StructField(name: "readers", type: T.slice(of: reader), package: io)]))
        method(multiReader, "Read", pointer: true, sig([bytes], [int, .error])) { c in
            let box = c[0].o as! Box
            var readers = Array(c.vm.sliceElements(box.f[0]))
            defer { box.f[0] = list(readers) }
            while let first = readers.first {
                let r = try c.vm.callInterfaceMethod(c.goroutine, first, "Read", [c[1]])
                var err = r[1]
                let atEOF = valuesEqual(err, eof)
                if atEOF { readers.removeFirst() }
                if r[0].i > 0 || !atEOF {
                    if atEOF && !readers.isEmpty { err = .none }
                    return [r[0], err]
                }
            }
            return [.int(0), eof]
        }
        function("io", "MultiReader", sig([T.slice(of: reader)], [reader], variadic: true)) { c in
            [.obj(IfaceVal(type: T.pointer(to: multiReader), value: .obj(Box([list(Array(c.vm.sliceElements(c[0])))]))))]
        }

        // teeReader{r Reader; w Writer}: what is read from r is written to w first.
        let teeReader = T.newNamed("teeReader", package: io)
        teeReader.named?.setUnderlying(T.structure([StructField(name: "r", type: reader, package: io), StructField(name: "w", type: writer, package: io)]))
        method(teeReader, "Read", pointer: true, sig([bytes], [int, .error])) { c in
            let box = c[0].o as! Box
            let r = try c.vm.callInterfaceMethod(c.goroutine, box.f[0], "Read", [c[1]])
            let n = Int(r[0].i)
            if n > 0 {
                let w = try c.vm.callInterfaceMethod(c.goroutine, box.f[1], "Write", [prefix(c[1], n)])
                if !w[1].isNone { return [.int(Int64(n)), w[1]] }
            }
            return r
        }
        function("io", "TeeReader", sig([reader, writer], [reader])) { c in
            [.obj(IfaceVal(type: T.pointer(to: teeReader), value: .obj(Box([c[0], c[1]]))))]
        }

        // multiWriter{writers []Writer}: every write goes to each writer; the first error stops it.
        let multiWriter = T.newNamed("multiWriter", package: io)
        multiWriter.named?.setUnderlying(T.structure([StructField(name: "writers", type: T.slice(of: writer), package: io)]))
        method(multiWriter, "Write", pointer: true, sig([bytes], [int, .error])) { c in
            let box = c[0].o as! Box
            let length = c.vm.sliceElements(c[1]).count
            for w in c.vm.sliceElements(box.f[0]) {
                let r = try c.vm.callInterfaceMethod(c.goroutine, w, "Write", [c[1]])
                if !r[1].isNone { return r }
                if Int(r[0].i) != length {
                    return [r[0], self.variable(path: "io", name: "ErrShortWrite")]
                }
            }
            return [.int(Int64(length)), .none]
        }
        function("io", "MultiWriter", sig([T.slice(of: writer)], [writer], variadic: true)) { c in
            [.obj(IfaceVal(type: T.pointer(to: multiWriter), value: .obj(Box([list(Array(c.vm.sliceElements(c[0])))]))))]
        }
    }

    /// The current value of a native package variable.
    func variable(path: String, name: String) -> Value {
        guard case .obj(let o)? = packages[path]?.variables[name]?.1, let cell = o as? Cell else { return .none }
        return cell.v
    }
}
