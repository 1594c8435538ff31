// Parser: statements and control clause headers.

extension Parser {
    /// A simple statement, or the two header forms only valid in particular places.
    enum Simple {
        case stmt(any Stmt)
        /// `[k[, v] (:=|=)] range x` in a for header.
        case range(key: (any Expr)?, value: (any Expr)?, tok: Token, rangePos: Pos, x: any Expr)
        /// `v := x.(type)` in a switch header.
        case typeGuard(binding: Ident, guardExpr: TypeAssertExpr, pos: Pos)

        var stmt: (any Stmt)? { if case .stmt(let s) = self { return s }; return nil }
    }

    /// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
    /// `keyword` is the enclosing for/switch (enabling range clauses / type switch guards).
    func simpleStmt(_ lhsIn: [any Expr]?, keyword: Token?) -> Simple {
        if keyword == .kwFor && tok == .kwRange {
            let rp = pos
            next()
            return .range(key: nil, value: nil, tok: .illegal, rangePos: rp, x: expr())
        }
        let lhs = lhsIn ?? exprList()
        if lhs.count == 1 && tok != .assign && tok != .define {
            let x = lhs[0]
            let p = pos
            switch tok {
            case _ where tok.assignOpBase != nil:
                let op = tok
                next()
                return .stmt(AssignStmt(id: nid(), lhs: [x], tok: op, tokPos: p, rhs: [expr()]))
            case .inc, .dec:
                let op = tok
                next()
                return .stmt(IncDecStmt(id: nid(), x: x, tok: op, tokPos: p))
            case .arrow:
                next()
                return .stmt(SendStmt(id: nid(), chan: x, arrow: p, value: expr()))
            default:
                return .stmt(ExprStmt(id: nid(), x: x))
            }
        }
        switch tok {
        case .assign, .define:
            let op = tok, p = pos
            next()
            if keyword == .kwFor && tok == .kwRange {
                let rp = pos
                next()
                let x = expr()
                if lhs.count > 2 { errorAt(lhs[0].pos, "range clause permits at most two iteration variables") }
                return .range(key: lhs[0], value: lhs.count > 1 ? lhs[1] : nil, tok: op, rangePos: rp, x: x)
            }
            let rhs = exprList()
            if keyword == .kwSwitch && op == .define && lhs.count == 1 && rhs.count == 1,
               let b = lhs[0] as? Ident, let g = rhs[0] as? TypeAssertExpr, g.type == nil {
                return .typeGuard(binding: b, guardExpr: g, pos: b.pos)
            }
            return .stmt(AssignStmt(id: nid(), lhs: lhs, tok: op, tokPos: p, rhs: rhs))
        default:
            syntaxError("expected := or = or comma")
            advance([.semicolon, .rbrace])
            return .stmt(ExprStmt(id: nid(), x: lhs[0]))
        }
    }

    /// Statement, or nil when none starts here.
    func stmtOrNil() -> (any Stmt)? {
        guard enter() else { leave(); return nil }
        defer { leave() }
        let start = pos
        if tok == .ident {
            let lhs = exprList()
            if lhs.count == 1, let label = lhs[0] as? Ident, tok == .colon {
                return labeledStmt(label)
            }
            return simpleStmt(lhs, keyword: nil).stmt
        }
        switch tok {
        case .kwVar, .kwConst, .kwType:
            return DeclStmt(id: nid(), decl: genDecl())
        case .lbrace:
            return blockStmt("")
        case .add, .sub, .mul, .and, .xor, .not,
             .int, .float, .imag, .char, .string, .kwFunc, .lparen,
             .lbrack, .kwStruct, .kwMap, .kwChan, .kwInterface, .arrow:
            return simpleStmt(nil, keyword: nil).stmt
        case .kwFor: return forStmt()
        case .kwSwitch: return switchStmt()
        case .kwSelect: return selectStmt()
        case .kwIf: return ifStmt()
        case .kwFallthrough:
            next()
            return BranchStmt(id: nid(), pos: start, tok: .kwFallthrough, label: nil)
        case .kwBreak, .kwContinue:
            let t = tok
            next()
            var label: Ident? = nil
            if tok == .ident { label = name() }
            return BranchStmt(id: nid(), pos: start, tok: t, label: label)
        case .kwGo, .kwDefer:
            return callStmt()
        case .kwGoto:
            next()
            return BranchStmt(id: nid(), pos: start, tok: .kwGoto, label: name())
        case .kwReturn:
            next()
            var results: [any Expr] = []
            if tok != .semicolon && tok != .rbrace { results = exprList() }
            return ReturnStmt(id: nid(), pos: start, results: results)
        case .semicolon:
            return EmptyStmt(id: nid(), pos: start)
        default:
            return nil
        }
    }

