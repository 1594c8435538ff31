/// Builds a tree from dotted option paths and string values, the shape shared by CLI flags
/// (`--entryPoints.web.address=:8080`) and environment variables
/// (`CAUSEWAY_ENTRYPOINTS_WEB_ADDRESS=:8080`). Every value is a string scalar; the decoder
/// converts weakly, as Traefik does.
struct FlagTreeBuilder {
    private var root: [ConfigEntry] = []

    /// Adds `value` at `path`. Path components are merged case-insensitively (flags are
    /// case-insensitive), keeping the first spelling seen. A scalar met where a section is needed
    /// becomes that section: `--api --api.insecure` enables `api` and sets `insecure`.
    mutating func set(path: [String], value: String) {
        guard !path.isEmpty else { return }
        Self.insert(into: &root, path: path[...], value: value)
    }

    var tree: ConfigNode { .map(root) }

    var isEmpty: Bool { root.isEmpty }

    private static func insert(into entries: inout [ConfigEntry], path: ArraySlice<String>, value: String) {
        let key = path.first!
        let rest = path.dropFirst()
        let index: Int
        if let existing = entries.firstIndex(where: { $0.key.caseInsensitiveEquals(key) }) {
            index = existing
        } else {
            entries.append(ConfigEntry(key: key, node: .null))
            index = entries.count - 1
        }
        if rest.isEmpty {
            // A later scalar never erases a section built by earlier, deeper flags.
            if entries[index].node.entries == nil || entries[index].node.entries!.isEmpty {
                entries[index].node = .string(value)
            }
            return
        }
        var children = entries[index].node.entries ?? []
        insert(into: &children, path: rest, value: value)
        entries[index].node = .map(children)
    }
}
