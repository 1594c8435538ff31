import GoStdlibCore

// Executes a parsed template against data: walks the node list, keeps the variable stack,
// and buffers the output (written to the io.Writer once, by the caller).

struct TemplateExecError: Error {
    let message: String
}

final class TemplateExecution {
    // Set for each execution; cleared when the execution object goes back to the pool.
    var vm: VM!
    var g: Goroutine!
    let registry: TemplateRuntime
    var set: TemplateSet
    /// The template being executed: its name and tree (a {{template}} call switches both).
    var name = ""
    var tree: TemplateTree? = nil
    var output: [UInt8] = []
    var variables: [(name: String, value: TemplateValue)] = []
    var depth = 0
    /// Where execution is: a position and the kind of node there. Recording two plain values
    /// keeps the hot path free of reference counting; the node itself is found again in the
    /// tree only when an error message needs its text.
    var sitePos = -1
    var siteKind: TemplateSiteKind? = nil

    /// Nested {{template}} calls (Go allows 100000 on growable stacks).
    static let maxDepth = 1000
    /// Nested node lists across template calls, so that deep nesting inside recursive
    /// templates cannot exhaust the thread's stack either.
    static let maxNesting = 3000
    var nesting = 0

    init(runtime: TemplateRuntime, set: TemplateSet) {
        self.registry = runtime; self.set = set
    }

    /// Resets a (possibly reused) execution for a new run, keeping buffer capacity.
    func prepare(vm: VM, g: Goroutine, template: TemplateHandle) {
        self.vm = vm
        self.g = g
        set = template.set
        name = template.name
        tree = template.tree
        output.removeAll(keepingCapacity: true)
        variables.removeAll(keepingCapacity: true)
        depth = 0
        nesting = 0
        sitePos = -1
        siteKind = nil
    }

    enum Flow { case normal, breakLoop, continueLoop }

    // MARK: errors

    @inline(__always) func at(_ pos: Int, _ kind: TemplateSiteKind) { sitePos = pos; siteKind = kind }

    var siteDescription: String {
        guard let kind = siteKind, let tree = tree, let s = tree.site(kind, at: sitePos) else { return "" }
        return s.description
    }

    func error(_ message: String) -> TemplateExecError {
        guard siteKind != nil, let tree = tree else { return TemplateExecError(message: "template: \(name): \(message)") }
        var context = siteDescription
        let scalars = Array(context.unicodeScalars)
        if scalars.count > 20 { context = String(String.UnicodeScalarView(scalars[0..<20])) + "..." }
        return TemplateExecError(message: "template: \(tree.location(of: sitePos)): executing \(GoStrconv.quote(name)) at <\(context)>: \(message)")
    }

    // MARK: variables

    func push(_ name: String, _ v: TemplateValue) { variables.append((name, v)) }
    func pop(to mark: Int) { if variables.count > mark { variables.removeLast(variables.count - mark) } }
    func variable(_ name: String) throws -> TemplateValue {
        var i = variables.count - 1
        while i >= 0 { if variables[i].name == name { return variables[i].value }; i -= 1 }
        throw error("undefined variable: \(name)")
    }
    func setVariable(_ name: String, _ v: TemplateValue) throws {
        var i = variables.count - 1
        while i >= 0 { if variables[i].name == name { variables[i].value = v; return }; i -= 1 }
        throw error("undefined variable: \(name)")
    }

    // MARK: walking

    func run(_ data: TemplateValue) throws {
        guard let tree = tree else {
            throw error("\(GoStrconv.quote(name)) is an incomplete or empty template")
        }
        variables.append(("$", data))
        _ = try walk(data, tree.root)
    }

    func walk(_ dot: TemplateValue, _ nodes: [TemplateNode]) throws -> Flow {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Self.maxNesting { throw error("exceeded maximum template nesting (\(Self.maxNesting))") }
        for node in nodes {
            switch node {
            case .text(let t):
                output.append(contentsOf: t)
            case .action(let pipe, let pos):
                at(pos, .action)
                let v = try evalPipeline(dot, pipe)
                if pipe.declarations.isEmpty { try printValue(v, pos: pos, kind: .action) }
            case .branch(let b):
                let flow = b.kind == .rangeLoop ? try walkRange(dot, b) : try walkIfOrWith(dot, b)
                if flow != .normal { return flow }
            case .template(let call):
                try walkTemplate(dot, call)
            case .breakLoop:
                return .breakLoop
            case .continueLoop:
                return .continueLoop
            }
        }
        return .normal
    }

    private func walkIfOrWith(_ dot: TemplateValue, _ b: TemplateBranch) throws -> Flow {
        let mark = variables.count
        defer { pop(to: mark) }
        let v = try evalPipeline(dot, b.pipe)
        let (truth, ok) = v.throughInterface.truth
        if !ok { throw error("if/with can't use \(format(v))") }
        if truth { return try walk(b.kind == .withBranch ? v : dot, b.list) }
        if let e = b.elseList { return try walk(dot, e) }
        return .normal
    }

    /// Runs one range iteration; returns false when the body said {{break}}.
    private func iteration(_ b: TemplateBranch, mark: Int, index: TemplateValue, element: TemplateValue) throws -> Bool {
        let decls = b.pipe.declarations
        if !decls.isEmpty {
            if b.pipe.isAssign {
                try setVariable(decls[0], decls.count > 1 ? index : element)
            } else {
                variables[variables.count - 1].value = element
            }
        }
        if decls.count > 1 {
            if b.pipe.isAssign { try setVariable(decls[1], element) }
            else { variables[variables.count - 2].value = index }
        }
        defer { pop(to: mark) }
        return try walk(element, b.list) != .breakLoop
    }