    /// StatementList = { Statement ";" } .
    func stmtList() -> [any Stmt] {
        var l: [any Stmt] = []
        while tok != .eof && tok != .rbrace && tok != .kwCase && tok != .kwDefault {
            guard let s = stmtOrNil() else { break }
            l.append(s)
            if !got(.semicolon) && tok != .rbrace {
                syntaxError("at end of statement")
                advance([.semicolon, .rbrace, .kwCase, .kwDefault])
                _ = got(.semicolon)
            }
        }
        return l
    }

    func labeledStmt(_ label: Ident) -> any Stmt {
        let colon = pos
        want(.colon)
        if tok == .rbrace {
            return LabeledStmt(id: nid(), label: label, stmt: EmptyStmt(id: nid(), pos: pos))
        }
        if let s = stmtOrNil() { return LabeledStmt(id: nid(), label: label, stmt: s) }
        syntaxErrorAt(colon, "missing statement after label")
        return LabeledStmt(id: nid(), label: label, stmt: EmptyStmt(id: nid(), pos: pos))
    }

    /// `{ StatementList }`; context names the construct for "expected { after ...".
    func blockStmt(_ context: String) -> BlockStmt {
        let start = pos
        if !got(.lbrace) {
            syntaxError("expected { after " + context)
            advance([.ident, .rbrace])
            let rb = pos
            if got(.rbrace) { return BlockStmt(id: nid(), pos: start, stmts: [], rbrace: rb) }
        }
        let stmts = stmtList()
        let rb = pos
        want(.rbrace)
        return BlockStmt(id: nid(), pos: start, stmts: stmts, rbrace: rb)
    }

    func callStmt() -> any Stmt {
        let start = pos
        let keyword = tok
        next()
        var x = pexpr(nil, keepParens: tok == .lparen)
        if let p = x as? ParenExpr {
            errorAt(p.pos, "expression in \(keyword.text) must not be parenthesized")
            x = unparen(p)
        }
        return keyword == .kwGo ? GoStmt(id: nid(), pos: start, call: x) : DeferStmt(id: nid(), pos: start, call: x)
    }

    struct Header {
        var initStmt: (any Stmt)? = nil
        var cond: (any Expr)? = nil
        var post: (any Stmt)? = nil
        var range: Simple? = nil
        var typeGuard: Simple? = nil
    }

    /// The header of if/for/switch (the keyword is the current token).
    func header(_ keyword: Token) -> Header {
        want(keyword)
        var h = Header()
        if tok == .lbrace {
            if keyword == .kwIf {
                syntaxError("missing condition in if statement")
                h.cond = badExpr()
            }
            return h
        }
        let outer = xnest
        xnest = -1
        defer { xnest = outer }

        var initS: Simple? = nil
        if tok != .semicolon {
            if got(.kwVar) {
                syntaxError("var declaration not allowed in \(Parser.tokstring(keyword)) initializer")
            }
            initS = simpleStmt(nil, keyword: keyword)
            if case .range = initS! { h.range = initS; return h }
        }
        var condS: Simple? = nil
        var semiPos = Pos.none
        var semiLit = ""
        if tok != .lbrace {
            if tok == .semicolon {
                semiPos = pos; semiLit = lit
                next()
            } else {
                want(.lbrace)   // asking for '{' rather than ';' gives a better message
                if tok != .lbrace { advance([.lbrace, .rbrace]) }
            }
            if keyword == .kwFor {
                if tok != .semicolon {
                    if tok == .lbrace {
                        syntaxError("expected for loop condition")
                        h.initStmt = initS?.stmt
                        return h
                    }
                    condS = simpleStmt(nil, keyword: nil)
                }
                want(.semicolon)
                if tok != .lbrace {
                    let post = simpleStmt(nil, keyword: nil)
                    if let a = post.stmt as? AssignStmt, a.tok == .define {
                        syntaxErrorAt(a.pos, "cannot declare in post statement of for loop")
                    }
                    h.post = post.stmt
                }
            } else if tok != .lbrace {
                condS = simpleStmt(nil, keyword: keyword)
            }
            h.initStmt = initS?.stmt
        } else {
            condS = initS
        }

        switch condS {
        case nil:
            if keyword == .kwIf && semiPos.isKnown {
                if semiLit != "semicolon" {
                    syntaxErrorAt(semiPos, "unexpected \(semiLit), expected { after if clause")
                } else {
                    syntaxErrorAt(semiPos, "missing condition in if statement")
                }
                h.cond = BadExpr(id: nid(), pos: semiPos)
            }
        case .some(.typeGuard):
            h.typeGuard = condS
        case .some(.stmt(let s)):
            if let e = s as? ExprStmt {
                h.cond = e.x
            } else {
                let text: String
                if let a = s as? AssignStmt, a.tok == .assign {
                    text = "assignment " + emphasize(a.lhs) + " = " + emphasize(a.rhs)
                } else {
                    text = GoPrinter.string(of: s)
                }
                syntaxErrorAt(s.pos, "cannot use \(text) as value")
                h.cond = BadExpr(id: nid(), pos: s.pos)
            }
        case .some(.range):
            break
        }
        return h
    }

