// Parser: expressions, composite literals and type expressions.

extension Parser {
    func expr() -> any Expr { binaryExpr(nil, 0) }

    func exprList() -> [any Expr] {
        var l = [expr()]
        while got(.comma) { l.append(expr()) }
        return l
    }

    /// Expression = UnaryExpr | Expression binary_op Expression .
    func binaryExpr(_ lhs: (any Expr)?, _ prec: Int) -> any Expr {
        var x = lhs ?? unaryExpr()
        var chain = 0
        while tok.precedence > prec {
            chain += 1
            if chain > Parser.maxBinaryChain {
                if !tooDeep {
                    tooDeep = true
                    syntaxError("exceeded max nesting depth")
                    while tok != .eof { next() }
                }
                return x
            }
            let op = tok, opPos = pos, tprec = tok.precedence
            next()
            let y = binaryExpr(nil, tprec)
            x = BinaryExpr(id: nid(), x: x, op: op, opPos: opPos, y: y)
        }
        return x
    }

    /// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
    func unaryExpr() -> any Expr {
        guard enter() else { leave(); return badExpr() }
        defer { leave() }
        let start = pos
        switch tok {
        case .mul:
            next()
            return StarExpr(id: nid(), pos: start, x: unaryExpr())
        case .add, .sub, .not, .xor, .tilde:
            let op = tok
            next()
            return UnaryExpr(id: nid(), pos: start, op: op, x: unaryExpr())
        case .and:
            next()
            // &(T{}) is written for &T{} sometimes; take the address of the literal itself.
            return UnaryExpr(id: nid(), pos: start, op: .and, x: unparen(unaryExpr()))
        case .arrow:
            next()
            let x = unaryExpr()
            // `<-chan T` is a channel type, not a receive from `chan T`: re-associate.
            if let c = x as? ChanTypeExpr {
                switch c.dir {
                case .both:
                    return ChanTypeExpr(id: nid(), pos: start, dir: .recv, elem: c.elem)
                case .send:
                    // <-chan<- E: the arrow binds to the inner channel type.
                    if let inner = c.elem as? ChanTypeExpr, inner.dir == .both {
                        let e = ChanTypeExpr(id: nid(), pos: inner.pos, dir: .recv, elem: inner.elem)
                        return ChanTypeExpr(id: nid(), pos: start, dir: .recv, elem: e)
                    }
                    syntaxError("unexpected <-, expected chan")
                    return c
                case .recv:
                    syntaxError("unexpected <-, expected chan")
                    return c
                }
            }
            return UnaryExpr(id: nid(), pos: start, op: .arrow, x: x)
        default:
            return pexpr(nil, keepParens: true)
        }
    }

    /// Operand = Literal | OperandName | "(" Expression ")" | FunctionLit | type literal .
    func operand() -> any Expr {
        let start = pos
        switch tok {
        case .ident:
            return name()
        case .int, .float, .imag, .char, .string:
            let l = BasicLit(id: nid(), pos: start, kind: tok, value: lit)
            next()
            return l
        case .lparen:
            next()
            xnest += 1
            let x = expr()
            xnest -= 1
            let rp = pos
            want(.rparen)
            return ParenExpr(id: nid(), pos: start, x: x, rparen: rp)
        case .kwFunc:
            next()
            let ft = funcType(context: "function type", start: start)
            if tok == .lbrace {
                xnest += 1
                let body = funcBody()
                xnest -= 1
                return FuncLit(id: nid(), type: ft, body: body)
            }
            return ft
        case .lbrack, .kwChan, .kwMap, .kwStruct, .kwInterface:
            return type_()
        default:
            let x = badExpr()
            syntaxError("expected expression")
            advance([.rparen, .rbrack, .rbrace])
            return x
        }
    }

