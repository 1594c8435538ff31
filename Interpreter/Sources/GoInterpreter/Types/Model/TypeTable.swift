import Foundation

/// Creates and interns types. Every type literal is built through a table, which returns
/// the one existing instance for structurally identical literals, so identity is `id ==`.
/// One table serves one interpreter (all its packages, native bindings included); types
/// from different tables must not be mixed. Thread-safe: the checker builds most types,
/// but the runtime may build more (e.g. `reflect`), possibly from several goroutines.
public final class TypeTable: @unchecked Sendable {
    private let lock = NSLock()
    private var interned: [TypeKey: GoType] = [:]
    private var nextID = GoType.firstTableID

    public init() {
        for predeclared in [GoType.errorMethodSignature, GoType.errorInterface, GoType.emptyInterface, GoType.comparableInterface, GoType.emptySignature] {
            if let key = TypeTable.key(of: predeclared) { interned[key] = predeclared }
        }
    }

    // MARK: Type literals

    public func pointer(to element: GoType) -> GoType {
        intern(.pointer(element.id)) { .pointer(element) }
    }

    public func slice(of element: GoType) -> GoType {
        intern(.slice(element.id)) { .slice(element) }
    }

    public func array(of element: GoType, length: Int64) -> GoType {
        intern(.array(element.id, length)) { .array(element, length: length) }
    }

    public func map(key: GoType, value: GoType) -> GoType {
        intern(.map(key.id, value.id)) { .map(key: key, value: value) }
    }

    public func chan(of element: GoType, direction: ChanDirection = .both) -> GoType {
        intern(.chan(element.id, direction)) { .chan(element, direction) }
    }

    public func structure(_ fields: [StructField]) -> GoType {
        let key = TypeKey.structure(fields.map {
            .init(name: $0.name, packagePath: $0.package?.path, embedded: $0.embedded, tag: $0.tag, typeID: $0.type.id)
        })
        return intern(key) { .structure(StructInfo(fields: fields)) }
    }

    /// A function type; for a variadic function pass the last parameter as a slice type.
    public func signature(parameters: [GoType], results: [GoType], isVariadic: Bool = false) -> GoType {
        let key = TypeKey.signature(parameters: parameters.map(\.id), results: results.map(\.id), variadic: isVariadic)
        return intern(key) { .signature(Signature(parameters: parameters, results: results, isVariadic: isVariadic)) }
    }

    /// The type of a multi-valued expression. A one-element tuple is just that type.
    public func tuple(_ elements: [GoType]) -> GoType {
        if elements.count == 1 { return elements[0] }
        return intern(.tuple(elements.map(\.id))) { .tuple(elements) }
    }

    /// An interface literal. `embedded` holds embedded interfaces and (in constraints) single
    /// non-interface types; `unions` holds union elements such as `~int | ~string`.
    /// Embedded interfaces must already have their underlying type set.
    /// Duplicate method names keep the first declaration (the checker reports conflicts).
    public func interface(methods: [Method], embedded: [GoType] = [], unions: [[TypeTerm]] = []) -> GoType {
        var all: [Method] = []
        func add(_ m: Method) {
            if !all.contains(where: { $0.sameName(as: m) }) { all.append(m) }
        }
        methods.forEach(add)
        var termLists = unions
        var comparable = false
        for type in embedded {
            if let embeddedInterface = type.interface, !type.isTypeParameter {
                embeddedInterface.methods.forEach(add)
                if let terms = embeddedInterface.terms { termLists.append(terms) }
                comparable = comparable || embeddedInterface.isComparableConstraint
            } else {
                termLists.append([TypeTerm(tilde: false, type: type)])
            }
        }
        var terms: [TypeTerm]? = nil
        for list in termLists {
            guard let current = terms else { terms = TypeTable.deduplicated(list); continue }
            var intersection: [TypeTerm] = []
            for a in current {
                for b in list {
                    if let both = a.intersection(b) { intersection.append(both) }
                }
            }
            terms = TypeTable.deduplicated(intersection)
        }
        return completeInterface(methods: all, terms: terms, comparable: comparable)
    }

    func completeInterface(methods: [Method], terms: [TypeTerm]?, comparable: Bool) -> GoType {
        let sorted = methods.sorted { ($0.name, $0.package?.path ?? "") < ($1.name, $1.package?.path ?? "") }
            .enumerated().map { $1.withIndex($0) }
        let info = InterfaceInfo(methods: sorted, terms: terms, isComparableConstraint: comparable)
        return intern(TypeKey.interfaceKey(info)) { .interface(info) }
    }

    private static func deduplicated(_ terms: [TypeTerm]) -> [TypeTerm] {
        var result: [TypeTerm] = []
        for term in terms where !result.contains(where: { $0.tilde == term.tilde && $0.type == term.type }) {
            // `~T` already covers `T`.
            if result.contains(where: { $0.tilde && $0.includes(term.type) }) { continue }
            if term.tilde { result.removeAll { !$0.tilde && term.includes($0.type) } }
            result.append(term)
        }
        return result
    }

    // MARK: Declared types

    /// A new defined type; never interned (each declaration is a distinct type).
    /// Set its underlying type with `NamedType.setUnderlying` once known.
    public func newNamed(_ name: String, package: PackageRef?, typeParameters: [GoType] = []) -> GoType {
        fresh { .named(NamedType(name: name, package: package, typeParameters: typeParameters, table: self)) }
    }

    /// A new type parameter; its constraint may be set later with `setConstraint`.
    public func newTypeParameter(_ name: String, index: Int, constraint: GoType? = nil) -> GoType {
        fresh { .typeParameter(TypeParameter(name: name, index: index, constraint: constraint)) }
    }

    /// `generic[arguments…]`, interned so that `List[int]` is one type everywhere.
    /// The instance's underlying type and methods are substituted lazily on first use.
    public func instantiate(_ generic: GoType, arguments: [GoType]) -> GoType {
        guard let named = generic.named else { return generic }
        let origin = named.origin ?? generic
        return intern(.instance(origin: origin.id, arguments: arguments.map(\.id))) {
            .named(NamedType(name: named.name, package: named.package, origin: origin,
                             typeArguments: arguments, table: self))
        }
    }

    // MARK: Interning

    private func intern(_ key: TypeKey, _ make: () -> TypeKind) -> GoType {
        lock.withLock {
            if let existing = interned[key] { return existing }
            let type = GoType(id: nextID, kind: make())
            nextID += 1
            interned[key] = type
            return type
        }
    }

    private func fresh(_ make: () -> TypeKind) -> GoType {
        lock.withLock {
            let type = GoType(id: nextID, kind: make())
            nextID += 1
            return type
        }
    }

    /// Number of types created so far (interned literals and declarations).
    public var count: Int { lock.withLock { nextID - GoType.firstTableID } }

    static func key(of type: GoType) -> TypeKey? {
        switch type.kind {
        case .signature(let s):
            return .signature(parameters: s.parameters.map(\.id), results: s.results.map(\.id), variadic: s.isVariadic)
        case .interface(let i):
            return TypeKey.interfaceKey(i)
        default:
            return nil
        }
    }
}
