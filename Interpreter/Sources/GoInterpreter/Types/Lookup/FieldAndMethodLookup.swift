/// Field and method look-up with embedding (Go spec "Selectors"): the shallowest depth
/// wins; two candidates at that depth make the selector ambiguous.
public enum FieldAndMethodLookup {
    struct Candidate {
        let type: GoType
        let path: [Int]
        let indirect: Bool
        /// The same type was embedded more than once at this depth.
        let multiples: Bool
    }

    /// Looks up `name` (with `package` for unexported names) in `type`.
    public static func lookup(_ type: GoType, name: String, package: PackageRef?) -> LookupResult {
        guard name != "_" else { return .notFound }
        let package = isExportedName(name) ? nil : package
        // A defined pointer type (`type P *T`) has no methods of its own; `p.f` means
        // `(*p).f` for fields only.
        if type.named != nil, case .pointer = type.underlying.kind {
            let result = lookup(type.underlying, name: name, package: package)
            if case .found(let selection) = result, selection.isMethod { return .notFound }
            return result
        }
        let (start, isPointer) = dereferenced(type)
        if isPointer, start.isInterface {
            // A pointer to an interface has no methods and no fields.
            return .notFound
        }
        if case .typeParameter(let parameter) = start.kind {
            // Type parameters offer only their constraint's methods.
            guard let index = parameter.constraintInterface.methodIndex(named: name, package: package) else { return .notFound }
            let method = parameter.constraintInterface.methods[index]
            return .found(Selection(target: .method(method, index: index), embeddedPath: [], indirect: isPointer, declaringType: start))
        }
        if start.isInvalid { return .notFound }
        var current = [Candidate(type: start, path: [], indirect: isPointer, multiples: false)]
        var seen = Set<Int>()
        while !current.isEmpty {
            var found: Selection? = nil
            var next: [Candidate] = []
            for candidate in current {
                let type = candidate.type
                if let named = type.named {
                    if seen.contains(type.id) { continue }
                    seen.insert(type.id)
                    if let method = named.method(named: name, package: package) {
                        if found != nil || candidate.multiples { return .ambiguous }
                        found = Selection(target: .method(method, index: method.index), embeddedPath: candidate.path,
                                          indirect: candidate.indirect, declaringType: type)
                        continue
                    }
                }
                switch type.underlying.kind {
                case .structure(let s):
                    for (i, field) in s.fields.enumerated() {
                        if field.name == name && field.package == package {
                            if found != nil || candidate.multiples { return .ambiguous }
                            found = Selection(target: .field(field, index: i), embeddedPath: candidate.path,
                                              indirect: candidate.indirect, declaringType: type)
                            continue
                        }
                        if found == nil && field.embedded {
                            let (embedded, viaPointer) = dereferenced(field.type)
                            next.append(Candidate(type: embedded, path: candidate.path + [i],
                                                  indirect: candidate.indirect || viaPointer, multiples: candidate.multiples))
                        }
                    }
                case .interface(let i):
                    if let index = i.methodIndex(named: name, package: package) {
                        if found != nil || candidate.multiples { return .ambiguous }
                        found = Selection(target: .method(i.methods[index], index: index), embeddedPath: candidate.path,
                                          indirect: candidate.indirect, declaringType: type)
                    }
                default:
                    break
                }
            }
            if let found = found { return .found(found) }
            current = consolidated(next)
        }
        return .notFound
    }

    /// `T` for `*T` (named pointer types included) and whether a pointer was removed.
    static func dereferenced(_ type: GoType) -> (GoType, Bool) {
        if case .pointer(let element) = type.kind { return (element, true) }
        return (type, false)
    }

    /// Merges candidates of identical type at one depth, marking them as multiples.
    static func consolidated(_ candidates: [Candidate]) -> [Candidate] {
        guard candidates.count > 1 else { return candidates }
        var order: [Int] = []
        var byType: [Int: Candidate] = [:]
        for c in candidates {
            if let existing = byType[c.type.id] {
                byType[c.type.id] = Candidate(type: existing.type, path: existing.path, indirect: existing.indirect, multiples: true)
            } else {
                byType[c.type.id] = c
                order.append(c.type.id)
            }
        }
        return order.map { byType[$0]! }
    }
}
