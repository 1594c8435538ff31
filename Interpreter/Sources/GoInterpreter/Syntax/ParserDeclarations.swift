// Parser: source file, declarations, parameter lists.

extension Parser {
    /// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
    func parseFile() -> File? {
        let start = pos
        if !got(.kwPackage) {
            syntaxError("package statement must be first")
            return nil
        }
        let pkg = name()
        want(.semicolon)
        if errorCount > 0 { return nil }

        var decls: [any Decl] = []
        var imports: [ImportSpec] = []
        var prev = Token.kwImport
        while tok != .eof {
            if tok == .kwImport && prev != .kwImport {
                syntaxError("imports must appear before other declarations")
            }
            prev = tok
            switch tok {
            case .kwImport, .kwConst, .kwType, .kwVar:
                let d = genDecl()
                if d.tok == .kwImport { imports += d.specs.compactMap { $0 as? ImportSpec } }
                decls.append(d)
            case .kwFunc:
                let fpos = pos
                next()
                if let d = funcDecl(fpos) { decls.append(d) }
            default:
                if tok == .lbrace, let f = decls.last as? FuncDecl, f.body == nil {
                    syntaxError("unexpected semicolon or newline before {")
                } else {
                    syntaxError("non-declaration statement outside function body")
                }
                advance([.kwImport, .kwConst, .kwType, .kwVar, .kwFunc])
                continue
            }
            if tok != .eof && !got(.semicolon) {
                syntaxError("after top level declaration")
                advance([.kwImport, .kwConst, .kwType, .kwVar, .kwFunc])
            }
        }
        return File(id: nid(), pos: start, source: file, packageName: pkg, decls: decls, imports: imports)
    }

    /// import/const/type/var declaration, grouped or single; the keyword is the current token.
    func genDecl() -> GenDecl {
        let keyword = tok
        let start = pos
        next()
        var specs: [any Spec] = []
        var iota = 0
        var lastWithValues: ValueSpec? = nil
        func one() {
            switch keyword {
            case .kwImport: specs.append(importSpec())
            case .kwConst:
                let s = constSpec(iota: iota, previous: lastWithValues)
                if s.implicitFrom == nil { lastWithValues = s }
                specs.append(s)
                iota += 1
            case .kwType: specs.append(typeSpec())
            default: specs.append(varSpec())
            }
        }
        if tok == .lparen {
            let lp = pos
            next()
            let rp = list("grouped declaration", sep: .semicolon, close: .rparen) { one(); return false }
            return GenDecl(id: nid(), pos: start, tok: keyword, lparen: lp, specs: specs, rparen: rp)
        }
        one()
        return GenDecl(id: nid(), pos: start, tok: keyword, lparen: .none, specs: specs, rparen: .none)
    }

    /// ImportSpec = [ "." | PackageName ] ImportPath .
    func importSpec() -> ImportSpec {
        let start = pos
        var local: Ident? = nil
        if tok == .ident { local = name() } else if tok == .period { local = Ident(id: nid(), pos: pos, name: "."); next() }
        if tok.isLiteral {
            let path = BasicLit(id: nid(), pos: pos, kind: tok, value: lit)
            if tok != .string { syntaxError("import path must be a string") }
            next()
            return ImportSpec(id: nid(), pos: start, name: local, path: path)
        }
        syntaxError("missing import path")
        advance([.semicolon, .rparen])
        return ImportSpec(id: nid(), pos: start, name: local, path: BasicLit(id: nid(), pos: pos, kind: .string, value: "\"\""))
    }

    /// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
    func constSpec(iota: Int, previous: ValueSpec?) -> ValueSpec {
        let start = pos
        let names = nameList(name())
        var type: (any Expr)? = nil
        var values: [any Expr] = []
        if tok != .eof && tok != .semicolon && tok != .rparen {
            type = typeOrNil()
            if gotAssign() { values = exprList() }
        }
        let implicit = (type == nil && values.isEmpty) ? previous : nil
        return ValueSpec(id: nid(), pos: start, names: names, type: type, values: values, iota: iota, implicitFrom: implicit)
    }

    /// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
    func varSpec() -> ValueSpec {
        let start = pos
        let names = nameList(name())
        var type: (any Expr)? = nil
        var values: [any Expr] = []
        if gotAssign() {
            values = exprList()
        } else {
            type = type_()
            if gotAssign() { values = exprList() }
        }
        return ValueSpec(id: nid(), pos: start, names: names, type: type, values: values, iota: 0, implicitFrom: nil)
    }

