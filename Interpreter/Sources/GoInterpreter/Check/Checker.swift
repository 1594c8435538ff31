// The type checker: package-level declarations in dependency order, then function bodies.
// Errors are worded as gc (types2) words them; unused variables and imports are warnings
// because interpreted plugins (as under Yaegi) are allowed to have them.

public struct CheckResult: Sendable {
    public let info: CheckedInfo
    public let diagnostics: [Diagnostic]
    public let package: PackageScope
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

public enum TypeChecker {
    /// Checks one package made of `files` (all parsed into `fileSet`).
    public static func check(packagePath: String, files: [File], fileSet: FileSet, table: TypeTable,
                             importer: any PackageImporter = NoImporter()) -> CheckResult {
        let name = files.first?.packageName.name ?? "main"
        let ref = PackageRef(path: packagePath, name: name)
        // One package's nodes: from its first file's first node to its last file node.
        let low = files.map { $0.packageName.id }.min() ?? 0
        let high = files.map { $0.id + 1 }.max() ?? 0
        let c = Checker(package: ref, fileSet: fileSet, table: table, importer: importer, nodes: low..<max(low, high))
        c.checkFiles(files)
        return CheckResult(info: c.info, diagnostics: c.sortedDiagnostics(), package: PackageScope(ref: ref, scope: c.packageScope))
    }
}

/// How a package-level object is declared.
enum DeclInfo {
    case constant(ValueSpec, index: Int, scope: Scope)
    case variable(ValueSpec, index: Int, scope: Scope)
    case typeName(TypeSpec, scope: Scope)
    case function(FuncDecl, scope: Scope)
}

final class Checker {
    let pkg: PackageRef
    let fset: FileSet
    let table: TypeTable
    let importer: any PackageImporter
    var info: CheckedInfo
    var diagnostics: [Diagnostic] = []
    let fmt: TypeFormatter

    let universe: Scope
    let packageScope: Scope
    var objectCount = 0

    var decls: [ObjectIdentifier: DeclInfo] = [:]
    var resolving: Set<ObjectIdentifier> = []
    var resolved: Set<ObjectIdentifier> = []
    /// Package-level objects referenced while resolving/checking each package-level object.
    var dependencies: [ObjectIdentifier: [Object]] = [:]
    var currentDecl: Object? = nil
    var packageVars: [Object] = []
    var importObjects: [Object] = []

    // Function context.
    var funcResults: [GoType]? = nil
    var funcResultObjects: [Object] = []
    var funcDepth = 0
    var iota: ConstantValue? = nil
    /// Scopes holding a function's type parameters and parameters, by FuncDecl id.
    var signatureScopes: [Int: Scope] = [:]
    var funcObjects: [Int: Object] = [:]
    var localVarsForUnused: [Object] = []
    /// Type parameters of generic package functions.
    var genericParams: [ObjectIdentifier: [GoType]] = [:]
    /// Explicit (possibly partial) type arguments of generic function operands, by expr id.
    var explicitTypeArgs: [Int: [GoType]] = [:]
    /// Declared named types of this package → their objects (for on-demand resolution).
    var namedTypeObjects: [Int: Object] = [:]
    /// Declared methods' name positions per receiver base type id.
    var methodPositions: [Int: [String: Pos]] = [:]
    /// Method function objects per receiver base type id (for initialization dependencies).
    var methodObjects: [Int: [String: Object]] = [:]
    /// Enclosing statements for break/continue/fallthrough checks.
    var branchContext = BranchContext()

    init(package: PackageRef, fileSet: FileSet, table: TypeTable, importer: any PackageImporter, nodes: Range<Int>) {
        self.pkg = package
        self.fset = fileSet
        self.table = table
        self.importer = importer
        self.info = CheckedInfo(range: nodes)
        self.fmt = TypeFormatter.checker(relativeTo: package)
        self.universe = Scope(parent: nil)
        self.packageScope = Scope(parent: universe)
        setUpUniverse()
    }

    // MARK: diagnostics