    private func emphasize(_ list: [any Expr]) -> String {
        list.map { x in
            let s = GoPrinter.string(of: x)
            return x is BinaryExpr ? "(" + s + ")" : s
        }.joined(separator: ", ")
    }

    func ifStmt() -> IfStmt {
        let start = pos
        let h = header(.kwIf)
        let body = blockStmt("if clause")
        var elseS: (any Stmt)? = nil
        if got(.kwElse) {
            switch tok {
            case .kwIf: elseS = ifStmt()
            case .lbrace: elseS = blockStmt("")
            default:
                syntaxError("else must be followed by if or statement block")
                advance([.ident, .rbrace])
            }
        }
        return IfStmt(id: nid(), pos: start, initStmt: h.initStmt, cond: h.cond ?? BadExpr(id: nid(), pos: start), body: body, elseStmt: elseS)
    }

    func forStmt() -> any Stmt {
        let start = pos
        let h = header(.kwFor)
        if case .range(let k, let v, let t, let rp, let x) = h.range {
            let body = blockStmt("for clause")
            return RangeStmt(id: nid(), pos: start, key: k, value: v, tok: t, rangePos: rp, x: x, body: body)
        }
        let body = blockStmt("for clause")
        return ForStmt(id: nid(), pos: start, initStmt: h.initStmt, cond: h.cond, post: h.post, body: body)
    }

    func switchStmt() -> any Stmt {
        let start = pos
        let h = header(.kwSwitch)
        if !got(.lbrace) {
            syntaxError("missing { after switch clause")
            advance([.kwCase, .kwDefault, .rbrace])
        }
        var clauses: [CaseClause] = []
        while tok != .eof && tok != .rbrace { clauses.append(caseClause()) }
        let rb = pos
        want(.rbrace)
        if case .typeGuard(let b, let g, _) = h.typeGuard {
            return TypeSwitchStmt(id: nid(), pos: start, initStmt: h.initStmt, binding: b, guardExpr: g, clauses: clauses, rbrace: rb)
        }
        if let g = h.cond as? TypeAssertExpr, g.type == nil {
            return TypeSwitchStmt(id: nid(), pos: start, initStmt: h.initStmt, binding: nil, guardExpr: g, clauses: clauses, rbrace: rb)
        }
        return SwitchStmt(id: nid(), pos: start, initStmt: h.initStmt, tag: h.cond, clauses: clauses, rbrace: rb)
    }

    func caseClause() -> CaseClause {
        let start = pos
        var list: [any Expr]? = nil
        switch tok {
        case .kwCase:
            next()
            list = exprList()
        case .kwDefault:
            next()
        default:
            syntaxError("expected case or default or }")
            advance([.colon, .kwCase, .kwDefault, .rbrace])
        }
        let colon = pos
        want(.colon)
        return CaseClause(id: nid(), pos: start, list: list, colon: colon, body: stmtList())
    }

    func selectStmt() -> SelectStmt {
        let start = pos
        want(.kwSelect)
        if !got(.lbrace) {
            syntaxError("missing { after select clause")
            advance([.kwCase, .kwDefault, .rbrace])
        }
        var clauses: [CommClause] = []
        while tok != .eof && tok != .rbrace {
            let cp = pos
            var comm: (any Stmt)? = nil
            switch tok {
            case .kwCase:
                next()
                comm = simpleStmt(nil, keyword: nil).stmt
            case .kwDefault:
                next()
            default:
                syntaxError("expected case or default or }")
                advance([.colon, .kwCase, .kwDefault, .rbrace])
            }
            let colon = pos
            want(.colon)
            clauses.append(CommClause(id: nid(), pos: cp, comm: comm, colon: colon, body: stmtList()))
        }
        let rb = pos
        want(.rbrace)
        return SelectStmt(id: nid(), pos: start, clauses: clauses, rbrace: rb)
    }
}
