/// Replacing type parameters by type arguments (instantiation of generic types and functions).
extension TypeTable {
    /// `type` with every type parameter found in `map` replaced; shares unchanged parts.
    public func substitute(_ type: GoType, _ map: [GoType: GoType]) -> GoType {
        if map.isEmpty { return type }
        switch type.kind {
        case .basic:
            return type
        case .typeParameter:
            return map[type] ?? type
        case .named(let named):
            guard let origin = named.origin, !named.typeArguments.isEmpty else { return type }
            let arguments = named.typeArguments.map { substitute($0, map) }
            return arguments == named.typeArguments ? type : instantiate(origin, arguments: arguments)
        case .pointer(let e):
            let s = substitute(e, map)
            return s == e ? type : pointer(to: s)
        case .slice(let e):
            let s = substitute(e, map)
            return s == e ? type : slice(of: s)
        case .array(let e, let length):
            let s = substitute(e, map)
            return s == e ? type : array(of: s, length: length)
        case .map(let k, let v):
            let sk = substitute(k, map), sv = substitute(v, map)
            return sk == k && sv == v ? type : self.map(key: sk, value: sv)
        case .chan(let e, let direction):
            let s = substitute(e, map)
            return s == e ? type : chan(of: s, direction: direction)
        case .structure(let s):
            let fields = s.fields.map {
                StructField(name: $0.name, type: substitute($0.type, map), embedded: $0.embedded, tag: $0.tag, package: $0.package)
            }
            return fields == s.fields ? type : structure(fields)
        case .signature(let s):
            let parameters = s.parameters.map { substitute($0, map) }
            let results = s.results.map { substitute($0, map) }
            if parameters == s.parameters && results == s.results { return type }
            return signature(parameters: parameters, results: results, isVariadic: s.isVariadic)
        case .interface(let i):
            let methods = i.methods.map { $0.withSignature(substitute($0.signature, map)) }
            let terms = i.terms?.map { TypeTerm(tilde: $0.tilde, type: substitute($0.type, map)) }
            if methods == i.methods && terms == i.terms { return type }
            return completeInterface(methods: methods, terms: terms, comparable: i.isComparableConstraint)
        case .tuple(let elements):
            let s = elements.map { substitute($0, map) }
            return s == elements ? type : tuple(s)
        }
    }
}
