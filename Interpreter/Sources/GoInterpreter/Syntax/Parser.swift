// Recursive-descent parser for Go 1.22 source. Its structure and error wording follow gc's
// parser (cmd/compile/internal/syntax) so messages read like `go build`'s; the tree it builds
// is shaped like go/ast (grouped names in fields and specs, parentheses kept).
//
// The parser is a class used by one thread for one file; the tree it returns is immutable.

public enum GoParser {
    /// Parses one file into `fset`. The file is nil when the package clause is unusable.
    /// Diagnostics are sorted by position, one syntax error per line at most, as gc prints them.
    public static func parseFile(name: String, source: [UInt8], into fset: inout FileSet) -> (File?, [Diagnostic]) {
        let sf = fset.addFile(name: name, bytes: source)
        let p = Parser(file: sf, firstID: fset.nodeCount)
        let file = p.parseFile()
        fset.nodeCount = p.nextID
        return (file, p.finishedDiagnostics())
    }

    /// Convenience for tests and tools: parses a string.
    public static func parseFile(name: String, source: String, into fset: inout FileSet) -> (File?, [Diagnostic]) {
        parseFile(name: name, source: Array(source.utf8), into: &fset)
    }

    /// Parses a standalone expression (for tests and tools).
    public static func parseExpr(_ source: String, into fset: inout FileSet) -> ((any Expr)?, [Diagnostic]) {
        let sf = fset.addFile(name: "expr", bytes: Array(source.utf8))
        let p = Parser(file: sf, firstID: fset.nodeCount)
        let x = p.parseStandaloneExpr()
        fset.nodeCount = p.nextID
        return (x, p.finishedDiagnostics())
    }
}

final class Parser {
    let file: SourceFile
    var scanner: Scanner
    var scannerErrorsSeen = 0

    // Current token.
    var tok: Token = .eof
    var pos: Pos = .none
    var lit: String = ""

    var nextID: Int
    var diagnostics: [Diagnostic] = []
    var errorCount = 0
    /// Expression nesting: < 0 inside a control clause header, where `T {` starts a block.
    var xnest = 0
    /// Function nesting, for error recovery.
    var fnest = 0
    /// Syntactic nesting depth. Parsing and checking recurse over the tree, so a hostile
    /// source nested thousands deep could overflow the stack; beyond `maxNesting` the parser
    /// gives up with an error (go/parser has the same kind of limit).
    var nesting = 0
    static let maxNesting = 1000
    /// Longest chain of binary operators in one expression (the tree leans left).
    static let maxBinaryChain = 10000
    var tooDeep = false

    init(file: SourceFile, firstID: Int) {
        self.file = file
        self.scanner = Scanner(file: file)
        self.nextID = firstID
        next()
    }

    @inline(__always) func nid() -> Int { defer { nextID += 1 }; return nextID }

    /// Enters one nesting level; false (after reporting once and skipping to the end of the
    /// file) when the limit is exceeded.
    func enter() -> Bool {
        nesting += 1
        if nesting <= Parser.maxNesting && !tooDeep { return true }
        if !tooDeep {
            tooDeep = true
            syntaxError("exceeded max nesting depth")
            while tok != .eof { next() }
        }
        return false
    }

    func leave() { nesting -= 1 }

    func next() {
        let l = scanner.next()
        tok = l.tok; pos = l.pos; lit = l.lit
        while scannerErrorsSeen < scanner.errors.count {
            diagnostics.append(scanner.errors[scannerErrorsSeen])
            scannerErrorsSeen += 1
            errorCount += 1
        }
    }

    func got(_ t: Token) -> Bool {
        if tok == t { next(); return true }
        return false
    }

    func want(_ t: Token) {
        if !got(t) {
            syntaxError("expected " + Parser.tokstring(t))
            advance([])
        }
    }

    /// Accepts `=`, and also `:=` with a complaint, for better recovery.
    func gotAssign() -> Bool {
        switch tok {
        case .define:
            syntaxError("expected =")
            next(); return true
        case .assign:
            next(); return true
        default:
            return false
        }
    }

    // MARK: errors