    func error(_ pos: Pos, _ msg: String) {
        diagnostics.append(Diagnostic(pos: pos, message: msg))
    }
    func warning(_ pos: Pos, _ msg: String) {
        diagnostics.append(Diagnostic(pos: pos, message: msg, severity: .warning))
    }
    func sortedDiagnostics() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.enumerated().sorted { a, b in
            a.element.pos != b.element.pos ? a.element.pos < b.element.pos : a.offset < b.offset
        }.map(\.element).filter { seen.insert($0).inserted }
    }
    func typeString(_ t: GoType) -> String { fmt.string(t) }
    func describe(_ x: Operand) -> String { x.describe(fmt) }

    // MARK: objects

    func newObject(_ kind: Object.Kind, _ name: String, _ pos: Pos, universe: Bool = false) -> Object {
        let o = Object(kind: kind, name: name, pos: pos, index: objectCount, package: universe ? nil : pkg)
        objectCount += 1
        info.allObjects.append(o)
        return o
    }

    func record(_ ident: Ident, _ obj: Object) {
        if ident.id < info.objects.count { info.objects[ident.id] = obj }
    }

    func record(_ x: Operand) {
        let id = x.expr.id
        guard id < info.types.count else { return }
        info.types[id] = x.type
        info.modes[id] = x.mode
        if x.mode == .constant { info.constants[id] = x.value }
    }

    private func setUpUniverse() {
        func typeObj(_ name: String, _ t: GoType) {
            let o = newObject(.typeName, name, .none, universe: true)
            o.type = t
            o.isPackageLevel = true
            universe.insert(o)
        }
        let basics: [(String, GoType)] = [
            ("bool", .bool), ("int", .int), ("int8", .int8), ("int16", .int16), ("int32", .int32), ("int64", .int64),
            ("uint", .uint), ("uint8", .uint8), ("uint16", .uint16), ("uint32", .uint32), ("uint64", .uint64),
            ("uintptr", .uintptr), ("float32", .float32), ("float64", .float64), ("complex64", .complex64),
            ("complex128", .complex128), ("string", .string), ("byte", .byte), ("rune", .rune),
            ("any", .any), ("error", .error), ("comparable", .comparable),
        ]
        for (n, t) in basics { typeObj(n, t) }
        for (n, v) in [("true", true), ("false", false)] {
            let o = newObject(.constant, n, .none, universe: true)
            o.type = .untypedBool
            o.constant = .bool(v)
            universe.insert(o)
        }
        let iotaObj = newObject(.constant, "iota", .none, universe: true)
        iotaObj.type = .untypedInt
        universe.insert(iotaObj)
        let nilObj = newObject(.nilValue, "nil", .none, universe: true)
        nilObj.type = .untypedNil
        universe.insert(nilObj)
        for b in Builtin.allCases {
            let o = newObject(.builtin, b.rawValue, .none, universe: true)
            o.builtin = b
            universe.insert(o)
        }
    }

    // MARK: package

