import GoStdlibCore

// Recursive-descent parser for template text, following Go's text/template/parse: the same
// grammar, the same checks at parse time (defined functions and variables, {{break}} only in
// {{range}}) and the same error texts ("template: NAME:LINE: MESSAGE").

struct TemplateParseError: Error {
    let message: String
}

struct TemplateParser {
    private let tokens: [TemplateToken]
    private var index = 0
    /// The furthest token read so far (peeks included): Go reports errors at its line.
    private var furthest = 0
    private let parseName: String
    private let text: [UInt8]
    private let hasFunction: (String) -> Bool
    private var vars: [String] = ["$"]
    private var rangeDepth = 0
    /// Nesting of control structures and parenthesized pipelines. Go limits only the latter
    /// (at 10000, relying on growable stacks); one lower limit for both keeps the recursive
    /// parser and executor within a thread's fixed stack.
    private var nesting = 0
    static let maxNesting = 1000
    private var actionLine = 0
    /// Templates defined by this parse (the top-level one included), by name.
    private(set) var trees: [String: TemplateTree] = [:]
    private var treeOrder: [String] = []

    /// Parses `text` as template `name`, returning every tree it defines (in definition order).
    static func parse(name: String, text: [UInt8], left: [UInt8], right: [UInt8], hasFunction: @escaping (String) -> Bool) throws(TemplateParseError) -> [TemplateTree] {
        var p = TemplateParser(tokens: TemplateLexer.tokenize(text, left: left, right: right), parseName: name, text: text, hasFunction: hasFunction)
        let top = TemplateTree(name: name, parseName: name, text: text)
        top.root = try p.parseTop()
        try p.add(top)
        return p.treeOrder.compactMap { p.trees[$0] }
    }

    private init(tokens: [TemplateToken], parseName: String, text: [UInt8], hasFunction: @escaping (String) -> Bool) {
        self.tokens = tokens; self.parseName = parseName; self.text = text; self.hasFunction = hasFunction
    }

    // MARK: tokens

    private mutating func peek() -> TemplateToken {
        furthest = max(furthest, index)
        return tokens[min(index, tokens.count - 1)]
    }
    private mutating func next() -> TemplateToken {
        furthest = max(furthest, index)
        let t = tokens[min(index, tokens.count - 1)]
        index += 1
        return t
    }
    private mutating func backup(_ n: Int = 1) { index -= n }
    private mutating func nextNonSpace() -> TemplateToken {
        var t = next()
        while t.kind == .space { t = next() }
        return t
    }
    private mutating func peekNonSpace() -> TemplateToken {
        let t = nextNonSpace()
        backup()
        return t
    }
    private var currentLine: Int { tokens[min(furthest, tokens.count - 1)].line }

    private func error(_ message: String, line: Int? = nil) -> TemplateParseError {
        TemplateParseError(message: "template: \(parseName):\(line ?? currentLine): \(message)")
    }
    private mutating func unexpected(_ t: TemplateToken, _ context: String) -> TemplateParseError {
        if t.kind == .error {
            var extra = ""
            if actionLine != 0 && actionLine != t.line {
                extra = " in action started at \(parseName):\(actionLine)"
            }
            return error(t.description + extra, line: t.line)
        }
        return error("unexpected \(t.description) in \(context)", line: t.line)
    }
    private mutating func expect(_ kind: TemplateTokenKind, _ context: String) throws(TemplateParseError) -> TemplateToken {
        let t = nextNonSpace()
        if t.kind != kind { throw unexpected(t, context) }
        return t
    }

    private mutating func add(_ tree: TemplateTree) throws(TemplateParseError) {
        if let old = trees[tree.name], !old.isEmpty {
            if tree.isEmpty { return }
            throw error("template: multiple definition of template \(GoStrconv.quote(tree.name))")
        }
        if trees[tree.name] == nil { treeOrder.append(tree.name) }
        trees[tree.name] = tree
    }

    // MARK: structure

    private enum Item {
        case node(TemplateNode)
        case end(pos: Int)
        case elseItem(pos: Int, line: Int)
    }

    private mutating func parseTop() throws(TemplateParseError) -> [TemplateNode] {
        var list: [TemplateNode] = []
        while peek().kind != .eof {
            if peek().kind == .leftDelim {
                let delimIndex = index
                _ = next()
                if nextNonSpace().kind == .define {
                    try parseDefinition()
                    continue
                }
                index = delimIndex
            }
            switch try textOrAction() {
            case .node(let n): list.append(n)
            case .end: throw error("unexpected {{end}}")
            case .elseItem: throw error("unexpected {{else}}")
            }
        }
        if peek().kind == .eof, index < tokens.count, tokens[index].kind == .error { throw unexpected(tokens[index], "input") }
        return list
    }

