import GoStdlibCore

// The node an execution error is reported at ("executing \"t\" at <.Field>"). The executor
// records only (position, kind); the node is looked up in the tree when a message is built.

enum TemplateSiteKind { case arg, action, pipe, branch, call, command }

/// Where execution is, for error messages ("executing \"t\" at <.Field>").
enum TemplateSite {
    case arg(TemplateArg)
    case action(TemplatePipe)
    case pipe(TemplatePipe)
    case branch(TemplateBranch)
    case call(TemplateCall)
    case command(TemplateCommand)

    var description: String {
        switch self {
        case .arg(let a): return a.description
        case .action(let p): return "{{" + p.description + "}}"
        case .pipe(let p): return p.description
        case .branch(let b):
            let word = b.kind == .ifBranch ? "if" : b.kind == .rangeLoop ? "range" : "with"
            return "{{\(word) \(b.pipe.description)}}..."
        case .command(let c): return c.description
        case .call(let c): return "{{template " + GoStrconv.quote(c.name) + (c.pipe.map { " " + $0.description } ?? "") + "}}"
        }
    }
}

extension TemplateTree {
    /// The node of `kind` starting at `pos`.
    func site(_ kind: TemplateSiteKind, at pos: Int) -> TemplateSite? {
        TemplateSiteSearch(kind: kind, pos: pos).find(root)
    }
}

private struct TemplateSiteSearch {
    let kind: TemplateSiteKind
    let pos: Int

    func find(_ nodes: [TemplateNode]) -> TemplateSite? {
        for node in nodes {
            switch node {
            case .text, .breakLoop, .continueLoop: continue
            case .action(let pipe, let p):
                if kind == .action && p == pos { return .action(pipe) }
                if let s = find(pipe) { return s }
            case .branch(let b):
                if kind == .branch && b.pos == pos { return .branch(b) }
                if let s = find(b.pipe) ?? find(b.list) ?? b.elseList.flatMap(find) { return s }
            case .template(let c):
                if kind == .call && c.pos == pos { return .call(c) }
                if let p = c.pipe, let s = find(p) { return s }
            }
        }
        return nil
    }

    func find(_ pipe: TemplatePipe) -> TemplateSite? {
        if kind == .pipe && pipe.pos == pos { return .pipe(pipe) }
        for cmd in pipe.commands {
            if kind == .command && cmd.pos == pos { return .command(cmd) }
            for arg in cmd.args { if let s = find(arg) { return s } }
        }
        return nil
    }

    func find(_ arg: TemplateArg) -> TemplateSite? {
        switch arg {
        case .pipe(let p):
            // A parenthesized pipeline starts where its first argument does: prefer that one.
            if let s = find(p) { return s }
        case .chain(let base, _):
            if kind == .arg && arg.pos == pos { return .arg(arg) }
            return find(base)
        default: break
        }
        if kind == .arg && arg.pos == pos { return .arg(arg) }
        return nil
    }
}