    func checkFiles(_ files: [File]) {
        var typeObjects: [Object] = []
        var others: [Object] = []
        var methods: [(FuncDecl, Scope)] = []
        var initFuncs: [(FuncDecl, Scope)] = []

        for file in files {
            if file.packageName.name != pkg.name {
                error(file.packageName.pos, "package \(file.packageName.name); expected package \(pkg.name)")
            }
            let fileScope = Scope(parent: packageScope)
            for decl in file.decls {
                switch decl {
                case let g as GenDecl:
                    for spec in g.specs {
                        switch spec {
                        case let s as ImportSpec: declareImport(s, fileScope)
                        case let s as ValueSpec:
                            for (i, n) in s.names.enumerated() {
                                let o = newObject(g.tok == .kwConst ? .constant : .variable, n.name, n.pos)
                                o.isPackageLevel = true
                                record(n, o)
                                decls[ObjectIdentifier(o)] = g.tok == .kwConst ? .constant(s, index: i, scope: fileScope) : .variable(s, index: i, scope: fileScope)
                                declarePackageObject(o, n)
                                others.append(o)
                                if g.tok == .kwVar { packageVars.append(o) }
                            }
                        case let s as TypeSpec:
                            let o = newObject(.typeName, s.name.name, s.name.pos)
                            o.isPackageLevel = true
                            record(s.name, o)
                            if !s.isAlias {
                                let tparams = s.typeParams.flatMap { f in f.names }.enumerated().map { (i, n) in
                                    table.newTypeParameter(n.name, index: i)
                                }
                                o.type = table.newNamed(s.name.name, package: pkg, typeParameters: tparams)
                                namedTypeObjects[o.type.id] = o
                            }
                            decls[ObjectIdentifier(o)] = .typeName(s, scope: fileScope)
                            declarePackageObject(o, s.name)
                            typeObjects.append(o)
                        default: break
                        }
                    }
                case let f as FuncDecl:
                    if f.recv != nil {
                        methods.append((f, fileScope))
                        continue
                    }
                    let o = newObject(.function, f.name.name, f.name.pos)
                    o.isPackageLevel = true
                    o.funcDecl = f
                    record(f.name, o)
                    funcObjects[f.id] = o
                    decls[ObjectIdentifier(o)] = .function(f, scope: fileScope)
                    if f.name.name == "init" {
                        if !f.type.params.isEmpty || !f.type.results.isEmpty {
                            error(f.name.pos, "func init must have no arguments and no return values")
                        }
                        if !f.type.typeParams.isEmpty { error(f.name.pos, "func init must have no type parameters") }
                        initFuncs.append((f, fileScope))
                        others.append(o)
                        continue
                    }
                    if f.name.name == "main" && pkg.name == "main" {
                        if !f.type.params.isEmpty || !f.type.results.isEmpty {
                            error(f.name.pos, "func main must have no arguments and no return values")
                        }
                    }
                    declarePackageObject(o, f.name)
                    others.append(o)
                    if f.body == nil { /* external declaration: allowed for bindings */ }
                default: break
                }
            }
        }

        // Types first, then methods (so method sets are complete), then everything else.
        for o in typeObjects { resolve(o) }
        checkRecursiveTypes(typeObjects)
        for (m, scope) in methods { declareMethod(m, scope) }
        for o in others { resolve(o) }
        if pkg.name == "main", packageScope.lookupLocal("main")?.kind != .function, !files.isEmpty {
            error(files[0].packageName.pos, "function main is undeclared in the main package")
        }

        // Bodies.
        for file in files {
            for decl in file.decls {
                guard let f = decl as? FuncDecl, let body = f.body, let scope = signatureScopes[f.id] else { continue }
                let o = funcObjects[f.id]
                let saved = currentDecl
                currentDecl = o?.isPackageLevel == true ? o : nil
                checkFuncBody(f.type, body: body, scope: scope, object: o)
                currentDecl = saved
            }
        }
        for imp in importObjects where !imp.used {
            let path = imp.imported?.ref.path ?? imp.name
            if imp.name == imp.imported?.ref.name {
                warning(imp.pos, "\"\(path)\" imported and not used")
            } else {
                warning(imp.pos, "\"\(path)\" imported as \(imp.name) and not used")
            }
        }
        computeInitOrder()
        // Identifiers that declare or denote a value also get its type.
        for i in info.objects.indices where info.types[i] == nil {
            guard let o = info.objects[i] else { continue }
            switch o.kind {
            case .variable, .constant, .function, .typeName: info.types[i] = o.type
            default: break
            }
        }
    }

    func declarePackageObject(_ o: Object, _ ident: Ident) {
        if o.name == "_" { return }
        if o.name == "init" && o.kind != .function {
            error(ident.pos, "cannot declare init - must be func")
            return
        }
        if o.name == "main" && pkg.name == "main" && o.kind != .function {
            error(ident.pos, "cannot declare main - must be func")
        }
        if let other = packageScope.insert(o) {
            redeclared(o.name, at: ident.pos, other: other)
        }
    }