    /// `{{define "name"}} ... {{end}}`, the define keyword already consumed.
    private mutating func parseDefinition() throws(TemplateParseError) {
        let context = "define clause"
        let nameToken = nextNonSpace()
        guard nameToken.kind == .string || nameToken.kind == .rawString else { throw unexpected(nameToken, context) }
        let name = try unquote(nameToken)
        _ = try expect(.rightDelim, context)
        let savedVars = vars
        vars = ["$"]
        let tree = TemplateTree(name: String(decoding: name, as: UTF8.self), parseName: parseName, text: text)
        let (list, end) = try itemList()
        if case .elseItem = end { throw error("unexpected {{else}} in \(context)") }
        tree.root = list
        vars = savedVars
        try add(tree)
    }

    private mutating func itemList() throws(TemplateParseError) -> ([TemplateNode], Item) {
        var list: [TemplateNode] = []
        while peekNonSpace().kind != .eof {
            let item = try textOrAction()
            switch item {
            case .node(let n): list.append(n)
            case .end, .elseItem: return (list, item)
            }
        }
        if let e = tokens.last, e.kind == .error { throw unexpected(e, "input") }
        throw error("unexpected EOF")
    }

    private mutating func textOrAction() throws(TemplateParseError) -> Item {
        let t = nextNonSpace()
        switch t.kind {
        case .text: return .node(.text(t.text))
        case .leftDelim:
            actionLine = t.line
            defer { actionLine = 0 }
            return try action()
        case .error: throw unexpected(t, "input")
        default: throw unexpected(t, "input")
        }
    }

    private mutating func action() throws(TemplateParseError) -> Item {
        let t = nextNonSpace()
        switch t.kind {
        case .block: return .node(try blockControl())
        case .breakKeyword: return .node(try loopControl(isBreak: true, pos: t.pos))
        case .continueKeyword: return .node(try loopControl(isBreak: false, pos: t.pos))
        case .elseKeyword:
            let p = peekNonSpace()
            if p.kind == .ifKeyword || p.kind == .with { return .elseItem(pos: p.pos, line: p.line) }
            let r = try expect(.rightDelim, "else")
            return .elseItem(pos: r.pos, line: r.line)
        case .end:
            let r = try expect(.rightDelim, "end")
            return .end(pos: r.pos)
        case .ifKeyword: return .node(.branch(try control(.ifBranch, "if", pos: t.pos)))
        case .range: return .node(.branch(try control(.rangeLoop, "range", pos: t.pos)))
        case .with: return .node(.branch(try control(.withBranch, "with", pos: t.pos)))
        case .template: return .node(try templateControl())
        default:
            backup()
            let start = peek().pos
            let pipe = try pipeline("command", end: .rightDelim)
            return .node(.action(pipe, pos: start))
        }
    }

    private mutating func loopControl(isBreak: Bool, pos: Int) throws(TemplateParseError) -> TemplateNode {
        let name = isBreak ? "{{break}}" : "{{continue}}"
        let t = nextNonSpace()
        if t.kind != .rightDelim { throw unexpected(t, name) }
        if rangeDepth == 0 { throw error("\(name) outside {{range}}") }
        return isBreak ? .breakLoop(pos: pos) : .continueLoop(pos: pos)
    }

    private mutating func control(_ kind: TemplateBranch.Kind, _ context: String, pos: Int) throws(TemplateParseError) -> TemplateBranch {
        try enterNesting()
        defer { nesting -= 1 }
        let savedVars = vars.count
        defer { vars.removeLast(vars.count - savedVars) }
        let pipe = try pipeline(context, end: .rightDelim)
        let branch = TemplateBranch(kind: kind, pos: pos, pipe: pipe)
        if kind == .rangeLoop { rangeDepth += 1 }
        let (list, ending) = try itemList()
        if kind == .rangeLoop { rangeDepth -= 1 }
        branch.list = list
        if case .elseItem = ending {
            let p = peek()
            if kind == .ifBranch && p.kind == .ifKeyword {
                _ = next()
                branch.elseList = [.branch(try control(.ifBranch, "if", pos: p.pos))]
            } else if kind == .withBranch && p.kind == .with {
                _ = next()
                branch.elseList = [.branch(try control(.withBranch, "with", pos: p.pos))]
            } else {
                let (elseList, end) = try itemList()
                guard case .end = end else { throw error("expected end; found {{else}}") }
                branch.elseList = elseList
            }
        }
        return branch
    }

