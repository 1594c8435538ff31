/// A function type. Parameter names and the receiver are not part of the type; the checker
/// keeps names on its declarations. For a variadic function the last parameter is `[]T`.
public final class Signature: Sendable {
    public let parameters: [GoType]
    public let results: [GoType]
    public let isVariadic: Bool

    init(parameters: [GoType], results: [GoType], isVariadic: Bool) {
        self.parameters = parameters
        self.results = results
        self.isVariadic = isVariadic
    }
}
