/// The structural identity of a type literal, built from the ids of its components.
/// Two literals are identical (Go spec, "Type identity") exactly when their keys are equal.
enum TypeKey: Hashable {
    struct FieldKey: Hashable {
        let name: String
        let packagePath: String?
        let embedded: Bool
        let tag: String
        let typeID: Int
    }

    struct MethodKey: Hashable {
        let name: String
        let packagePath: String?
        let signatureID: Int
    }

    struct TermKey: Hashable {
        let tilde: Bool
        let typeID: Int
    }

    case pointer(Int)
    case slice(Int)
    case array(Int, Int64)
    case map(Int, Int)
    case chan(Int, ChanDirection)
    case structure([FieldKey])
    case signature(parameters: [Int], results: [Int], variadic: Bool)
    case interface(methods: [MethodKey], terms: [TermKey]?, comparable: Bool)
    case tuple([Int])
    case instance(origin: Int, arguments: [Int])

    static func interfaceKey(_ i: InterfaceInfo) -> TypeKey {
        .interface(
            methods: i.methods.map { MethodKey(name: $0.name, packagePath: $0.package?.path, signatureID: $0.signature.id) },
            terms: i.terms.map { terms in
                terms.map { TermKey(tilde: $0.tilde, typeID: $0.type.id) }
                    .sorted { ($0.typeID, $0.tilde ? 1 : 0) < ($1.typeID, $1.tilde ? 1 : 0) }
            },
            comparable: i.isComparableConstraint)
    }
}