    /// PrimaryExpr with selectors, indices, slices, assertions, calls and composite literals.
    func pexpr(_ operandExpr: (any Expr)?, keepParens: Bool) -> any Expr {
        var x = operandExpr ?? operand()
        loop: while true {
            let p = pos
            switch tok {
            case .period:
                next()
                switch tok {
                case .ident:
                    x = SelectorExpr(id: nid(), x: x, sel: name())
                case .lparen:
                    next()
                    if got(.kwType) {
                        x = TypeAssertExpr(id: nid(), x: x, lparen: p, type: nil)
                    } else {
                        x = TypeAssertExpr(id: nid(), x: x, lparen: p, type: type_())
                    }
                    want(.rparen)
                default:
                    syntaxError("expected name or (")
                    advance([.semicolon, .rparen])
                }
            case .lbrack:
                next()
                var first: (any Expr)? = nil
                if tok != .colon {
                    var list: [any Expr]
                    var comma = false
                    if tok == .rbrack {
                        syntaxError("expected operand")
                        list = [badExpr()]
                    } else {
                        (list, comma) = typeList(strict: false)
                    }
                    if comma || tok == .rbrack {
                        let rb = pos
                        want(.rbrack)
                        x = IndexExpr(id: nid(), x: x, lbrack: p, indices: list, rbrack: rb)
                        continue loop
                    }
                    first = list[0]
                }
                if !got(.colon) {
                    syntaxError("expected comma, : or ]")
                    advance([.comma, .colon, .rbrack])
                }
                xnest += 1
                var high: (any Expr)? = nil, max: (any Expr)? = nil
                var three = false
                if tok != .colon && tok != .rbrack { high = expr() }
                if tok == .colon {
                    three = true
                    if high == nil {
                        error("middle index required in 3-index slice")
                        high = badExpr()
                    }
                    next()
                    if tok != .rbrack {
                        max = expr()
                    } else {
                        error("final index required in 3-index slice")
                        max = badExpr()
                    }
                }
                xnest -= 1
                let rb = pos
                want(.rbrack)
                x = SliceExpr(id: nid(), x: x, lbrack: p, low: first, high: high, max: max, slice3: three, rbrack: rb)
            case .lparen:
                next()
                xnest += 1
                var args: [any Expr] = []
                var dots = Pos.none
                let rp = list("argument list", sep: .comma, close: .rparen) {
                    args.append(expr())
                    if tok == .ellipsis { dots = pos; next(); return true }
                    return false
                }
                xnest -= 1
                x = CallExpr(id: nid(), fun: x, lparen: p, args: args, ellipsis: dots, rparen: rp)
            case .lbrace:
                // Does `{` open a composite literal or a block (in `if x {`)?
                let t = unparen(x)
                var complitOK = false
                switch t {
                case is Ident, is SelectorExpr:
                    complitOK = xnest >= 0
                case is IndexExpr:
                    complitOK = xnest >= 0 && !isValue(t)
                case is ArrayTypeExpr, is StructTypeExpr, is MapTypeExpr:
                    complitOK = true
                default: break
                }
                if !complitOK { break loop }
                if t !== x { syntaxError("cannot parenthesize type in composite literal") }
                x = compositeLit(type: x)
            default:
                break loop
            }
        }
        return x
    }

    /// Whether x syntactically must be a value (and cannot be a type).
    func isValue(_ x: any Expr) -> Bool {
        switch x {
        case is BasicLit, is CompositeLit, is FuncLit, is SliceExpr, is TypeAssertExpr, is CallExpr: return true
        case is UnaryExpr, is BinaryExpr: return true
        case let p as ParenExpr: return isValue(p.x)
        case let i as IndexExpr: return isValue(i.x) || i.indices.contains { isValue($0) }
        default: return false
        }
    }

    /// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
    func compositeLit(type: (any Expr)?) -> CompositeLit {
        let lb = pos
        guard enter() else { leave(); return CompositeLit(id: nid(), type: type, elements: [], lbrace: lb, rbrace: lb) }
        defer { leave() }
        xnest += 1
        want(.lbrace)
        var elems: [any Expr] = []
        let rb = list("composite literal", sep: .comma, close: .rbrace) {
            var e = elementExpr()
            if tok == .colon {
                let c = pos
                next()
                e = KeyValueExpr(id: nid(), key: e, colon: c, value: elementExpr())
            }
            elems.append(e)
            return false
        }
        xnest -= 1
        return CompositeLit(id: nid(), type: type, elements: elems, lbrace: lb, rbrace: rb)
    }

    func elementExpr() -> any Expr {
        tok == .lbrace ? compositeLit(type: nil) : expr()
    }

    /// A non-empty comma-separated list of types (the first may be any expression unless
    /// strict); reports whether a comma was seen.
    func typeList(strict: Bool) -> ([any Expr], Bool) {
        xnest += 1
        defer { xnest -= 1 }
        var l: [any Expr] = [strict ? type_() : expr()]
        var comma = false
        if got(.comma) {
            comma = true
            if let t = typeOrNil() {
                l.append(t)
                while got(.comma) {
                    guard let t = typeOrNil() else { break }
                    l.append(t)
                }
            }
        }
        return (l, comma)
    }

