import Foundation
import GoStdlibCore

// Bindings of the standard packages plugins use most: fmt, strings, strconv, errors, os,
// sort, sync, math (time is in Time/).
extension NativeRegistry {
    func installStandardPackages(args: [String]) {
        let T = table
        let str = GoType.string, int = GoType.int, bool = GoType.bool
        // errors
        let errorString = T.newNamed("errorString", package: PackageRef(path: "errors", name: "errors"))
        errorString.named?.setUnderlying(T.structure([StructField(name: "s", type: str, package: PackageRef(path: "errors", name: "errors"))]))
        let errPtr = T.pointer(to: errorString)
        errorStringPointer = errPtr
        method(errorString, "Error", pointer: true, sig([], [str])) { c in
            guard case .obj(let o) = c[0], let b = o as? Box else { return [.str([])] }
            return [b.f[0]]
        }
        func newError(_ s: [UInt8]) -> Value { .obj(IfaceVal(type: errPtr, value: .obj(Box([.str(s)])))) }
        function("errors", "New", sig([str], [.error])) { c in [newError(c[0].s)] }

        // fmt
        func printer(_ c: NativeCall) -> ValuePrinter { ValuePrinter(vm: c.vm, g: c.goroutine) }
        func sprintf(_ c: NativeCall, _ format: [UInt8], _ args: Value) -> [UInt8] {
            var f = GoFormatter()
            GoPrintf.format(format, InterpretedArguments(values: c.vm.sliceElements(args), printer: printer(c)), into: &f)
            return f.output
        }
        func sprint(_ c: NativeCall, _ args: Value, ln: Bool) -> [UInt8] {
            var f = GoFormatter()
            let a = InterpretedArguments(values: c.vm.sliceElements(args), printer: printer(c))
            if ln { GoPrintf.println(a, into: &f) } else { GoPrintf.print(a, isString: { a.isString($0) }, into: &f) }
            return f.output
        }
        let anyS = anySlice
        function("fmt", "Println", sig([anyS], [int, .error], variadic: true)) { c in
            let out = sprint(c, c[0], ln: true); c.vm.write(out); return [.int(Int64(out.count)), .none]
        }
        function("fmt", "Print", sig([anyS], [int, .error], variadic: true)) { c in
            let out = sprint(c, c[0], ln: false); c.vm.write(out); return [.int(Int64(out.count)), .none]
        }
        function("fmt", "Printf", sig([str, anyS], [int, .error], variadic: true)) { c in
            let out = sprintf(c, c[0].s, c[1]); c.vm.write(out); return [.int(Int64(out.count)), .none]
        }
        function("fmt", "Sprintf", sig([str, anyS], [str], variadic: true)) { c in [.str(sprintf(c, c[0].s, c[1]))] }
        function("fmt", "Sprint", sig([anyS], [str], variadic: true)) { c in [.str(sprint(c, c[0], ln: false))] }
        function("fmt", "Sprintln", sig([anyS], [str], variadic: true)) { c in [.str(sprint(c, c[0], ln: true))] }
        function("fmt", "Errorf", sig([str, anyS], [.error], variadic: true)) { c in
            // %w of an error formats like %v (anything else stays a bad verb, as in Go);
            // the wrapping is added by installErrorTrees.
            let format = NativeRegistry.errorfFormat(c[0].s, c.vm.sliceElements(c[1]))
            return [newError(sprintf(c, format, c[1]))]
        }

        // strings
        function("strings", "ToUpper", sig([str], [str])) { c in [.str(GoStrings.toUpper(c[0].s))] }
        function("strings", "ToLower", sig([str], [str])) { c in [.str(GoStrings.toLower(c[0].s))] }
        function("strings", "TrimSpace", sig([str], [str])) { c in [.str(GoStrings.trimSpace(c[0].s))] }
        function("strings", "Contains", sig([str, str], [bool])) { c in [.bool(GoStrings.contains(c[0].s, c[1].s))] }
        function("strings", "HasPrefix", sig([str, str], [bool])) { c in [.bool(GoStrings.hasPrefix(c[0].s, c[1].s))] }
        function("strings", "HasSuffix", sig([str, str], [bool])) { c in [.bool(GoStrings.hasSuffix(c[0].s, c[1].s))] }
        function("strings", "Index", sig([str, str], [int])) { c in [.int(Int64(GoStrings.index(c[0].s, c[1].s)))] }
        function("strings", "Repeat", sig([str, int], [str])) { c in
            try c.checkRepeat(c[0].s.count, Int(c[1].i))
            do { return [.str(try GoStrings.repeatString(c[0].s, count: Int(c[1].i)))] } catch { throw GoPanicError.plain("\(error)") }
        }
        function("strings", "Replace", sig([str, str, str, int], [str])) { c in [.str(GoStrings.replace(c[0].s, c[1].s, c[2].s, Int(c[3].i)))] }
        function("strings", "ReplaceAll", sig([str, str, str], [str])) { c in [.str(GoStrings.replace(c[0].s, c[1].s, c[2].s, -1))] }
        let strSlice = T.slice(of: str)
        func strings(_ parts: [[UInt8]]) -> Value {
            .obj(SliceVal(base: Box(parts.map { .str($0) }), off: 0, len: parts.count, cap: parts.count))
        }
        function("strings", "Fields", sig([str], [strSlice])) { c in [strings(GoStrings.fields(c[0].s))] }
        function("strings", "Split", sig([str, str], [strSlice])) { c in [strings(GoStrings.split(c[0].s, c[1].s))] }
        function("strings", "Join", sig([strSlice, str], [str])) { c in
            var out: [UInt8] = []
            for (k, p) in c.vm.sliceElements(c[0]).enumerated() { if k > 0 { out += c[1].s }; out += p.s }
            return [.str(out)]
        }
        let builder = T.newNamed("Builder", package: PackageRef(path: "strings", name: "strings"))
        builder.named?.setUnderlying(T.structure([StructField(name: "buf", type: T.slice(of: .byte), package: PackageRef(path: "strings", name: "strings"))]))
        type("strings", "Builder", builder)
        func buf(_ v: Value) -> ByteBuffer {
            let b = unsafeDowncast(v.o!, to: Box.self)
            if case .obj(let h) = b.f[0] { return unsafeDowncast(h, to: ByteBuffer.self) }
            let h = ByteBuffer(); b.f[0] = .obj(h); return h
        }
        method(builder, "WriteString", pointer: true, sig([str], [int, .error])) { c in buf(c[0]).value += c[1].s; return [.int(Int64(c[1].s.count)), .none] }
        method(builder, "WriteByte", pointer: true, sig([.byte], [.error])) { c in buf(c[0]).value.append(UInt8(truncatingIfNeeded: c[1].i)); return [.none] }
        method(builder, "WriteRune", pointer: true, sig([.rune], [int, .error])) { c in
            let n = GoUTF8.appendRune(GoRune(truncatingIfNeeded: c[1].i), to: &buf(c[0]).value); return [.int(Int64(n)), .none]
        }
        method(builder, "String", pointer: true, sig([], [str])) { c in [.str(buf(c[0]).value)] }
        method(builder, "Len", pointer: true, sig([], [int])) { c in [.int(Int64(buf(c[0]).value.count))] }
        method(builder, "Reset", pointer: true, sig([], [])) { c in buf(c[0]).value = []; return [] }

        // strconv
        installStrconvPackage()
        func numErr(_ e: GoNumError?) -> Value { e.map(numErrorValue) ?? .none }
        function("strconv", "Itoa", sig([int], [str])) { c in
            var out: [UInt8] = []; GoStrconv.appendInt(&out, c[0].i, base: 10); return [.str(out)]
        }
        function("strconv", "Atoi", sig([str], [int, .error])) { c in
            let (v, e) = GoStrconv.atoi(c[0].s); return [.int(Int64(v)), numErr(e)]
        }
        function("strconv", "FormatInt", sig([.int64, int], [str])) { c in [.string(GoStrconv.formatInt(c[0].i, base: try strconvBase(c[1].i)))] }
        function("strconv", "ParseInt", sig([str, int, int], [.int64, .error])) { c in
            let (v, e) = GoStrconv.parseInt(c[0].s, base: Int(c[1].i), bitSize: Int(c[2].i)); return [.int(v), numErr(e)]
        }
        function("strconv", "Quote", sig([str], [str])) { c in [.str(GoStrconv.quote(c[0].s))] }
        function("strconv", "FormatFloat", sig([.float64, .byte, int, int], [str])) { c in
            [.string(GoStrconv.formatFloat(c[0].f, format: UInt8(truncatingIfNeeded: c[1].i), precision: Int(c[2].i), bitSize: Int(c[3].i)))]
        }

        // os
        let argv = args.map { Value.string($0) }
        variable("os", "Args", strSlice, .obj(Cell(.obj(SliceVal(base: Box(argv), off: 0, len: argv.count, cap: argv.count)))))
        function("os", "Exit", sig([int], [])) { c in
            throw GoPanicError(value: .none, isRuntimeError: false, fatal: .exitRequested(Int32(truncatingIfNeeded: c[0].i)))
        }
        function("os", "Getenv", sig([str], [str])) { c in [.string(c.vm.environment[String(decoding: c[0].s, as: UTF8.self)] ?? "")] }
        function("os", "LookupEnv", sig([str], [str, bool])) { c in
            let value = c.vm.environment[String(decoding: c[0].s, as: UTF8.self)]
            return [.string(value ?? ""), .bool(value != nil)]
        }
        // os.ReadFile: the whole file, or *PathError-worded errors (`open x: no such file or directory`).
        function("os", "ReadFile", sig([str], [T.slice(of: .byte), .error])) { c in
            let path = String(decoding: c[0].s, as: UTF8.self)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return [.none, c.vm.program.natives!.errorValue("open \(path): no such file or directory")]
            }
            guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
                return [.none, c.vm.program.natives!.errorValue(isDirectory.boolValue ? "read \(path): is a directory" : "open \(path): permission denied")]
            }
            return [byteSliceValue(Array(data)), .none]
        }

        // sort
        function("sort", "Ints", sig([T.slice(of: int)], [])) { c in
            if case .obj(let o) = c[0], let s = o as? SliceVal {
                var sorted = s.elements.map { $0.i }
                GoIntegerSort.sort(&sorted)
                for (k, v) in sorted.enumerated() { s[k] = .int(v) }
            }
            return []
        }
        function("sort", "Strings", sig([strSlice], [])) { c in
            if case .obj(let o) = c[0], let s = o as? SliceVal {
                let sorted = s.elements.map { $0.s }.sorted { $0.lexicographicallyPrecedes($1) }
                for (k, v) in sorted.enumerated() { s[k] = .str(v) }
            }
            return []
        }
        function("sort", "Slice", sig([.any, sig([int, int], [bool])], [])) { c in
            guard case .obj(let o) = c[0], let iv = o as? IfaceVal, case .obj(let so) = iv.value, let s = so as? SliceVal else { return [] }
            // Insertion into a permutation, comparing through the Go callback on the live slice.
            let n = s.len
            var failure: GoPanicError? = nil
            let original = Array(s.elements)
            var order = Array(0..<n)
            func less(_ a: Int, _ b: Int) -> Bool {
                if failure != nil { return false }
                s[0] = original[a]; if n > 1 { s[1] = original[b] }
                do { return try c.vm.callSync(c.goroutine, c[1], [.int(0), .int(n > 1 ? 1 : 0)]).first?.i ?? 0 != 0 } catch { failure = error; return false }
            }
            order.sort { less($0, $1) }
            for (k, idx) in order.enumerated() { s[k] = original[idx] }
            if let f = failure { throw f }
            return []
        }

        // sync
        let syncPkg = PackageRef(path: "sync", name: "sync")
        let wg = T.newNamed("WaitGroup", package: syncPkg)
        wg.named?.setUnderlying(T.structure([StructField(name: "state", type: int, package: syncPkg), StructField(name: "waiters", type: .any, package: syncPkg)]))
        type("sync", "WaitGroup", wg)
        func waiters(_ b: Box) -> GoroutineList {
            if case .obj(let h) = b.f[1] { return unsafeDowncast(h, to: GoroutineList.self) }
            let w = GoroutineList(); b.f[1] = .obj(w); return w
        }
        func wgAdd(_ c: NativeCall, _ b: Box, _ d: Int64) throws(GoPanicError) {
            // Go keeps the counter in 32 bits: the delta wraps as it does there.
            let n = Int64(Int32(truncatingIfNeeded: b.f[0].i &+ Int64(Int32(truncatingIfNeeded: d))))
            if n < 0 { throw .plain("sync: negative WaitGroup counter") }
            b.f[0] = .int(n)
            if n == 0 {
                let w = waiters(b)
                for g in w.value { let wt = g.waiting ?? Waiter(g: g); c.vm.wakeUp(wt) }
                w.value = []
            }
        }
        method(wg, "Add", pointer: true, sig([int], [])) { c in try wgAdd(c, unsafeDowncast(c[0].o!, to: Box.self), c[1].i); return [] }
        method(wg, "Done", pointer: true, sig([], [])) { c in try wgAdd(c, unsafeDowncast(c[0].o!, to: Box.self), -1); return [] }
        method(wg, "Wait", pointer: true, sig([], [])) { c in
            let g = c.goroutine
            if g.wake != nil { g.wake = nil; return [] }
            let b = unsafeDowncast(c[0].o!, to: Box.self)
            if b.f[0].i == 0 { return [] }
            _ = c.vm.park(g)
            waiters(b).value.append(g)
            return []
        }
        let mutex = T.newNamed("Mutex", package: syncPkg)
        mutex.named?.setUnderlying(T.structure([StructField(name: "locked", type: int, package: syncPkg), StructField(name: "waiters", type: .any, package: syncPkg)]))
        type("sync", "Mutex", mutex)
        method(mutex, "Lock", pointer: true, sig([], [])) { c in
            let g = c.goroutine
            if g.wake != nil { g.wake = nil; return [] }   // ownership handed over by Unlock
            let b = unsafeDowncast(c[0].o!, to: Box.self)
            if b.f[0].i == 0 { b.f[0] = .int(1); return [] }
            _ = c.vm.park(g)
            waiters(b).value.append(g)
            return []
        }
        method(mutex, "Unlock", pointer: true, sig([], [])) { c in
            let b = unsafeDowncast(c[0].o!, to: Box.self)
            if b.f[0].i == 0 { throw GoPanicError.plain("sync: unlock of unlocked mutex") }
            let w = waiters(b)
            if !w.value.isEmpty {
                let g = w.value.removeFirst()
                c.vm.wakeUp(g.waiting ?? Waiter(g: g))
            } else { b.f[0] = .int(0) }
            return []
        }

        // math
        function("math", "Sqrt", sig([.float64], [.float64])) { c in [.float(c[0].f.squareRoot())] }
        function("math", "Abs", sig([.float64], [.float64])) { c in [.float(abs(c[0].f))] }
        function("math", "Floor", sig([.float64], [.float64])) { c in [.float(c[0].f.rounded(.down))] }
        constant("math", "MaxInt64", .untypedInt, .integer(Int64.max))
        constant("math", "MinInt64", .untypedInt, .integer(Int64.min))
        constant("math", "MaxInt", .untypedInt, .integer(Int64.max))
        constant("math", "Pi", .untypedFloat, .double(Double.pi))
    }
}