    func redeclared(_ name: String, at pos: Pos, other: Object) {
        var msg = "\(name) redeclared in this block"
        if other.pos.isKnown { msg += "\n\t\(fset.position(of: other.pos)): other declaration of \(name)" }
        error(pos, msg)
    }

    func declareImport(_ s: ImportSpec, _ fileScope: Scope) {
        guard let path = ConstantValue.literal(s.path.value, kind: .string)?.stringValue else { return }
        if path.isEmpty { error(s.path.pos, "invalid import path (empty string)"); return }
        guard let imported = importer.importPackage(path) else {
            error(s.path.pos, importer.importFailure(path) ?? "could not import \(path) (package not found)")
            // Declare the name anyway so its uses do not cause follow-up errors.
            let name = s.name?.name ?? String(path.split(separator: "/").last ?? Substring(path))
            if name != "_" && name != "." {
                let o = newObject(.packageName, name, s.name?.pos ?? s.path.pos)
                o.used = true
                _ = fileScope.insert(o)
            }
            return
        }
        let name = s.name?.name ?? imported.ref.name
        if name == "_" { return }
        if name == "." {
            for n in imported.scope.names {
                if let o = imported.scope.lookupLocal(n), o.isExported {
                    if let other = fileScope.insert(o) { redeclared(n, at: s.pos, other: other) }
                }
            }
            return
        }
        let o = newObject(.packageName, name, s.name?.pos ?? s.path.pos)
        o.imported = imported
        if let n = s.name { record(n, o) }
        importObjects.append(o)
        if let other = fileScope.insert(o) { redeclared(name, at: o.pos, other: other) }
    }

    /// Resolves a package-level object's type (and constant value) on first need.
    func resolve(_ o: Object) {
        let key = ObjectIdentifier(o)
        guard let d = decls[key], !resolved.contains(key) else { return }
        if resolving.contains(key) {
            if o.kind == .typeName { return }   // recursive types refer to the named type itself
            if o.kind == .function { return }
            if currentDecl === o {
                error(o.pos, "invalid cycle in declaration: \(o.name) refers to itself")
            } else {
                error(o.pos, "invalid cycle in declaration of \(o.name)")
            }
            o.type = .invalid
            resolved.insert(key)
            return
        }
        resolving.insert(key)
        let savedDecl = currentDecl, savedIota = iota, savedResults = funcResults, savedDepth = funcDepth
        currentDecl = o
        funcResults = nil
        funcDepth = 0
        switch d {
        case .constant(let spec, let index, let scope):
            iota = .int(BigInt(Int64(spec.iota)))
            declareConstant(o, spec: spec, index: index, scope: scope)
        case .variable(let spec, _, let scope):
            iota = nil
            let objs = spec.names.map { info.objects[$0.id] ?? o }
            for x in objs { resolving.insert(ObjectIdentifier(x)) }
            declareVariables(objs, spec: spec, scope: scope)
            for x in objs { resolving.remove(ObjectIdentifier(x)); resolved.insert(ObjectIdentifier(x)) }
        case .typeName(let spec, let scope):
            iota = nil
            declareType(o, spec: spec, scope: scope)
        case .function(let f, let scope):
            iota = nil
            let sigScope = Scope(parent: scope, isFunctionScope: true)
            o.type = signature(f.type, scope: sigScope, declareParams: true)
            signatureScopes[f.id] = sigScope
            if !f.type.typeParams.isEmpty {
                genericParams[key] = f.type.typeParams.flatMap(\.names).compactMap { n in info.objects[n.id]?.type }
                o.typeParameters = genericParams[key]
            }
        }
        currentDecl = savedDecl; iota = savedIota; funcResults = savedResults; funcDepth = savedDepth
        resolving.remove(key)
        resolved.insert(key)
    }

    /// Records that the declaration being checked uses package-level object o.
    func noteDependency(_ o: Object) {
        guard o.isPackageLevel, let cur = currentDecl, o.kind == .variable || o.kind == .function || o.kind == .constant else { return }
        dependencies[ObjectIdentifier(cur), default: []].append(o)
    }

