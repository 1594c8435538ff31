// Dumps a syntax tree as an indented outline with node kinds, ids and positions, for
// debugging the parser and the stages after it (`gointerp parse -tree`).

public enum TreeDumper {
    public static func dump(_ node: any Node, fileSet: FileSet) -> String {
        var out = ""
        write(node, label: nil, depth: 0, fileSet: fileSet, into: &out)
        return out
    }

    private static func write(_ node: any Node, label: String?, depth: Int, fileSet: FileSet, into out: inout String) {
        let p = fileSet.position(of: node.pos)
        out += String(repeating: "  ", count: depth)
        if let label { out += label + ": " }
        out += "\(type(of: node)) #\(node.id) \(p.line):\(p.column)"
        var children: [(String, any Node)] = []
        for child in Mirror(reflecting: node).children {
            guard let name = child.label, name != "id", name != "pos" else { continue }
            if name == "implicitFrom" {
                if let from = child.value as? ValueSpec { out += " implicitFrom=#\(from.id)" }
                continue
            }
            switch child.value {
            case let n as any Node:
                if let f = n as? File, f === node { continue }
                children.append((name, n))
            case let list as [any Node]:
                for (i, n) in list.enumerated() { children.append(("\(name)[\(i)]", n)) }
            case let s as String: out += " \(name)=\(s.debugDescription)"
            case let t as Token: out += " \(name)=\(t.isLiteral || t == .ident || t == .illegal ? "\(t)" : t.text)"
            case let b as Bool where b: out += " \(name)"
            case let i as Int where name == "iota": out += " iota=\(i)"
            case let d as ChanDir: out += " dir=\(d)"
            default:
                // Optionals and arrays of concrete node classes.
                let m = Mirror(reflecting: child.value)
                if m.displayStyle == .optional, let inner = m.children.first?.value {
                    if let n = inner as? any Node { children.append((name, n)) }
                    else if let list = inner as? [any Node] { for (i, n) in list.enumerated() { children.append(("\(name)[\(i)]", n)) } }
                } else if m.displayStyle == .collection {
                    for (i, c) in m.children.enumerated() {
                        if let n = c.value as? any Node { children.append(("\(name)[\(i)]", n)) }
                    }
                }
            }
        }
        out += "\n"
        for (name, n) in children { write(n, label: name, depth: depth + 1, fileSet: fileSet, into: &out) }
    }
}