    // MARK: types

    func type_() -> any Expr {
        if let t = typeOrNil() { return t }
        let b = badExpr()
        syntaxError("expected type")
        advance([.comma, .colon, .semicolon, .rparen, .rbrack, .rbrace])
        return b
    }

    /// Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" ; nil when no type starts here.
    func typeOrNil() -> (any Expr)? {
        guard enter() else { leave(); return badExpr() }
        defer { leave() }
        let start = pos
        switch tok {
        case .mul:
            next()
            return StarExpr(id: nid(), pos: start, x: type_())
        case .arrow:
            next()
            want(.kwChan)
            return ChanTypeExpr(id: nid(), pos: start, dir: .recv, elem: chanElem())
        case .kwFunc:
            next()
            return funcType(context: "function type", start: start)
        case .lbrack:
            next()
            if got(.rbrack) { return ArrayTypeExpr(id: nid(), pos: start, len: nil, elem: type_()) }
            return arrayType(start, len: nil)
        case .kwChan:
            next()
            let dir: ChanDir = got(.arrow) ? .send : .both
            return ChanTypeExpr(id: nid(), pos: start, dir: dir, elem: chanElem())
        case .kwMap:
            next()
            want(.lbrack)
            let k = type_()
            want(.rbrack)
            return MapTypeExpr(id: nid(), pos: start, key: k, value: type_())
        case .kwStruct:
            return structType()
        case .kwInterface:
            return interfaceType()
        case .ident:
            return qualifiedName(nil)
        case .lparen:
            next()
            let t = type_()
            let rp = pos
            want(.rparen)
            return ParenExpr(id: nid(), pos: start, x: t, rparen: rp)
        default:
            return nil
        }
    }

    func chanElem() -> any Expr {
        if let t = typeOrNil() { return t }
        let b = badExpr()
        syntaxError("missing channel element type")
        return b
    }

    /// "[" consumed at `lb`; `len` is an already parsed length, if any.
    func arrayType(_ lb: Pos, len: (any Expr)?) -> any Expr {
        var n = len
        if n == nil {
            if tok == .ellipsis {
                n = Ellipsis(id: nid(), pos: pos, elem: nil)
                next()
            } else {
                xnest += 1
                n = expr()
                xnest -= 1
            }
        }
        if tok == .comma {
            syntaxError("unexpected comma; expected ]")
            next()
        }
        want(.rbrack)
        return ArrayTypeExpr(id: nid(), pos: lb, len: n, elem: type_())
    }

    /// TypeName [ TypeArgs ], starting with an already parsed name if given.
    func qualifiedName(_ first: Ident?) -> any Expr {
        var x: any Expr
        if let first { x = first }
        else if tok == .ident { x = name() }
        else {
            x = Ident(id: nid(), pos: pos, name: "_")
            syntaxError("expected name")
            advance([.period, .semicolon, .rbrace])
        }
        if tok == .period {
            next()
            x = SelectorExpr(id: nid(), x: x, sel: name())
        }
        if tok == .lbrack { x = typeInstance(x) }
        return x
    }

    func typeInstance(_ x: any Expr) -> IndexExpr {
        let lb = pos
        want(.lbrack)
        var args: [any Expr]
        if tok == .rbrack {
            syntaxError("expected type argument list")
            args = [badExpr()]
        } else {
            args = typeList(strict: true).0
        }
        let rb = pos
        want(.rbrack)
        return IndexExpr(id: nid(), x: x, lbrack: lb, indices: args, rbrack: rb)
    }

    enum ArrayOrTypeArgs {
        case type(any Expr)
        case typeArgs(Pos, [any Expr], Pos)
    }

    /// After a name: `[n]E`, `[]E` (a type) or `[A, B]` (type arguments of that name).
    func arrayOrTypeArgs() -> ArrayOrTypeArgs {
        let lb = pos
        want(.lbrack)
        if got(.rbrack) { return .type(ArrayTypeExpr(id: nid(), pos: lb, len: nil, elem: type_())) }
        let (list, comma) = typeList(strict: false)
        let rb = pos
        want(.rbrack)
        if !comma, let elem = typeOrNil() {
            return .type(ArrayTypeExpr(id: nid(), pos: lb, len: list[0], elem: elem))
        }
        return .typeArgs(lb, list, rb)
    }