    // MARK: declarations

    func declareConstant(_ o: Object, spec: ValueSpec, index: Int, scope: Scope) {
        let values = spec.effectiveValues
        var target: GoType? = nil
        if let t = spec.effectiveType {
            let tt = typ(t, scope)
            ensureResolved(tt)
            if !tt.isInvalid && !(tt.basicKind.map { $0.isConstantKind } ?? false) {
                error(t.pos, "invalid constant type \(typeString(tt))")
                o.type = .invalid
                return
            }
            target = tt
        }
        guard index < values.count else {
            if index == values.count || values.isEmpty {
                error(o.pos, values.isEmpty && spec.implicitFrom == nil && spec.iota == 0 ? "missing init expr for const declaration" : "missing init expr for const declaration")
            }
            o.type = .invalid
            return
        }
        if index == spec.names.count - 1 && values.count > spec.names.count && spec.implicitFrom == nil {
            error(values[spec.names.count].pos, "extra init expr")
        }
        var x = expr(values[index], scope)
        if x.isInvalid { o.type = .invalid; return }
        if x.mode != .constant {
            error(x.expr.pos, "\(describe(x)) is not constant")
            o.type = .invalid
            return
        }
        if let target {
            assign(&x, to: target, context: "constant declaration")
            if x.isInvalid { o.type = .invalid; return }
        }
        o.type = x.type
        o.constant = x.value
    }

    /// Declares the variables of one spec (package level or local).
    func declareVariables(_ objs: [Object], spec: ValueSpec, scope: Scope) {
        var declared: GoType? = nil
        if let t = spec.type { declared = typ(t, scope) }
        let values = spec.values
        if values.isEmpty {
            for o in objs { o.type = declared ?? .invalid }
            return
        }
        if values.count == objs.count {
            for (o, v) in zip(objs, values) {
                var x = expr(v, scope, hint: declared)
                if let declared {
                    assign(&x, to: declared, context: "variable declaration")
                    o.type = declared
                } else {
                    o.type = initType(&x, context: "variable declaration")
                }
            }
            return
        }
        if values.count == 1 {
            let x = multiExpr(values[0], scope)
            let types = x.type.tupleElements
            if x.isInvalid { for o in objs { o.type = declared ?? .invalid }; return }
            if types.count != objs.count || (x.mode != .commaOK && x.type.tupleElements.count == 1) {
                if x.mode == .commaOK && objs.count == 2 {
                    let t0 = declared ?? defaultType(x.type)
                    objs[0].type = t0
                    objs[1].type = declared ?? .bool
                    var x0 = x; x0.mode = .value
                    if let declared { assign(&x0, to: declared, context: "variable declaration") }
                    markCommaOK(x.expr)
                    return
                }
                assignmentMismatch(at: objs[0].pos, lhs: objs.count, rhs: x)
                for o in objs { o.type = declared ?? .invalid }
                return
            }
            for (i, o) in objs.enumerated() {
                if let declared {
                    var xi = Operand(mode: .value, expr: x.expr, type: types[i])
                    assignQuiet(&xi, to: declared, context: "variable declaration")
                    o.type = declared
                } else {
                    o.type = types[i]
                }
            }
            return
        }
        error(values[0].pos, "assignment mismatch: \(objs.count) variable\(objs.count == 1 ? "" : "s") but \(values.count) value\(values.count == 1 ? "" : "s")")
        for (o, v) in zip(objs, values) { var x = expr(v, scope); o.type = declared ?? initType(&x, context: "variable declaration") }
        for o in objs where o.type.isInvalid && declared != nil { o.type = declared! }
    }

    /// types2's assignError: reported at the first value; a call names its function.
    func assignmentMismatch(at pos: Pos, lhs: Int, rhs x: Operand) {
        let n = x.type.tupleElements.count
        let vars = "\(lhs) variable\(lhs == 1 ? "" : "s")"
        if let call = unparen(x.expr) as? CallExpr {
            error(x.expr.pos, "assignment mismatch: \(vars) but \(ExprString.string(call.fun)) returns \(n) value\(n == 1 ? "" : "s")")
        } else {
            error(x.expr.pos, "assignment mismatch: \(vars) but \(n) value\(n == 1 ? "" : "s")")
        }
    }

