import Foundation

/// A type parameter of a generic function or type. Its constraint is set once by the
/// checker after creation, because constraints may mention the parameters themselves.
public final class TypeParameter: @unchecked Sendable {
    public let name: String
    /// Position in the declaring parameter list.
    public let index: Int

    private let lock = NSLock()
    private var storedConstraint: GoType?

    init(name: String, index: Int, constraint: GoType?) {
        self.name = name
        self.index = index
        self.storedConstraint = constraint
    }

    /// The constraint (an interface type or a named interface); `any` until set.
    public var constraint: GoType { lock.withLock { storedConstraint } ?? GoType.any }

    public func setConstraint(_ constraint: GoType) {
        lock.withLock { storedConstraint = constraint }
    }

    /// The constraint's interface.
    public var constraintInterface: InterfaceInfo {
        if case .interface(let i) = constraint.underlying.kind { return i }
        return GoType.emptyInterfaceInfo
    }
}