    private mutating func enterNesting() throws(TemplateParseError) {
        if nesting >= Self.maxNesting { throw error("max expression depth exceeded") }
        nesting += 1
    }

    private mutating func templateControl() throws(TemplateParseError) -> TemplateNode {
        let context = "template clause"
        let t = nextNonSpace()
        guard t.kind == .string || t.kind == .rawString else { throw unexpected(t, context) }
        let name = String(decoding: try unquote(t), as: UTF8.self)
        var pipe: TemplatePipe? = nil
        if nextNonSpace().kind != .rightDelim {
            backup()
            pipe = try pipeline(context, end: .rightDelim)
        }
        return .template(TemplateCall(pos: t.pos, name: name, pipe: pipe))
    }

    /// `{{block "name" pipeline}} T {{end}}`: defines "name" as T and executes it in place.
    private mutating func blockControl() throws(TemplateParseError) -> TemplateNode {
        try enterNesting()
        defer { nesting -= 1 }
        let context = "block clause"
        let t = nextNonSpace()
        guard t.kind == .string || t.kind == .rawString else { throw unexpected(t, context) }
        let name = String(decoding: try unquote(t), as: UTF8.self)
        let pipe = try pipeline(context, end: .rightDelim)
        let savedVars = vars
        vars = ["$"]
        let tree = TemplateTree(name: name, parseName: parseName, text: text)
        let (list, end) = try itemList()
        guard case .end = end else { throw error("unexpected {{else}} in \(context)") }
        tree.root = list
        vars = savedVars
        try add(tree)
        return .template(TemplateCall(pos: t.pos, name: name, pipe: pipe))
    }

    // MARK: pipelines

    private mutating func pipeline(_ context: String, end: TemplateTokenKind) throws(TemplateParseError) -> TemplatePipe {
        let pipe = TemplatePipe(pos: peekNonSpace().pos)
        // Declarations: `$x :=`, `$x =`, `$i, $v :=` (range only).
        declarations: while peekNonSpace().kind == .variable {
            let v = nextNonSpace()
            let afterVariable = peek()
            let n = peekNonSpace()
            if n.kind == .assign || n.kind == .declare {
                pipe.isAssign = n.kind == .assign
                _ = nextNonSpace()
                pipe.declarations.append(String(decoding: v.text, as: UTF8.self))
                vars.append(String(decoding: v.text, as: UTF8.self))
                break declarations
            } else if n.kind == .char && n.text == [0x2C] {
                _ = nextNonSpace()
                pipe.declarations.append(String(decoding: v.text, as: UTF8.self))
                vars.append(String(decoding: v.text, as: UTF8.self))
                if context == "range" && pipe.declarations.count < 2 {
                    switch peekNonSpace().kind {
                    case .variable, .rightDelim, .rightParen: continue declarations
                    default: throw error("range can only initialize variables")
                    }
                }
                throw error("too many declarations in \(context)")
            } else if afterVariable.kind == .space {
                backup(2)
                break declarations
            } else {
                backup()
                break declarations
            }
        }
        while true {
            let t = nextNonSpace()
            if t.kind == end {
                if pipe.commands.isEmpty { throw error("missing value for \(context)") }
                for (i, c) in pipe.commands.enumerated().dropFirst() {
                    switch c.args[0] {
                    case .bool, .dot, .nilValue, .number, .string:
                        throw error("non executable command in pipeline stage \(i + 1)")
                    default: break
                    }
                }
                return pipe
            }
            switch t.kind {
            case .bool, .charConstant, .dot, .field, .identifier, .number, .nilKeyword, .rawString, .string, .variable, .leftParen:
                backup()
                pipe.commands.append(try command())
            default:
                throw unexpected(t, context)
            }
        }
    }

    private mutating func command() throws(TemplateParseError) -> TemplateCommand {
        let cmd = TemplateCommand(pos: peekNonSpace().pos)
        while true {
            _ = peekNonSpace()
            if let operand = try operand() { cmd.args.append(operand) }
            let t = next()
            switch t.kind {
            case .space: continue
            case .rightDelim, .rightParen: backup()
            case .pipe: break
            default: throw unexpected(t, "operand")
            }
            break
        }
        if cmd.args.isEmpty { throw error("empty command") }
        return cmd
    }