    func declareType(_ o: Object, spec: TypeSpec, scope: Scope) {
        if spec.isAlias {
            if !spec.typeParams.isEmpty { error(spec.name.pos, "generic type alias requires GOEXPERIMENT=aliastypeparams") }
            o.type = typ(spec.type, scope, allowConstraint: true)
            return
        }
        guard let named = o.type.named else { return }
        var s = scope
        if !spec.typeParams.isEmpty {
            s = Scope(parent: scope)
            declareTypeParams(spec.typeParams, named.typeParameters, s)
        }
        let rhs = typ(spec.type, s, allowConstraint: true)
        ensureResolved(rhs)
        if rhs.isTypeParameter {
            error(spec.type.pos, "cannot use a type parameter as RHS in type declaration")
            named.setUnderlying(.invalid)
            return
        }
        if rhs == o.type || (rhs.named != nil && !rhs.named!.isResolved && rhs.named!.origin == nil) {
            error(spec.name.pos, "invalid recursive type \(o.name)")
            named.setUnderlying(.invalid)
            return
        }
        named.setUnderlying(rhs)
    }

    /// Declares type parameter names in `scope` bound to `params` and sets their constraints.
    func declareTypeParams(_ fields: [FieldNode], _ params: [GoType], _ scope: Scope) {
        var i = 0
        var pairs: [(FieldNode, GoType)] = []
        for f in fields {
            for n in f.names {
                guard i < params.count else { break }
                let o = newObject(.typeName, n.name, n.pos)
                o.type = params[i]
                record(n, o)
                if let other = scope.insert(o) { redeclared(n.name, at: n.pos, other: other) }
                pairs.append((f, params[i]))
                i += 1
            }
        }
        for (f, p) in pairs {
            let c = constraint(f.type, scope)
            p.typeParameter?.setConstraint(c)
        }
    }

    /// A constraint: an interface, or a type/union written directly (`[T ~int | string]`).
    func constraint(_ e: any Expr, _ scope: Scope) -> GoType {
        let u = unparen(e)
        if u is BinaryExpr || (u as? UnaryExpr)?.op == .tilde {
            let terms = unionTerms(u, scope)
            return table.interface(methods: [], unions: [terms])
        }
        let t = typ(e, scope, allowConstraint: true)
        ensureResolved(t)
        if t.isInvalid { return .any }
        if t.isInterface { return t }
        return table.interface(methods: [], embedded: [t])
    }

    func unionTerms(_ e: any Expr, _ scope: Scope) -> [TypeTerm] {
        let u = unparen(e)
        if let b = u as? BinaryExpr, b.op == .or { return unionTerms(b.x, scope) + unionTerms(b.y, scope) }
        if let t = u as? UnaryExpr, t.op == .tilde {
            let tt = typ(t.x, scope)
            ensureResolved(tt)
            if tt.underlying != tt && !tt.isInvalid {
                error(t.pos, "invalid use of ~ (underlying type of \(typeString(tt)) is \(typeString(tt.underlying)))")
            }
            return [TypeTerm(tilde: true, type: tt)]
        }
        let t = typ(u, scope, allowConstraint: true)
        ensureResolved(t)
        return [TypeTerm(tilde: false, type: t)]
    }

