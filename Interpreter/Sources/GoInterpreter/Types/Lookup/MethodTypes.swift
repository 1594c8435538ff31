/// Types of method values and method expressions (spec "Method expressions").
extension TypeTable {
    /// `T.M` / `(*T).M`: the method as a function whose first parameter is the receiver.
    public func methodExpressionType(receiver: GoType, method: Method) -> GoType {
        guard let s = method.signature.signature else { return .invalid }
        return signature(parameters: [receiver] + s.parameters, results: s.results, isVariadic: s.isVariadic)
    }
}
