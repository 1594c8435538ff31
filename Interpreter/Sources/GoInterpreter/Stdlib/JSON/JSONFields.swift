import GoStdlibCore

/// One JSON-visible field of a struct type, after tags and embedding are applied.
struct JSONField {
    /// The key in JSON (the tag name, else the Go field name).
    let name: [UInt8]
    /// Field indices from the outer struct through embedded structs to the field.
    let path: [Int]
    let type: GoType
    let omitEmpty: Bool
    let omitZero: Bool
    /// The `,string` option on a bool, number or string field.
    let quoted: Bool
    let tagged: Bool
}

/// Go's `reflect.StructTag.Get`: the value for `key` in a conventional tag string.
func structTagValue(_ tag: String, _ key: String) -> String? {
    var rest = Substring(tag)
    while !rest.isEmpty {
        rest = rest.drop { $0 == " " }
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let name = rest[..<colon]
        if name.isEmpty || name.contains(where: { $0 <= " " || $0 == "\"" }) { return nil }
        rest = rest[rest.index(after: colon)...]
        guard rest.first == "\"" else { return nil }
        var end = rest.index(after: rest.startIndex)
        while end < rest.endIndex && rest[end] != "\"" {
            if rest[end] == "\\" { end = rest.index(after: end) }
            if end < rest.endIndex { end = rest.index(after: end) }
        }
        guard end < rest.endIndex else { return nil }
        let quoted = rest[rest.startIndex...end]
        rest = rest[rest.index(after: end)...]
        if name == key { return GoStrconv.unquote(String(quoted)) }
    }
    return nil
}

/// Whether a tag name may be used as a JSON key (Go's `isValidTag`).
private func isValidTagName(_ s: String) -> Bool {
    if s.isEmpty { return false }
    for ch in s.unicodeScalars {
        if "!#$%&()*+-./:;<=>?@[]^_{|}~ ".unicodeScalars.contains(ch) { continue }
        if !(ch.properties.isAlphabetic || ch.properties.numericType != nil) { return false }
    }
    return true
}

/// Computes (and caches per type) the JSON fields of struct types, following Go's
/// `typeFields`: breadth-first through untagged embedded structs, then the dominant field
/// per name (shallowest; a tagged one breaks a tie; otherwise the name is dropped).
final class JSONFieldCache {
    private var cache: [Int: [JSONField]] = [:]

    func fields(of structType: GoType) -> [JSONField] {
        if let known = cache[structType.id] { return known }
        let computed = Self.compute(structType)
        cache[structType.id] = computed
        return computed
    }

    private struct Candidate {
        var field: JSONField
        var depth: Int
    }

    private static func compute(_ root: GoType) -> [JSONField] {
        var candidates: [Candidate] = []
        var current: [(GoType, [Int])] = [(root, [])]
        var visited: Set<Int> = []
        var depth = 0
        while !current.isEmpty {
            var next: [(GoType, [Int])] = []
            for (type, path) in current {
                guard visited.insert(type.id).inserted, let info = type.structure else { continue }
                for (i, field) in info.fields.enumerated() {
                    var fieldType = field.type
                    if field.embedded {
                        if let element = fieldType.pointerElement, fieldType.named == nil { fieldType = element }
                        if !field.isExported && fieldType.structure == nil { continue }
                    } else if !field.isExported {
                        continue
                    }
                    let tag = structTagValue(field.tag, "json") ?? ""
                    if tag == "-" { continue }
                    var parts = tag.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                    var name = parts.isEmpty ? "" : parts.removeFirst()
                    if !isValidTagName(name) { name = "" }
                    if !field.embedded, let element = fieldType.pointerElement, fieldType.named == nil { fieldType = element }
                    if name.isEmpty && field.embedded && fieldType.structure != nil {
                        next.append((fieldType, path + [i]))
                        continue
                    }
                    var quoted = false
                    if parts.contains("string"), let kind = fieldType.basicKind {
                        quoted = kind == .bool || kind.isInteger || kind.isFloat || kind == .string
                    }
                    let jsonField = JSONField(name: Array((name.isEmpty ? field.name : name).utf8), path: path + [i], type: field.type,
                                              omitEmpty: parts.contains("omitempty"), omitZero: parts.contains("omitzero"),
                                              quoted: quoted, tagged: !name.isEmpty)
                    candidates.append(Candidate(field: jsonField, depth: depth))
                }
            }
            current = next
            depth += 1
        }
        // Dominance by name, keeping the original field order for the survivors.
        var byName: [[UInt8]: [Int]] = [:]
        for (k, c) in candidates.enumerated() { byName[c.field.name, default: []].append(k) }
        var keep = Set<Int>()
        for (_, indices) in byName {
            let shallowest = indices.map { candidates[$0].depth }.min()!
            let top = indices.filter { candidates[$0].depth == shallowest }
            if top.count == 1 { keep.insert(top[0]); continue }
            let tagged = top.filter { candidates[$0].field.tagged }
            if tagged.count == 1 { keep.insert(tagged[0]) }
        }
        return candidates.indices.filter { keep.contains($0) }
            .map { candidates[$0].field }
            .sorted { $0.path.lexicographicallyPrecedes($1.path) }
    }
}