    private func walkRange(_ dot: TemplateValue, _ b: TemplateBranch) throws -> Flow {
        at(b.pos, .branch)
        let outerMark = variables.count
        defer { pop(to: outerMark) }
        let (v, _) = try evalPipeline(dot, b.pipe).indirect()
        let mark = variables.count
        var ran = false
        if let t = v.type {
            switch t.underlying.kind {
            case .slice(let e):
                if let s = v.value.o as? SliceVal, s.len > 0 {
                    ran = true
                    var i = 0
                    while i < s.len {
                        let element = TemplateValue(value: s[i], type: e, addressable: true)
                        if try !iteration(b, mark: mark, index: .int(i), element: element) { break }
                        i += 1
                    }
                }
            case .array(let e, let n):
                if n > 0, let box = v.value.o as? Box {
                    ran = true
                    for i in 0..<Int(n) {
                        let element = TemplateValue(value: box.f[i], type: e, addressable: v.addressable)
                        if try !iteration(b, mark: mark, index: .int(i), element: element) { break }
                    }
                }
            case .map(let kt, let et):
                if let m = v.value.o as? MapVal, !m.d.isEmpty {
                    ran = true
                    let printer = ValuePrinter(vm: vm, g: g)
                    let keys = m.d.keys.map(\.v).sorted { printer.lessForPrinting($0, $1, kt) }
                    for k in keys {
                        let element = TemplateValue(value: m.d[MapKey(v: k)] ?? .none, type: et)
                        if try !iteration(b, mark: mark, index: TemplateValue(value: k, type: kt), element: element) { break }
                    }
                }
            case .chan(let e, let dir):
                if let ch = v.value.o as? ChanVal {
                    if dir == .send { throw error("range over send-only channel \(format(v))") }
                    // Only values that can be received without blocking (buffered, or from a
                    // parked sender) are ranged over; an open, empty channel is an error.
                    var i = 0
                    while true {
                        guard let (value, ok) = vm.tryRecv(ch, ZeroValues.of(e)) else {
                            throw error("range over an open channel with no value ready would block")
                        }
                        if !ok { break }
                        ran = true
                        if try !iteration(b, mark: mark, index: .int(i), element: TemplateValue(value: value, type: e)) { break }
                        i += 1
                    }
                }
            case .basic(let k) where k.isInteger:
                if b.pipe.declarations.count > 1 { throw error("can't use \(format(v)) to iterate over more than one variable") }
                let n = v.value.i
                if n > 0 {
                    ran = true
                    var i: Int64 = 0
                    while i < n {
                        let element = TemplateValue(value: .int(i), type: t)
                        if try !iteration(b, mark: mark, index: element, element: element) { break }
                        i += 1
                    }
                }
            default:
                throw error("range can't iterate over \(format(v))")
            }
        }
        if !ran, let e = b.elseList { return try walk(dot, e) }
        return .normal
    }

    private func walkTemplate(_ dot: TemplateValue, _ call: TemplateCall) throws {
        at(call.pos, .call)
        guard let target = set.entries[call.name]?.tree else {
            throw error("template \(GoStrconv.quote(call.name)) not defined")
        }
        if depth >= Self.maxDepth { throw error("exceeded maximum template depth (\(Self.maxDepth))") }
        let newDot = try call.pipe.map { try evalPipeline(dot, $0) } ?? .invalid
        let saved = (name, tree, variables)
        name = call.name
        tree = target
        variables = [("$", newDot)]
        depth += 1
        defer { (name, tree, variables) = saved; depth -= 1 }
        _ = try walk(newDot, target.root)
    }

    // MARK: printing

    /// fmt.Sprint of one value, for messages ("range can't iterate over 3").
    func format(_ v: TemplateValue) -> String {
        guard let t = v.type else { return "<invalid reflect.Value>" }
        var f = GoFormatter()
        try? ValuePrinter(vm: vm, g: g).print(v.value, t, verb: 0x76, into: &f)
        return String(decoding: f.output, as: UTF8.self)
    }

    /// Prints an action's value as fmt.Fprint does, after Go's printableValue adjustments.
    func printValue(_ v0: TemplateValue, pos: Int, kind: TemplateSiteKind) throws {
        // Fast paths for the commonest results.
        if let t = v0.type {
            if t === GoType.string { output.append(contentsOf: v0.value.s); return }
            if t === GoType.int { GoStrconv.appendInt(&output, v0.value.i, base: 10); return }
        }
        guard let v = printable(v0) else {
            at(pos, kind)
            throw error("can't print \(siteDescription) of type \(v0.type!)")
        }
        guard let t = v.type else { output.append(contentsOf: "<no value>".utf8); return }
        var f = GoFormatter()
        do { try ValuePrinter(vm: vm, g: g).print(v.value, t, verb: 0x76, into: &f) }
        output.append(contentsOf: f.output)
    }

    /// Go's printableValue: pointers followed to their target, then the target's address
    /// taken back when only the pointer has String or Error; nil when the value is a chan
    /// or func without such a method (which fmt would print as an address).
    func printable(_ v0: TemplateValue) -> TemplateValue? {
        var v = v0
        if let t = v.type, t.pointerElement != nil { v = v.indirect().0 }
        guard let t = v.type else { return v }
        switch printMethod(t) {
        case .some(false): return v
        case .some(true):
            if v.addressable && t.isComposite { return TemplateValue(value: v.value, type: registry.table.pointer(to: t)) }
            return v
        case .none:
            switch t.underlying.kind {
            case .chan, .signature: return nil
            default: return v
            }
        }
    }

    private func printMethod(_ t: GoType) -> Bool? { registry.printMethod(t) }
}
