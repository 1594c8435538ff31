// The run-time objects behind *template.Template: a handle per template and the set of
// associated templates (with their functions and options) that handles share, like Go's
// `common`. The set owns the definitions and refers to handles only weakly, so a set and
// its trees go away once the program drops its *Template values (no reference cycle).

final class TemplateSet {
    enum MissingKey { case invalid, zero, error }

    /// An associated template: its tree and delimiters, and its handle while one is alive
    /// (so Lookup keeps returning the same *Template).
    struct Entry {
        var tree: TemplateTree?
        var leftDelim: [UInt8]
        var rightDelim: [UInt8]
        weak var handle: TemplateHandle?
    }

    var entries: [String: Entry] = [:]
    var functions: [String: (value: Value, signature: Signature)] = [:]
    var missingKey = MissingKey.invalid
    init() {}

    func hasFunction(_ name: String) -> Bool { functions[name] != nil || TemplateBuiltin(rawValue: name) != nil }

    /// The handle of associated template `name` (a new one if the old handle is gone).
    func handle(_ name: String) -> TemplateHandle? {
        guard let entry = entries[name] else { return nil }
        if let h = entry.handle { return h }
        let h = TemplateHandle(name: name, set: self)
        h.tree = entry.tree
        h.leftDelim = entry.leftDelim
        h.rightDelim = entry.rightDelim
        entries[name]?.handle = h
        return h
    }

    func associate(_ t: TemplateHandle) {
        entries[t.name] = Entry(tree: t.tree, leftDelim: t.leftDelim, rightDelim: t.rightDelim, handle: t)
    }
}

final class TemplateHandle {
    let name: String
    let set: TemplateSet
    /// This template's own tree: Execute runs it, while {{template}} looks names up in the set.
    var tree: TemplateTree?
    var leftDelim: [UInt8] = []
    var rightDelim: [UInt8] = []
    /// The Go `*Template` for this handle, one while the program holds it.
    private weak var box: Box?

    init(name: String, set: TemplateSet) { self.name = name; self.set = set }

    var goValue: Value {
        if let b = box { return .obj(b) }
        let b = Box([.obj(self)])
        box = b
        return .obj(b)
    }

    /// A new template in the same set, with this one's delimiters (Go's t.New).
    func sibling(_ name: String) -> TemplateHandle {
        let t = TemplateHandle(name: name, set: set)
        t.leftDelim = leftDelim
        t.rightDelim = rightDelim
        return t
    }

    /// Go's Clone: a new set with copies of every definition (sharing the parsed trees), the
    /// functions and the options; later changes to either set leave the other alone.
    func clone() -> TemplateHandle {
        let copySet = TemplateSet()
        copySet.functions = set.functions
        copySet.missingKey = set.missingKey
        let top = TemplateHandle(name: name, set: copySet)
        top.tree = tree
        top.leftDelim = leftDelim
        top.rightDelim = rightDelim
        for (name, entry) in set.entries {
            copySet.entries[name] = TemplateSet.Entry(tree: entry.tree, leftDelim: entry.leftDelim, rightDelim: entry.rightDelim,
                                                      handle: name == self.name ? top : nil)
        }
        if set.entries[name] != nil { copySet.associate(top) }
        return top
    }

    /// Go's AddParseTree/associate: a tree replaces an existing definition unless it is empty.
    func add(_ tree: TemplateTree) {
        let target = tree.name == name ? self : sibling(tree.name)
        if let old = set.entries[tree.name], tree.isEmpty, old.tree != nil {
            if target.tree == nil { target.tree = tree }
            return
        }
        target.tree = tree
        set.associate(target)
    }
}

/// Per-interpreter facts the template package needs at run time.
final class TemplateRuntime {
    let table: TypeTable
    let errorStringPointer: GoType
    /// Per writer type id: its native WriteString, if it has one (nil entry: checked, none).
    private var nativeStringWriters: [Int: ResolvedMethod?] = [:]
    init(table: TypeTable, errorStringPointer: GoType) { self.table = table; self.errorStringPointer = errorStringPointer }

    /// Per type id: whether values print through Error or String (see printMethod).
    private var printMethods: [Int: Bool?] = [:]