    /// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
    func typeSpec() -> TypeSpec {
        let start = pos
        let n = name()
        var tparams: [FieldNode] = []
        var assign = Pos.none
        var type: (any Expr)?
        if tok == .lbrack {
            // An array/slice type or a type parameter list: decide after parsing what follows.
            let lb = pos
            next()
            switch tok {
            case .ident:
                var x: any Expr = name()
                if tok != .lbrack {
                    xnest += 1
                    x = binaryExpr(pexpr(x, keepParens: false), 0)
                    xnest -= 1
                }
                let (pname, ptype) = extractName(x, force: tok == .comma)
                if let pname, ptype != nil || tok != .rbrack {
                    tparams = paramList(name: pname, type: ptype, close: .rbrack, requireNames: true)
                    if gotAssign() { assign = pos }
                    type = typeOrNil()
                } else {
                    type = arrayType(lb, len: x)
                }
            case .rbrack:
                next()
                type = ArrayTypeExpr(id: nid(), pos: lb, len: nil, elem: type_())
            default:
                type = arrayType(lb, len: nil)
            }
        } else {
            let ap = pos
            if gotAssign() { assign = ap }
            type = typeOrNil()
        }
        if type == nil {
            type = badExpr()
            syntaxError("in type declaration")
            advance([.semicolon, .rparen])
        }
        return TypeSpec(id: nid(), pos: start, name: n, typeParams: tparams, assign: assign, type: type!)
    }

    /// Splits `x` into a type parameter name and constraint when `x` can be read as `name expr`
    /// (`P *C`, `P ~int | string`, `P([]int)`); `force` accepts ambiguous forms.
    func extractName(_ x: any Expr, force: Bool) -> (Ident?, (any Expr)?) {
        switch x {
        case let n as Ident:
            return (n, nil)
        case let b as BinaryExpr:
            if b.op == .mul, let n = b.x as? Ident, force || isTypeElem(b.y) {
                return (n, StarExpr(id: nid(), pos: b.opPos, x: b.y))
            }
            if b.op == .or {
                let (n, lhs) = extractName(b.x, force: force || isTypeElem(b.y))
                if let n, let lhs { return (n, BinaryExpr(id: nid(), x: lhs, op: .or, opPos: b.opPos, y: b.y)) }
            }
        case let c as CallExpr:
            if let n = c.fun as? Ident, c.args.count == 1, !c.hasEllipsis, force || isTypeElem(c.args[0]) {
                return (n, c.args[0])
            }
        default: break
        }
        return (nil, x)
    }

    /// Whether x can only be a type element (not a value expression).
    func isTypeElem(_ x: any Expr) -> Bool {
        switch x {
        case is ArrayTypeExpr, is StructTypeExpr, is FuncTypeExpr, is InterfaceTypeExpr, is MapTypeExpr, is ChanTypeExpr:
            return true
        case let b as BinaryExpr: return isTypeElem(b.x) || isTypeElem(b.y)
        case let u as UnaryExpr: return u.op == .tilde || isTypeElem(u.x)
        case let s as StarExpr: return isTypeElem(s.x)
        case let p as ParenExpr: return isTypeElem(p.x)
        default: return false
        }
    }

    /// FunctionDecl / MethodDecl after `func`.
    func funcDecl(_ start: Pos) -> FuncDecl? {
        var recv: FieldNode? = nil
        var context = ""
        if tok == .lparen {
            let rp = pos
            next()
            context = "method"
            let rcvr = paramList(name: nil, type: nil, close: .rparen, requireNames: false)
            let count = rcvr.reduce(0) { $0 + max(1, $1.names.count) }
            if count == 0 { errorAt(rp, "method has no receiver") }
            else if count > 1 { errorAt(rp, "method has multiple receivers") }
            recv = rcvr.first
        }
        if tok == .ident {
            let n = name()
            let type = funcType(context: context, start: start)
            var body: BlockStmt? = nil
            if tok == .lbrace { body = funcBody() }
            return FuncDecl(id: nid(), pos: start, recv: recv, name: n, type: type, body: body)
        }
        syntaxError(context.isEmpty ? "expected name or (" : "expected name")
        advance([.lbrace, .semicolon])
        let sig = FuncTypeExpr(id: nid(), pos: pos, typeParams: [], params: [], results: [])
        var body: BlockStmt? = nil
        if tok == .lbrace { body = funcBody() }
        return FuncDecl(id: nid(), pos: start, recv: recv, name: Ident(id: nid(), pos: start, name: "_"), type: sig, body: body)
    }

    func funcBody() -> BlockStmt {
        fnest += 1
        let b = blockStmt("")
        fnest -= 1
        return b
    }

    /// `[TypeParams] Parameters [Result]`; type parameters are an error when context is set.
    func funcType(context: String, start: Pos) -> FuncTypeExpr {
        var tparams: [FieldNode] = []
        if tok == .lbrack {
            next()
            if !context.isEmpty { syntaxErrorAt(start, "\(context) must have no type parameters") }
            if tok == .rbrack {
                syntaxError("empty type parameter list")
                next()
            } else {
                tparams = paramList(name: nil, type: nil, close: .rbrack, requireNames: true)
            }
        }
        want(.lparen)
        let params = paramList(name: nil, type: nil, close: .rparen, requireNames: false)
        let results = funcResult()
        return FuncTypeExpr(id: nid(), pos: start, typeParams: tparams, params: params, results: results)
    }