    /// Declares a method on its receiver base type.
    func declareMethod(_ f: FuncDecl, _ fileScope: Scope) {
        guard let recv = f.recv else { return }
        let sigScope = Scope(parent: fileScope, isFunctionScope: true)
        signatureScopes[f.id] = sigScope
        // Receiver base type: T, *T, T[P...], *T[P...].
        var rt = unparen(recv.type)
        var pointer = false
        if let s = rt as? StarExpr { pointer = true; rt = unparen(s.x) }
        var typeArgNames: [any Expr] = []
        if let ix = rt as? IndexExpr { typeArgNames = ix.indices; rt = ix.x }
        let fo = newObject(.function, f.name.name, f.name.pos)
        fo.funcDecl = f
        record(f.name, fo)
        funcObjects[f.id] = fo
        guard let baseIdent = rt as? Ident else {
            error(recv.type.pos, "invalid receiver type \(ExprString.string(recv.type))")
            fo.type = signature(f.type, scope: sigScope, declareParams: true)
            return
        }
        guard let baseObj = fileScope.lookup(baseIdent.name), baseObj.kind == .typeName else {
            error(baseIdent.pos, "undefined: \(baseIdent.name)")
            fo.type = signature(f.type, scope: sigScope, declareParams: true)
            return
        }
        baseObj.used = true
        record(baseIdent, baseObj)
        resolve(baseObj)
        let base = baseObj.type
        guard let named = base.named, baseObj.package == pkg, !base.isInvalid else {
            if !base.isInvalid {
                error(baseIdent.pos, "cannot define new methods on non-local type \(typeString(base))")
            }
            fo.type = signature(f.type, scope: sigScope, declareParams: true)
            return
        }
        if base.isInterface || base.pointerElement != nil {
            let what = base.isInterface ? "interface" : "pointer"
            error(baseIdent.pos, "invalid receiver type \(baseIdent.name) (pointer or interface type)")
            _ = what
        }
        // Receiver type parameters name the type's own parameters.
        if named.typeParameters.count != typeArgNames.count {
            if named.typeParameters.isEmpty {
                error(rt.pos, "\(baseIdent.name) is not a generic type")
            } else {
                error(rt.pos, "cannot use generic type \(baseIdent.name) without instantiation")
            }
        } else {
            for (i, a) in typeArgNames.enumerated() {
                guard let n = a as? Ident else { error(a.pos, "receiver type parameter \(ExprString.string(a)) must be an identifier"); continue }
                if n.name == "_" { continue }
                let o = newObject(.typeName, n.name, n.pos)
                o.type = named.typeParameters[i]
                record(n, o)
                sigScope.insert(o)
            }
        }
        let recvType: GoType = named.typeParameters.isEmpty || typeArgNames.count != named.typeParameters.count
            ? base : table.instantiate(base, arguments: named.typeParameters)
        let fullRecv = pointer ? table.pointer(to: recvType) : recvType
        if let rn = recv.names.first, rn.name != "_" {
            let ro = newObject(.variable, rn.name, rn.pos)
            ro.type = fullRecv
            ro.isParameter = true
            ro.used = true
            ro.funcDepth = 1   // a method body is at function depth 1 (closures inside capture it)
            record(rn, ro)
            sigScope.insert(ro)
        }
        if !f.type.typeParams.isEmpty { error(f.type.pos, "methods cannot have type parameters") }
        let sig = signature(f.type, scope: sigScope, declareParams: true)
        fo.type = sig
        fo.receiverBase = base
        if f.name.name == "_" { return }
        if named.methods.contains(where: { $0.name == f.name.name }) {
            let previous = methodPositions[base.id]?[f.name.name]
            error(f.name.pos, "method \(baseIdent.name).\(f.name.name) already declared" + (previous.map { " at \(fset.position(of: $0))" } ?? ""))
            return
        }
        if let s = named.underlying.structure, s.fields.contains(where: { $0.name == f.name.name }) {
            var msg = "field and method with the same name \(f.name.name)"
            if let fieldPos = fieldPosition(baseObj, f.name.name) { msg += "\n\t\(fset.position(of: fieldPos)): other declaration of \(f.name.name)" }
            error(f.name.pos, msg)
            return
        }
        methodPositions[base.id, default: [:]][f.name.name] = f.name.pos
        fo.isPackageLevel = true
        methodObjects[base.id, default: [:]][f.name.name] = fo
        named.addMethod(name: f.name.name, signature: sig, pointerReceiver: pointer)
    }