    func errorAt(_ p: Pos, _ msg: String) {
        diagnostics.append(Diagnostic(pos: p, message: msg))
        errorCount += 1
    }

    func error(_ msg: String) { errorAt(pos, msg) }
    func syntaxError(_ msg: String) { syntaxErrorAt(pos, msg) }

    /// gc's rule: a message starting with "in ", "at ", "after " or "expected " is appended to
    /// "unexpected <current token>"; any other message stands alone.
    func syntaxErrorAt(_ p: Pos, _ msg: String) {
        if tok == .eof && errorCount > 0 { return }   // avoid meaningless follow-up errors
        var m = msg
        if msg.hasPrefix("in ") || msg.hasPrefix("at ") || msg.hasPrefix("after ") {
            m = " " + msg
        } else if msg.hasPrefix("expected ") {
            m = ", " + msg
        } else if !msg.isEmpty {
            errorAt(p, "syntax error: " + msg)
            return
        }
        errorAt(p, "syntax error: unexpected " + describeCurrent() + m)
    }

    func describeCurrent() -> String {
        switch tok {
        case .ident: return "name " + lit
        case .semicolon: return lit
        case .int, .float, .imag, .char, .string: return "literal " + lit
        default: return Parser.tokstring(tok)
        }
    }

    static func tokstring(_ t: Token) -> String {
        switch t {
        case .comma: return "comma"
        case .semicolon: return "semicolon or newline"
        default: return t.isKeyword ? "keyword " + t.text : t.text
        }
    }

    static let stopset: Set<Token> = [.kwBreak, .kwConst, .kwContinue, .kwDefer, .kwFallthrough, .kwFor,
                                      .kwGo, .kwGoto, .kwIf, .kwReturn, .kwSelect, .kwSwitch, .kwType, .kwVar]

    /// Skips tokens until one in `follow` (or, inside functions, a statement keyword).
    /// With an empty follow list exactly one token is skipped.
    func advance(_ follow: [Token]) {
        if follow.isEmpty {
            if tok != .eof { next() }
            return
        }
        while tok != .eof && !follow.contains(tok) && !(fnest > 0 && Parser.stopset.contains(tok)) {
            next()
        }
    }

    /// Sorted diagnostics, at most one syntax error per line (as gc), capped at 10 errors.
    func finishedDiagnostics() -> [Diagnostic] {
        let sorted = diagnostics.enumerated().sorted { a, b in
            a.element.pos != b.element.pos ? a.element.pos < b.element.pos : a.offset < b.offset
        }.map(\.element)
        var out: [Diagnostic] = []
        var lastLine = -1
        for d in sorted {
            let line = file.position(of: d.pos).line
            if line == lastLine { continue }
            lastLine = line
            out.append(d)
        }
        return out
    }

    // MARK: lists

    /// `[ f { sep f } [sep] ] close`; f returns true to stop accepting elements.
    /// Returns the position of the closing token.
    @discardableResult
    func list(_ context: String, sep: Token, close: Token, _ f: () -> Bool) -> Pos {
        var done = false
        while tok != .eof && tok != close && !done {
            done = f()
            if !got(sep) && tok != close {
                syntaxError("in \(context); possibly missing \(Parser.tokstring(sep)) or \(Parser.tokstring(close))")
                advance([.rparen, .rbrack, .rbrace])
                if tok != close { return pos }
            }
        }
        let p = pos
        want(close)
        return p
    }

    // MARK: names

    func name() -> Ident {
        if tok == .ident {
            let n = Ident(id: nid(), pos: pos, name: lit)
            next()
            return n
        }
        let n = Ident(id: nid(), pos: pos, name: "_")
        syntaxError("expected name")
        advance([])
        return n
    }

    func nameList(_ first: Ident) -> [Ident] {
        var l = [first]
        while got(.comma) { l.append(name()) }
        return l
    }

    func badExpr() -> BadExpr { BadExpr(id: nid(), pos: pos) }

    func parseStandaloneExpr() -> (any Expr)? {
        let x = expr()
        if tok == .semicolon && lit != "semicolon" { next() }
        if tok != .eof { syntaxError("after expression") }
        return x
    }
}
