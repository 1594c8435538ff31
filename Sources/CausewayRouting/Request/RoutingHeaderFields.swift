/// Read access to a request's header fields, so the proxy engine can back it with its own
/// header storage (e.g. NIO's `HTTPHeaders`) without copying.
public protocol RoutingHeaderFields {
    /// Returns true when some value of the field `name` satisfies `predicate`.
    /// Field names compare ASCII case-insensitively (Go canonicalises both sides, which
    /// amounts to the same); values are passed one by one, never comma-split.
    func containsValue(ofField name: String, where predicate: (String) -> Bool) -> Bool
}

/// A plain list of header fields, for tests and callers that already hold pairs.
public struct HeaderFieldList: RoutingHeaderFields, Sendable, ExpressibleByDictionaryLiteral {
    public var fields: [(name: String, value: String)]

    public init(_ fields: [(name: String, value: String)] = []) {
        self.fields = fields
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.fields = elements.map { (name: $0.0, value: $0.1) }
    }

    public func containsValue(ofField name: String, where predicate: (String) -> Bool) -> Bool {
        for field in fields where ASCIICase.equalsIgnoringCase(field.name, name) {
            if predicate(field.value) { return true }
        }
        return false
    }
}