    /// Where a struct type's field of this name is declared (for gc's "other declaration").
    private func fieldPosition(_ typeObj: Object, _ name: String) -> Pos? {
        guard case .typeName(let spec, _)? = decls[ObjectIdentifier(typeObj)], let st = unparen(spec.type) as? StructTypeExpr else { return nil }
        for f in st.fields { for n in f.names where n.name == name { return n.pos } }
        return nil
    }

    /// A type may not contain itself by value (through struct fields or array elements):
    /// such a value would be infinitely large.
    func checkRecursiveTypes(_ objs: [Object]) {
        var reported = Set<Int>()
        for o in objs {
            guard let start = o.type.named, !start.isGeneric, !reported.contains(o.type.id) else { continue }
            var path: [Object] = []
            var onPath = Set<Int>()
            func visit(_ t: GoType) -> Bool {
                if let n = t.named, n.origin == nil, let obj = namedTypeObjects[t.id] {
                    if t.id == o.type.id && !path.isEmpty { return true }
                    if onPath.contains(t.id) { return false }
                    onPath.insert(t.id)
                    path.append(obj)
                    if visit(n.underlying) { return true }
                    path.removeLast()
                    return false
                }
                switch t.kind {
                case .structure(let s): return s.fields.contains { visit($0.type) }
                case .array(let e, _): return visit(e)
                default: return false
                }
            }
            guard visit(o.type) else { continue }
            for p in path { reported.insert(p.type.id) }
            if path.count == 1 {
                error(o.pos, "invalid recursive type: \(o.name) refers to itself")
            } else {
                var msg = "invalid recursive type \(o.name)"
                for (i, p) in path.enumerated() {
                    let next = path[(i + 1) % path.count]
                    msg += "\n\t\(fset.position(of: p.pos)): \(p.name) refers to \(next.name)"
                }
                error(o.pos, msg)
            }
            for p in path { p.type.named?.setUnderlying(.invalid) }
        }
    }

    // MARK: initialization order

    /// Spec: repeatedly pick the earliest variable in declaration order that has no
    /// dependency on uninitialized variables (through functions, transitively).
    func computeInitOrder() {
        func varDeps(_ o: Object) -> Set<ObjectIdentifier> {
            var result = Set<ObjectIdentifier>()
            var seen = Set<ObjectIdentifier>()
            var stack = dependencies[ObjectIdentifier(o)] ?? []
            while let d = stack.popLast() {
                let k = ObjectIdentifier(d)
                if !seen.insert(k).inserted { continue }
                if d.kind == .variable { result.insert(k) }
                if d.kind == .function { stack += dependencies[k] ?? [] }
            }
            return result
        }
        var pending = packageVars
        var done = Set<ObjectIdentifier>()
        var emittedSpecs = Set<ObjectIdentifier>()
        let deps = Dictionary(uniqueKeysWithValues: packageVars.map { (ObjectIdentifier($0), varDeps($0)) })
        while !pending.isEmpty {
            let idx = pending.firstIndex { o in
                (deps[ObjectIdentifier(o)] ?? []).allSatisfy { $0 == ObjectIdentifier(o) || done.contains($0) || !deps.keys.contains($0) }
            }
            guard let i = idx else {
                let o = pending[0]
                error(o.pos, "initialization cycle: \(o.name) refers to itself")
                break
            }
            let o = pending.remove(at: i)
            done.insert(ObjectIdentifier(o))
            guard case .variable(let spec, _, _)? = decls[ObjectIdentifier(o)] else { continue }
            if spec.values.isEmpty { continue }
            if spec.values.count == spec.names.count {
                info.initOrder.append((variables: [o], spec: spec))
            } else if emittedSpecs.insert(ObjectIdentifier(spec)).inserted {
                let all = spec.names.compactMap { info.objects[$0.id] }
                for x in all { done.insert(ObjectIdentifier(x)) }
                pending.removeAll { x in all.contains { $0 === x } }
                info.initOrder.append((variables: all, spec: spec))
            }
        }
    }
}
