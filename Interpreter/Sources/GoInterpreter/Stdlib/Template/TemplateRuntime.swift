// The run-time objects behind *template.Template: a handle per template and the set of
// templates (with their functions and options) that associated templates share, like Go's
// `common`.

final class TemplateSet {
    enum MissingKey { case invalid, zero, error }
    var templates: [String: TemplateHandle] = [:]
    var functions: [String: (value: Value, signature: Signature)] = [:]
    var missingKey = MissingKey.invalid
    init() {}

    func hasFunction(_ name: String) -> Bool { functions[name] != nil || TemplateBuiltin(rawValue: name) != nil }
}

final class TemplateHandle {
    let name: String
    let set: TemplateSet
    var tree: TemplateTree?
    var leftDelim: [UInt8] = []
    var rightDelim: [UInt8] = []
    /// The Go `*Template` for this handle: one per handle while the program holds it, so
    /// Lookup returns the same pointer each time.
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

    /// Go's Clone: a new set with copies of every template (sharing their parsed trees), the
    /// functions and the options; later changes to either set leave the other alone.
    func clone() -> TemplateHandle {
        let copySet = TemplateSet()
        copySet.functions = set.functions
        copySet.missingKey = set.missingKey
        func copied(_ t: TemplateHandle) -> TemplateHandle {
            let c = TemplateHandle(name: t.name, set: copySet)
            c.tree = t.tree
            c.leftDelim = t.leftDelim
            c.rightDelim = t.rightDelim
            return c
        }
        let top = copied(self)
        for (name, t) in set.templates { copySet.templates[name] = name == self.name ? top : copied(t) }
        return top
    }

    /// Go's AddParseTree/associate: a tree replaces an existing definition unless it is empty.
    func add(_ tree: TemplateTree) {
        let target = tree.name == name ? self : sibling(tree.name)
        if let old = set.templates[tree.name], tree.isEmpty, old.tree != nil {
            if target.tree == nil { target.tree = tree }
            return
        }
        set.templates[tree.name] = target
        target.tree = tree
    }
}

/// Per-interpreter facts the template package needs at run time.
final class TemplateRuntime {
    let table: TypeTable
    let errorStringPointer: GoType
    /// Per writer type id: its native WriteString, if it has one (nil entry: checked, none).
    private var nativeStringWriters: [Int: ResolvedMethod?] = [:]
    init(table: TypeTable, errorStringPointer: GoType) { self.table = table; self.errorStringPointer = errorStringPointer }

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
        let exec = idleExecutions.popLast() ?? TemplateExecution(vm: c.vm, g: c.goroutine, runtime: self, template: t)
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

    private func release(_ exec: TemplateExecution) {
        exec.vm = nil
        exec.g = nil
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
