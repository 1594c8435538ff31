import GoStdlibCore

// The parse tree of a template. Nodes are classes so that a field node can remember how it
// resolved on the last type it saw (executions of a parsed template reuse the tree).

/// One parsed template body with what error messages need: the name given to Parse and the
/// full text (lines and columns are computed only when an error is reported).
final class TemplateTree {
    let name: String
    let parseName: String
    let text: [UInt8]
    var root: [TemplateNode] = []
    init(name: String, parseName: String, text: [UInt8]) { self.name = name; self.parseName = parseName; self.text = text }

    /// Go's IsEmptyTree: only whitespace text (and comments).
    var isEmpty: Bool {
        root.allSatisfy { if case .text(let t) = $0 { return GoStrings.trimSpace(t).isEmpty }; return false }
    }

    /// "name:line:col" of a byte offset (col counted from 0 as Go's ErrorContext does).
    func location(of pos: Int) -> String {
        let end = min(pos, text.count)
        var line = 1, lineStart = 0
        for i in 0..<end where text[i] == 0x0A { line += 1; lineStart = i + 1 }
        return "\(parseName):\(line):\(end - lineStart)"
    }
}

enum TemplateNode {
    case text([UInt8])
    case action(TemplatePipe, pos: Int)
    case branch(TemplateBranch)
    case template(TemplateCall)
    case breakLoop(pos: Int)
    case continueLoop(pos: Int)
}

final class TemplateBranch {
    enum Kind { case ifBranch, rangeLoop, withBranch }
    let kind: Kind
    let pos: Int
    let pipe: TemplatePipe
    var list: [TemplateNode] = []
    var elseList: [TemplateNode]? = nil
    init(kind: Kind, pos: Int, pipe: TemplatePipe) { self.kind = kind; self.pos = pos; self.pipe = pipe }
}

final class TemplateCall {
    let pos: Int
    let name: String
    let pipe: TemplatePipe?
    init(pos: Int, name: String, pipe: TemplatePipe?) { self.pos = pos; self.name = name; self.pipe = pipe }
}

final class TemplatePipe {
    let pos: Int
    var isAssign = false
    var declarations: [String] = []
    var commands: [TemplateCommand] = []
    init(pos: Int) { self.pos = pos }

    var description: String {
        var s = ""
        if !declarations.isEmpty { s = declarations.joined(separator: ", ") + (isAssign ? " = " : " := ") }
        return s + commands.map(\.description).joined(separator: " | ")
    }
}

final class TemplateCommand {
    let pos: Int
    var args: [TemplateArg] = []
    init(pos: Int) { self.pos = pos }
    var description: String {
        args.map { arg -> String in
            if case .pipe(let p) = arg { return "(" + p.description + ")" }
            return arg.description
        }.joined(separator: " ")
    }
}

/// A chain of field names after a term (`.A.B`, `$x.A`, `(pipe).A`) and the per-node cache of
/// how the last receiver type resolved each step.
final class TemplateFieldChain {
    let pos: Int
    let names: [String]
    var cache: [TemplateFieldResolution?]
    /// Per step, the id of the last receiver type seen that is neither a pointer nor an
    /// interface, so the next execution can skip the indirection walk.
    var plainTypeIDs: [Int]
    /// Per step, the last pointer-to-struct receiver type seen and its element type: a
    /// non-nil pointer of that type dereferences in one step.
    var pointerTypeIDs: [Int]
    var pointerTargets: [GoType?]
    init(pos: Int, names: [String]) {
        self.pos = pos; self.names = names
        cache = Array(repeating: nil, count: names.count)
        plainTypeIDs = Array(repeating: -1, count: names.count)
        pointerTypeIDs = plainTypeIDs
        pointerTargets = Array(repeating: nil, count: names.count)
    }
}

struct TemplateNumber {
    let text: String
    var isInt = false, isUint = false, isFloat = false, isComplex = false
    var int: Int64 = 0, uint: UInt64 = 0, float: Double = 0
}

indirect enum TemplateArg {
    case field(TemplateFieldChain)
    case variable(name: String, chain: TemplateFieldChain?, pos: Int)
    case chain(TemplateArg, TemplateFieldChain)   // a parenthesized pipeline with fields
    case identifier(String, pos: Int)
    case dot(pos: Int)
    case nilValue(pos: Int)
    case bool(Bool, pos: Int)
    case number(TemplateNumber, pos: Int)
    case string(quoted: String, value: [UInt8], pos: Int)
    case pipe(TemplatePipe)

    var pos: Int {
        switch self {
        case .field(let c): return c.pos
        case .variable(_, _, let p), .identifier(_, let p), .dot(let p), .nilValue(let p), .bool(_, let p), .number(_, let p), .string(_, _, let p): return p
        case .chain(_, let c): return c.pos
        case .pipe(let p): return p.pos
        }
    }

    var description: String {
        switch self {
        case .field(let c): return c.names.map { "." + $0 }.joined()
        case .variable(let n, let c, _): return n + (c?.names.map { "." + $0 }.joined() ?? "")
        case .chain(let a, let c):
            let base: String
            if case .pipe(let p) = a { base = "(" + p.description + ")" } else { base = a.description }
            return base + c.names.map { "." + $0 }.joined()
        case .identifier(let n, _): return n
        case .dot: return "."
        case .nilValue: return "nil"
        case .bool(let b, _): return b ? "true" : "false"
        case .number(let n, _): return n.text
        case .string(let q, _, _): return q
        case .pipe(let p): return p.description
        }
    }
}
