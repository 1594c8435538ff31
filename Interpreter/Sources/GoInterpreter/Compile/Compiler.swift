// Compiles checked packages into a Program: declares every function first (so calls can
// refer to functions compiled later), compiles bodies, then builds the init sequence.
final class Compiler {
    let program = Program()
    let natives: NativeRegistry
    let table: TypeTable
    var funcRefs: [ObjectIdentifier: FuncRef] = [:]
    var globals: [ObjectIdentifier: Value] = [:]
    var errors: [String] = []
    /// Generic functions, compiled once per distinct list of type arguments.
    var genericDecls: [ObjectIdentifier: (decl: FuncDecl, info: CheckedInfo, package: PackageRef)] = [:]
    var instances: [String: FuncRef] = [:]

    func isGeneric(_ o: Object) -> Bool { genericDecls[ObjectIdentifier(o)] != nil }

    /// Methods of generic types by origin type id and name, compiled per instance type.
    var genericMethods: [Int: [String: (decl: FuncDecl, info: CheckedInfo, package: PackageRef, object: Object)]] = [:]

    /// The method implementation for `name` on an instance of a generic type (compiling it
    /// for that instance on first use), or nil.
    func instanceMethod(_ instance: GoType, _ name: String) -> MethodImpl? {
        if let m = program.methods[instance.id]?[name] { return m }
        guard let named = instance.named, let origin = named.origin,
              let g = genericMethods[origin.id]?[name], let body = g.decl.body, let recv = g.decl.recv else { return nil }
        var recvType = unparen(recv.type)
        let pointer = recvType is StarExpr
        if let star = recvType as? StarExpr { recvType = unparen(star.x) }
        var params: [GoType] = []
        if let ix = recvType as? IndexExpr {
            params = ix.indices.compactMap { ($0 as? Ident).flatMap { g.info.objects[$0.id]?.type } }
        }
        let ref = FuncRef()
        let impl = MethodImpl(target: .interpreted(ref), pointerReceiver: pointer)
        program.methods[instance.id, default: [:]][name] = impl
        let fc = FunctionCompiler(compiler: self, info: g.info, package: g.package, name: g.package.name + "." + named.name + "[...]." + name)
        fc.subst = Dictionary(zip(params, named.typeArguments), uniquingKeysWith: { a, _ in a })
        ref.proto = fc.compileFunction(recv: recv, type: g.decl.type, body: body, signature: table.substitute(g.object.type, fc.subst))
        return impl
    }

    /// Compiles every method of each generic instance a value of type `t` can hold (before the
    /// value reaches an interface). Nested parts count too: fmt and encoding/json walk a
    /// `[]Pair[int, bool]` element by element and call each element's String or MarshalJSON.
    func ensureInstanceMethods(_ t: GoType) {
        guard !genericMethods.isEmpty else { return }
        var visited: Set<Int> = []
        ensureInstanceMethods(t, &visited)
    }

    private func ensureInstanceMethods(_ t: GoType, _ visited: inout Set<Int>) {
        guard visited.insert(t.id).inserted else { return }
        switch t.kind {
        case .named(let named):
            if let origin = named.origin, let ms = genericMethods[origin.id] {
                for name in ms.keys { _ = instanceMethod(t, name) }
            }
            ensureInstanceMethods(named.underlying, &visited)
        case .pointer(let e), .slice(let e), .array(let e, _), .chan(let e, _):
            ensureInstanceMethods(e, &visited)
        case .map(let k, let v):
            ensureInstanceMethods(k, &visited)
            ensureInstanceMethods(v, &visited)
        case .structure(let st):
            for f in st.fields { ensureInstanceMethods(f.type, &visited) }
        default:
            break
        }
    }

    func instance(_ o: Object, _ typeArguments: [GoType]) -> FuncRef {
        let key = "\(ObjectIdentifier(o).hashValue)|" + typeArguments.map { String($0.id) }.joined(separator: ",")
        if let r = instances[key] { return r }
        let ref = FuncRef()
        instances[key] = ref
        guard let g = genericDecls[ObjectIdentifier(o)], let body = g.decl.body else { return ref }
        let params = g.decl.type.typeParams.flatMap { $0.names }.compactMap { g.info.objects[$0.id]?.type }
        let fc = FunctionCompiler(compiler: self, info: g.info, package: g.package, name: g.package.name + "." + g.decl.name.name + "[...]")
        fc.subst = Dictionary(zip(params, typeArguments), uniquingKeysWith: { a, _ in a })
        ref.proto = fc.compileFunction(recv: nil, type: g.decl.type, body: body, signature: table.substitute(o.type, fc.subst))
        return ref
    }

