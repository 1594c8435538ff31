/// One method of a method set, with the way to reach its receiver.
public struct MethodSetEntry: Sendable {
    public let method: Method
    /// Embedded field indices from the outer value to the receiver.
    public let embeddedPath: [Int]
    /// The path goes through a pointer.
    public let indirect: Bool
    /// The named type or interface declaring the method.
    public let declaringType: GoType
}

/// Method sets (Go spec "Method sets"): for a type T, the promoted and declared methods
/// with value receivers; for *T, all of them. Sorted by name, which is the slot order of
/// interface method tables at run time.
public enum MethodSets {
    public static func methodSet(of type: GoType) -> [MethodSetEntry] {
        if let i = type.interface {
            // Interfaces and type parameters: the (constraint's) interface methods.
            return i.methods.map { MethodSetEntry(method: $0, embeddedPath: [], indirect: false, declaringType: type) }
        }
        let (start, isPointer) = FieldAndMethodLookup.dereferenced(type)
        if isPointer && start.isInterface { return [] }
        struct Key: Hashable { let name: String; let package: String? }
        // nil: the name is blocked (a shallower field, or a collision at its depth).
        var chosen: [Key: MethodSetEntry?] = [:]
        var current = [FieldAndMethodLookup.Candidate(type: start, path: [], indirect: isPointer, multiples: false)]
        var seen = Set<Int>()
        while !current.isEmpty {
            var methodsHere: [Key: MethodSetEntry?] = [:]
            var fieldsHere = Set<Key>()
            var next: [FieldAndMethodLookup.Candidate] = []
            func add(_ method: Method, _ candidate: FieldAndMethodLookup.Candidate) {
                let key = Key(name: method.name, package: method.package?.path)
                if methodsHere[key] != nil || candidate.multiples {
                    methodsHere[key] = .some(nil)
                } else {
                    methodsHere[key] = MethodSetEntry(method: method, embeddedPath: candidate.path,
                                                      indirect: candidate.indirect, declaringType: candidate.type)
                }
            }
            for candidate in current {
                let t = candidate.type
                if t.named != nil {
                    if seen.contains(t.id) { continue }
                    seen.insert(t.id)
                    t.named!.methods.forEach { add($0, candidate) }
                }
                switch t.underlying.kind {
                case .structure(let s):
                    for (i, field) in s.fields.enumerated() {
                        fieldsHere.insert(Key(name: field.name, package: field.package?.path))
                        if field.embedded {
                            let (embedded, viaPointer) = FieldAndMethodLookup.dereferenced(field.type)
                            next.append(.init(type: embedded, path: candidate.path + [i],
                                              indirect: candidate.indirect || viaPointer, multiples: candidate.multiples))
                        }
                    }
                case .interface(let i):
                    if !t.isTypeParameter { i.methods.forEach { add($0, candidate) } }
                default:
                    break
                }
            }
            for (key, entry) in methodsHere where chosen[key] == nil {
                chosen[key] = fieldsHere.contains(key) ? .some(nil) : entry
            }
            for key in fieldsHere where chosen[key] == nil { chosen[key] = .some(nil) }
            current = FieldAndMethodLookup.consolidated(next)
        }
        let entries = chosen.values.compactMap { $0 }.filter { entry in
            isPointer || entry.indirect || !entry.method.pointerReceiver
        }
        return entries.sorted { ($0.method.name, $0.method.package?.path ?? "") < ($1.method.name, $1.method.package?.path ?? "") }
    }
}