    /// Whether `t` has an Error or String method: false when `t` itself has one, true when only
    /// `*t` does, nil when neither.
    func printMethod(_ t: GoType) -> Bool? {
        if let known = printMethods[t.id] { return known }
        var result: Bool? = nil
        if t.isInterface { result = false }
        else {
            for name in ["Error", "String"] {
                if case .found(let sel) = FieldAndMethodLookup.lookup(t, name: name, package: nil), sel.isMethod {
                    if !sel.needsAddressableReceiver { result = false; break }
                    result = true
                }
            }
        }
        printMethods[t.id] = .some(result)
        return result
    }

    func errorValue(_ message: String) -> Value {
        .obj(IfaceVal(type: errorStringPointer, value: .obj(Box([.string(message)]))))
    }

    /// The handle behind a `*Template` (a zero Template gets an empty one on first use).
    func handle(_ v: Value) throws(GoPanicError) -> TemplateHandle {
        guard case .obj(let o) = v, let box = o as? Box else { throw .runtime("invalid memory address or nil pointer dereference") }
        if case .obj(let h) = box.f[0], let handle = h as? TemplateHandle { return handle }
        let handle = TemplateHandle(name: "", set: TemplateSet())
        box.f[0] = .obj(handle)
        return handle
    }

    func parse(_ t: TemplateHandle, _ text: [UInt8]) -> String? {
        do {
            let trees = try TemplateParser.parse(name: t.name, text: text, left: t.leftDelim, right: t.rightDelim, hasFunction: t.set.hasFunction)
            for tree in trees { t.add(tree) }
            return nil
        } catch {
            return error.message
        }
    }

    /// Executes `t` with `data`, writes the output to `writer` in one Write, returns the error.
    func execute(_ c: NativeCall, _ t: TemplateHandle, writer: Value, data: Value) throws(GoPanicError) -> Value {
        let exec = idleExecutions.popLast() ?? TemplateExecution(runtime: self, set: t.set)
        exec.prepare(vm: c.vm, g: c.goroutine, template: t)
        defer { release(exec) }
        var dot = TemplateValue.invalid
        if case .obj(let o) = data, let iv = o as? IfaceVal { dot = TemplateValue(value: iv.value, type: iv.type) }
        var failure = Value.none
        do {
            try exec.run(dot)
        } catch let e as TemplateExecError {
            failure = errorValue(e.message)
        } catch let p as GoPanicError {
            throw p
        } catch {
            failure = errorValue("template: \(t.name): \(error)")
        }
        if !exec.output.isEmpty {
            let r = try write(c, writer, exec.output)
            if failure.isNone, r.count > 1, !r[1].isNone { failure = r[1] }
        }
        return failure
    }

    /// Execution states kept for reuse (an Execute inside a template function takes another).
    private var idleExecutions: [TemplateExecution] = []

    /// Stands in for a real set while an execution state waits in the pool.
    private let idleSet = TemplateSet()

    private func release(_ exec: TemplateExecution) {
        // Drop every reference into the program (data, templates) before pooling.
        exec.vm = nil
        exec.g = nil
        exec.set = idleSet
        exec.tree = nil
        exec.variables.removeAll(keepingCapacity: true)
        // Keep small buffers only: one huge output should not stay allocated.
        if idleExecutions.count < 4 && exec.output.capacity <= 1 << 16 { idleExecutions.append(exec) }
    }

    /// One write of the whole output. Native writers with WriteString (strings.Builder,
    /// os.File, io.Discard) take the bytes as a string, which spares building a []byte.
    private func write(_ c: NativeCall, _ writer: Value, _ bytes: [UInt8]) throws(GoPanicError) -> [Value] {
        if case .obj(let o) = writer, let iv = o as? IfaceVal {
            let method: ResolvedMethod?
            if let known = nativeStringWriters[iv.type.id] { method = known }
            else {
                var found: ResolvedMethod? = nil
                if case .found(let sel) = FieldAndMethodLookup.lookup(iv.type, name: "WriteString", package: nil), sel.isMethod,
                   let m = try? c.vm.resolve(iv.type, "WriteString"), case .native = m.target { found = m }
                nativeStringWriters[iv.type.id] = .some(found)
                method = found
            }
            if let m = method, case .native(let n) = m.target {
                return try n.call(NativeCall(args: [try m.receiver(iv.value), .str(bytes)], vm: c.vm, goroutine: c.goroutine))
            }
        }
        return try c.vm.callInterfaceMethod(c.goroutine, writer, "Write", [byteSliceValue(bytes)])
    }
}