    /// StructType = "struct" "{" { FieldDecl ";" } "}" .
    func structType() -> StructTypeExpr {
        let start = pos
        want(.kwStruct)
        want(.lbrace)
        var fields: [FieldNode] = []
        let rb = list("struct type", sep: .semicolon, close: .rbrace) {
            if let f = fieldDecl() { fields.append(f) }
            return false
        }
        return StructTypeExpr(id: nid(), pos: start, fields: fields, rbrace: rb)
    }

    func optionalTag() -> BasicLit? {
        guard tok.isLiteral else { return nil }
        let l = BasicLit(id: nid(), pos: pos, kind: tok, value: lit)
        next()
        return l
    }

    /// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
    func fieldDecl() -> FieldNode? {
        let start = pos
        switch tok {
        case .ident:
            let n = name()
            if tok == .period || tok.isLiteral || tok == .semicolon || tok == .rbrace {
                let t = qualifiedName(n)
                return FieldNode(id: nid(), pos: start, names: [], type: t, tag: optionalTag())
            }
            let names = nameList(n)
            let type: any Expr
            if names.count == 1 && tok == .lbrack {
                switch arrayOrTypeArgs() {
                case .type(let t): type = t
                case .typeArgs(let lb, let args, let rb):
                    let t = IndexExpr(id: nid(), x: n, lbrack: lb, indices: args, rbrack: rb)
                    return FieldNode(id: nid(), pos: start, names: [], type: t, tag: optionalTag())
                }
            } else {
                type = type_()
            }
            return FieldNode(id: nid(), pos: start, names: names, type: type, tag: optionalTag())
        case .mul:
            next()
            var t: any Expr
            if tok == .lparen {
                syntaxError("cannot parenthesize embedded type")
                next()
                t = qualifiedName(nil)
                _ = got(.rparen)
            } else {
                t = qualifiedName(nil)
            }
            let star = StarExpr(id: nid(), pos: start, x: t)
            return FieldNode(id: nid(), pos: start, names: [], type: star, tag: optionalTag())
        case .lparen:
            syntaxError("cannot parenthesize embedded type")
            next()
            var t: any Expr
            if tok == .mul {
                let sp = pos
                next()
                t = StarExpr(id: nid(), pos: sp, x: qualifiedName(nil))
            } else {
                t = qualifiedName(nil)
            }
            _ = got(.rparen)
            return FieldNode(id: nid(), pos: start, names: [], type: t, tag: optionalTag())
        default:
            syntaxError("expected field name or embedded type")
            advance([.semicolon, .rbrace])
            return nil
        }
    }

    /// InterfaceType = "interface" "{" { ( MethodElem | TypeElem ) ";" } "}" .
    func interfaceType() -> InterfaceTypeExpr {
        let start = pos
        want(.kwInterface)
        want(.lbrace)
        var elems: [FieldNode] = []
        let rb = list("interface type", sep: .semicolon, close: .rbrace) {
            let p = pos
            if tok == .ident {
                let n = name()
                if tok == .lparen {
                    let ft = funcType(context: "interface method", start: n.pos)
                    elems.append(FieldNode(id: nid(), pos: p, names: [n], type: ft))
                    return false
                }
                let t = qualifiedName(n)
                elems.append(FieldNode(id: nid(), pos: p, names: [], type: embeddedElem(t)))
                return false
            }
            elems.append(FieldNode(id: nid(), pos: p, names: [], type: embeddedElem(nil)))
            return false
        }
        return InterfaceTypeExpr(id: nid(), pos: start, elements: elems, rbrace: rb)
    }

    /// EmbeddedElem = EmbeddedTerm { "|" EmbeddedTerm }, starting with `first` if given.
    func embeddedElem(_ first: (any Expr)?) -> any Expr {
        var x = first ?? embeddedTerm()
        while tok == .or {
            let op = pos
            next()
            x = BinaryExpr(id: nid(), x: x, op: .or, opPos: op, y: embeddedTerm())
        }
        return x
    }

    /// EmbeddedTerm = [ "~" ] Type .
    func embeddedTerm() -> any Expr {
        if tok == .tilde {
            let p = pos
            next()
            return UnaryExpr(id: nid(), pos: p, op: .tilde, x: type_())
        }
        if let t = typeOrNil() { return t }
        let b = badExpr()
        syntaxError("expected ~ term or type")
        advance([.or, .semicolon, .rparen, .rbrack, .rbrace])
        return b
    }
}
