/// One node of the format-independent configuration tree that every source (YAML, TOML, CLI
/// flags, environment variables) is first turned into. The decoder works only on this tree, so
/// all sources share one set of Traefik (paerser) decoding rules.
///
/// Scalars keep their text plus the kind the source gave them: Traefik converts weakly
/// (`priority: "10"` and `priority: 10` are the same), but plugin options need the kind (§2.6.1).
public struct ConfigNode: Sendable, CustomStringConvertible {
    public enum Value: Sendable {
        case null
        case scalar(String, ScalarKind)
        case list([ConfigNode])
        /// Entries in source order (TOML sources give them sorted by key).
        case map([ConfigEntry])
    }

    public var value: Value
    /// 1-based source line, when the source knows it (YAML does, TOML/CLI/env do not).
    public var line: Int?

    public init(_ value: Value, line: Int? = nil) {
        self.value = value
        self.line = line
    }

    public static func string(_ text: String, line: Int? = nil) -> ConfigNode {
        ConfigNode(.scalar(text, .string), line: line)
    }

    public static func map(_ entries: [ConfigEntry], line: Int? = nil) -> ConfigNode {
        ConfigNode(.map(entries), line: line)
    }

    public static func list(_ items: [ConfigNode], line: Int? = nil) -> ConfigNode {
        ConfigNode(.list(items), line: line)
    }

    public static let null = ConfigNode(.null)

    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// Null, `{}`, `[]`: a section "with no children" in paerser's terms.
    public var hasNoChildren: Bool {
        switch value {
        case .null: return true
        case .map(let entries): return entries.isEmpty
        case .list(let items): return items.isEmpty
        case .scalar: return false
        }
    }

    public var scalarText: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    public var entries: [ConfigEntry]? {
        if case .map(let entries) = value { return entries }
        return nil
    }

    /// Looks a key up case-insensitively (struct-field semantics).
    public func entry(named name: String) -> ConfigEntry? {
        entries?.first { $0.key.caseInsensitiveEquals(name) }
    }

    public var description: String {
        switch value {
        case .null: return "null"
        case .scalar(let text, _): return "\"\(text)\""
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + entries.map { "\($0.key): \($0.node.description)" }.joined(separator: ", ") + "}"
        }
    }
}

/// How the source typed a scalar. Flags and environment variables only produce `.string`.
public enum ScalarKind: Sendable, Equatable {
    case string, int, float, bool
}

public struct ConfigEntry: Sendable {
    /// The key exactly as written (map keys keep their case).
    public var key: String
    /// Line of the key itself, which is where "field not found" errors point.
    public var keyLine: Int?
    public var node: ConfigNode

    public init(key: String, keyLine: Int? = nil, node: ConfigNode) {
        self.key = key
        self.keyLine = keyLine
        self.node = node
    }
}

/// Semantic equality: source positions are ignored and maps compare as unordered, so the same
/// configuration written in YAML and in TOML gives equal trees.
extension ConfigNode: Equatable {
    public static func == (lhs: ConfigNode, rhs: ConfigNode) -> Bool {
        switch (lhs.value, rhs.value) {
        case (.null, .null):
            return true
        case let (.scalar(a, kindA), .scalar(b, kindB)):
            return a == b && kindA == kindB
        case let (.list(a), .list(b)):
            return a == b
        case let (.map(a), .map(b)):
            guard a.count == b.count else { return false }
            return a.allSatisfy { left in b.contains { $0.key == left.key && $0.node == left.node } }
        default:
            return false
        }
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool {
        self.count == other.count && self.lowercased() == other.lowercased()
    }
}