    init(natives: NativeRegistry, table: TypeTable) {
        self.natives = natives
        program.natives = natives
        self.table = table
        for (tid, ms) in natives.methods { program.methods[tid] = ms }
        program.methods[RuntimeErrorType.shared.id] = [
            "Error": MethodImpl(target: .native(NativeFunc("runtime.Error") { c in [c[0]] }), pointerReceiver: false),
            "RuntimeError": MethodImpl(target: .native(NativeFunc("runtime.RuntimeError") { _ in [] }), pointerReceiver: false),
        ]
    }

    /// A stand-in for a function of a host package that is declared but has no implementation:
    /// calling it panics (the program still loads; `Program.unimplemented` lists these).
    func unimplementedNative(_ o: Object) -> NativeFunc? {
        guard let package = o.package, !program.packages.contains(where: { $0?.path == package.path }) else { return nil }
        let name = package.path + "." + o.name
        program.unimplemented.insert(name)
        return NativeFunc(name) { _ in throw GoPanicError.plain("\(name) is not implemented by this interpreter") }
    }

    func funcRef(_ o: Object) -> FuncRef {
        if let r = funcRefs[ObjectIdentifier(o)] { return r }
        let r = FuncRef()
        funcRefs[ObjectIdentifier(o)] = r
        return r
    }

    /// Compiles packages given dependencies first.
    func compile(packages: [(files: [File], info: CheckedInfo, ref: PackageRef)]) {
        for p in packages { program.packages.append(p.ref) }
        // Declare globals and functions.
        for p in packages {
            for f in p.files {
                for d in f.decls {
                    if let fd = d as? FuncDecl, let o = p.info.objects[fd.name.id] {
                        let ref = funcRef(o)
                        if !fd.type.typeParams.isEmpty && fd.recv == nil { genericDecls[ObjectIdentifier(o)] = (fd, p.info, p.ref) }
                        if fd.recv != nil, let base = o.receiverBase, base.named?.isGeneric == true {
                            genericMethods[base.id, default: [:]][fd.name.name] = (fd, p.info, p.ref, o)
                        } else if let recv = fd.recv, let base = o.receiverBase {
                            let ptr = unparen(recv.type) is StarExpr
                            program.methods[base.id, default: [:]][fd.name.name] = MethodImpl(target: .interpreted(ref), pointerReceiver: ptr)
                        } else if fd.name.name != "init" {
                            program.functions[p.ref.path + "." + fd.name.name] = ref
                        }
                    } else if let gd = d as? GenDecl, gd.tok == .kwVar {
                        for s in gd.specs {
                            guard let vs = s as? ValueSpec else { continue }
                            for n in vs.names {
                                guard let o = p.info.objects[n.id] else { continue }
                                let z = ZeroValues.of(o.type).make()
                                let slot: Value = o.type.isComposite ? z : .obj(Cell(z))
                                globals[ObjectIdentifier(o)] = slot
                                program.globals[p.ref.path + "." + n.name] = slot
                            }
                        }
                    }
                }
            }
        }
        // Bodies.
        for p in packages {
            var inits: [FuncRef] = []
            for f in p.files {
                for d in f.decls {
                    guard let fd = d as? FuncDecl, let body = fd.body, let o = p.info.objects[fd.name.id] else { continue }
                    let ref = funcRef(o)
                    if !fd.type.typeParams.isEmpty && fd.recv == nil {
                        genericDecls[ObjectIdentifier(o)] = (fd, p.info, p.ref)
                        continue
                    }
                    if o.receiverBase?.named?.isGeneric ?? false { continue }
                    let fc = FunctionCompiler(compiler: self, info: p.info, package: p.ref, name: qualifiedName(p.ref, fd, o))
                    ref.proto = fc.compileFunction(recv: fd.recv, type: fd.type, body: body, signature: o.type)
                    if fd.name.name == "init" && fd.recv == nil { inits.append(ref) }
                    if fd.name.name == "main" && fd.recv == nil && p.ref.path == "main" { program.mainFunc = ref }
                }
            }
            // Package variable initialisation, in the checker's dependency order.
            let fc = FunctionCompiler(compiler: self, info: p.info, package: p.ref, name: p.ref.name + ".init")
            let varInit = FuncRef()
            varInit.proto = fc.compileVarInit(p.info.initOrder)
            program.initSequence.append(varInit)
            program.initSequence += inits
        }
    }

    func qualifiedName(_ pkg: PackageRef, _ fd: FuncDecl, _ o: Object) -> String {
        if let base = o.receiverBase, let recv = fd.recv {
            let ptr = unparen(recv.type) is StarExpr
            let tn = base.named?.name ?? "?"
            return "\(pkg.name).\(ptr ? "(*\(tn))" : tn).\(fd.name.name)"
        }
        return "\(pkg.name).\(fd.name.name)"
    }
}