    private mutating func operand() throws(TemplateParseError) -> TemplateArg? {
        guard let node = try term() else { return nil }
        guard peek().kind == .field else { return node }
        let chainPos = peek().pos
        var names: [String] = []
        while peek().kind == .field { names.append(String(decoding: next().text.dropFirst(), as: UTF8.self)) }
        switch node {
        case .field(let c): return .field(TemplateFieldChain(pos: chainPos, names: c.names + names))
        case .variable(let name, _, _): return .variable(name: name, chain: TemplateFieldChain(pos: chainPos, names: names), pos: chainPos)
        case .bool, .string, .number, .nilValue, .dot:
            throw error("unexpected . after term \(GoStrconv.quote(node.description))")
        default: return .chain(node, TemplateFieldChain(pos: chainPos, names: names))
        }
    }

    private mutating func term() throws(TemplateParseError) -> TemplateArg? {
        let t = nextNonSpace()
        let s = String(decoding: t.text, as: UTF8.self)
        switch t.kind {
        case .identifier:
            if !hasFunction(s) { throw error("function \(GoStrconv.quote(s)) not defined") }
            return .identifier(s, pos: t.pos)
        case .dot: return .dot(pos: t.pos)
        case .nilKeyword: return .nilValue(pos: t.pos)
        case .variable:
            if !vars.contains(s) { throw error("undefined variable \(GoStrconv.quote(s))") }
            return .variable(name: s, chain: nil, pos: t.pos)
        case .field: return .field(TemplateFieldChain(pos: t.pos, names: [String(s.dropFirst())]))
        case .bool: return .bool(s == "true", pos: t.pos)
        case .charConstant, .number: return .number(try number(t), pos: t.pos)
        case .leftParen:
            try enterNesting()
            defer { nesting -= 1 }
            return .pipe(try pipeline("parenthesized pipeline", end: .rightParen))
        case .string, .rawString: return .string(quoted: s, value: try unquote(t), pos: t.pos)
        default:
            backup()
            return nil
        }
    }

    private func unquote(_ t: TemplateToken) throws(TemplateParseError) -> [UInt8] {
        guard let v = GoStrconv.unquote(t.text) else { throw error("invalid syntax") }
        return v
    }

    /// A number or character constant with every interpretation that fits (Go's NumberNode).
    private func number(_ t: TemplateToken) throws(TemplateParseError) -> TemplateNumber {
        let text = String(decoding: t.text, as: UTF8.self)
        var n = TemplateNumber(text: text)
        if t.kind == .charConstant {
            guard let (r, _, tail) = GoStrconv.unquoteChar(t.text.dropFirst(), quote: 0x27), tail == [0x27] else {
                throw error("malformed character constant: \(text)")
            }
            n.isInt = true; n.isUint = true; n.isFloat = true
            n.int = Int64(r); n.uint = UInt64(r); n.float = Double(r)
            return n
        }
        if text.hasSuffix("i") { throw error("complex constants are not supported: \(text)") }
        let (u, ue) = GoStrconv.parseUint(t.text, base: 0, bitSize: 64)
        if ue == nil { n.isUint = true; n.uint = u }
        let (i, ie) = GoStrconv.parseInt(t.text, base: 0, bitSize: 64)
        if ie == nil {
            n.isInt = true; n.int = i
            if i == 0 { n.isUint = true; n.uint = 0 }
        }
        if n.isInt { n.isFloat = true; n.float = Double(n.int) }
        else if n.isUint { n.isFloat = true; n.float = Double(n.uint) }
        else {
            let (f, fe) = GoStrconv.parseFloat(t.text, bitSize: 64)
            if fe == nil {
                if !text.contains(where: { ".eEpP".contains($0) }) { throw error("integer overflow: \(GoStrconv.quote(text))") }
                n.isFloat = true; n.float = f
                if f.rounded() == f, abs(f) < 9.2e18 { n.isInt = true; n.int = Int64(f) }
                if f.rounded() == f, f >= 0, f < 1.8e19 { n.isUint = true; n.uint = UInt64(f) }
            }
        }
        if !n.isInt && !n.isUint && !n.isFloat { throw error("illegal number syntax: \(GoStrconv.quote(text))") }
        return n
    }
}