    /// Result = Parameters | Type .
    func funcResult() -> [FieldNode] {
        if got(.lparen) {
            return paramList(name: nil, type: nil, close: .rparen, requireNames: false)
        }
        let p = pos
        if let t = typeOrNil() { return [FieldNode(id: nid(), pos: p, names: [], type: t)] }
        return []
    }

    /// A parameter before grouping: gc's one-field-per-name form.
    struct Param {
        var pos: Pos
        var name: Ident?
        var type: (any Expr)?
    }

    /// ParameterDecl = [ IdentifierList ] [ "..." ] Type . (one name at a time)
    func paramDecl(name first: Ident?, follow: Token) -> Param? {
        let typeSetsOK = follow == .rbrack
        var f = Param(pos: first?.pos ?? pos, name: nil, type: nil)
        if first == nil && typeSetsOK && tok == .tilde {
            f.type = embeddedElem(nil)
            return f
        }
        if tok == .ident || first != nil {
            let n = first ?? name()
            if tok == .lbrack {
                switch arrayOrTypeArgs() {
                case .type(let t): f.name = n; f.type = t
                case .typeArgs(let lb, let args, let rb): f.type = IndexExpr(id: nid(), x: n, lbrack: lb, indices: args, rbrack: rb)
                }
                if typeSetsOK && tok == .or { f.type = embeddedElem(f.type) }
                return f
            }
            if tok == .period {
                f.type = qualifiedName(n)
                if typeSetsOK && tok == .or { f.type = embeddedElem(f.type) }
                return f
            }
            if typeSetsOK && tok == .or {
                f.type = embeddedElem(n)
                return f
            }
            f.name = n
        }
        if tok == .ellipsis {
            let ep = pos
            next()
            var elem = typeOrNil()
            if elem == nil {
                elem = badExpr()
                syntaxError("... is missing type")
            }
            f.type = Ellipsis(id: nid(), pos: ep, elem: elem)
            return f
        }
        if typeSetsOK && tok == .tilde {
            f.type = embeddedElem(nil)
            return f
        }
        f.type = typeOrNil()
        if typeSetsOK && tok == .or, let t = f.type { f.type = embeddedElem(t) }
        if f.name != nil || f.type != nil { return f }
        syntaxError("expected " + Parser.tokstring(follow))
        advance([.comma, follow])
        return nil
    }

    /// Parameters after "(" or "[" up to and including `close`, grouped as go/ast does
    /// (consecutive names sharing one type form one field).
    func paramList(name first: Ident?, type firstType: (any Expr)?, close: Token, requireNames: Bool) -> [FieldNode] {
        var params: [Param] = []
        var named = 0, typed = 0
        if let first, let firstType, tok == close {
            next()
            return group([Param(pos: first.pos, name: first, type: firstType)])
        }
        var pendingName = first
        var pendingType = firstType
        let end = list("parameter list", sep: .comma, close: close) {
            var par: Param?
            if let t = pendingType, let n = pendingName {
                par = Param(pos: n.pos, name: n, type: t)
            } else {
                par = paramDecl(name: pendingName, follow: close)
            }
            pendingName = nil; pendingType = nil
            if let par {
                if par.name != nil && par.type != nil { named += 1 }
                if par.type != nil { typed += 1 }
                params.append(par)
            }
            return false
        }
        if params.isEmpty { return [] }
        if named == 0 && !requireNames {
            // All unnamed: lone names are type names.
            for i in params.indices where params[i].type == nil {
                params[i].type = params[i].name
                params[i].name = nil
            }
        } else if named != params.count {
            // Some named: every parameter needs a name and a type; types distribute leftwards.
            var errPos = Pos.none
            var t: (any Expr)? = nil
            for i in params.indices.reversed() {
                if let pt = params[i].type {
                    t = pt
                    if params[i].name == nil {
                        errPos = pt.pos
                        params[i].name = Ident(id: nid(), pos: pt.pos, name: "_")
                    }
                } else if let t {
                    params[i].type = t
                } else {
                    errPos = params[i].name!.pos
                    params[i].type = BadExpr(id: nid(), pos: errPos)
                }
            }
            if errPos.isKnown {
                var msg: String
                if requireNames {
                    if named == typed {
                        errPos = end
                        msg = "missing type constraint"
                    } else {
                        msg = "missing type parameter name"
                        if params.count == 1 { msg += " or invalid array length" }
                    }
                } else {
                    msg = "mixed named and unnamed parameters"
                }
                syntaxErrorAt(errPos, msg)
            }
        }
        return group(params)
    }

    private func group(_ params: [Param]) -> [FieldNode] {
        var out: [FieldNode] = []
        var i = 0
        while i < params.count {
            let p = params[i]
            guard let t = p.type else { i += 1; continue }
            guard let n = p.name else {
                out.append(FieldNode(id: nid(), pos: p.pos, names: [], type: t))
                i += 1
                continue
            }
            var names = [n]
            var j = i + 1
            while j < params.count, let nj = params[j].name, let tj = params[j].type, tj === t {
                names.append(nj); j += 1
            }
            out.append(FieldNode(id: nid(), pos: p.pos, names: names, type: t))
            i = j
        }
        return out
    }
}
