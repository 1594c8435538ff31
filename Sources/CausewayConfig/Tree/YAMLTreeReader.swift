import Yams

/// Reads YAML text into a `ConfigNode` tree, keeping Yams' line marks.
enum YAMLTreeReader {
    static func read(_ text: String, file: String?) throws -> ConfigNode {
        let root: Node?
        do {
            // The basic resolver leaves tags alone: scalars are classified by `ScalarText` with
            // YAML 1.2 rules (Yams' default resolver is YAML 1.1, where `yes`/`on` are booleans).
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw convert(error, file: file)
        }
        guard let root else { return .map([]) }
        return convert(root)
    }

    private static func convert(_ node: Node) -> ConfigNode {
        let line = node.mark?.line
        switch node {
        case .scalar(let scalar):
            return ConfigNode(scalarValue(scalar), line: line)
        case .alias:
            // The parser resolves aliases to their anchored nodes; a bare alias cannot occur here.
            return ConfigNode(.null, line: line)
        case .sequence(let sequence):
            return .list(sequence.map(convert), line: line)
        case .mapping(let mapping):
            var entries: [ConfigEntry] = []
            var merged: [ConfigEntry] = []
            for (key, value) in mapping {
                if case .scalar(let keyScalar) = key, keyScalar.string == "<<", keyScalar.style == .plain {
                    merged += mergeEntries(convert(value))
                    continue
                }
                let keyText = key.scalar?.string ?? ""
                entries.append(ConfigEntry(key: keyText, keyLine: key.mark?.line, node: convert(value)))
            }
            // YAML merge keys (`<<: *defaults`): explicit keys win over merged ones.
            for entry in merged where !entries.contains(where: { $0.key == entry.key }) {
                entries.append(entry)
            }
            return .map(entries, line: line)
        }
    }

    private static func mergeEntries(_ node: ConfigNode) -> [ConfigEntry] {
        switch node.value {
        case .map(let entries): return entries
        case .list(let items): return items.flatMap { $0.entries ?? [] }
        default: return []
        }
    }

    private static func scalarValue(_ scalar: Node.Scalar) -> ConfigNode.Value {
        let tag = scalar.tag.rawValue
        if tag == Tag.Name.str.rawValue { return .scalar(scalar.string, .string) }
        let explicitlyTyped = [Tag.Name.int, .float, .bool, .null].contains { $0.rawValue == tag }
        guard scalar.style == .plain || explicitlyTyped else { return .scalar(scalar.string, .string) }
        guard let (text, kind) = ScalarText.classifyPlainYAML(scalar.string) else { return .null }
        return .scalar(text, kind)
    }

    private static func convert(_ error: YamlError, file: String?) -> ConfigError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return ConfigError(file: file, line: mark.line, message: "yaml: \(prefix)\(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ConfigError(file: file, line: context.mark.line,
                               message: "yaml: mapping key \"\(duplicates.joined(separator: ", "))\" already defined")
        default:
            return ConfigError(file: file, message: "yaml: \(error)")
        }
    }
}
