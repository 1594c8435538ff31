import Foundation

/// A defined type (`type T struct{…}`), a predeclared named type (`error`, `comparable`),
/// or an instance of a generic type (`List[int]`).
///
/// The checker creates the type first (so recursive declarations can refer to it) and
/// then sets the underlying type once and adds methods while it still owns the type.
/// Those two parts are the only mutable state of the type graph; a lock keeps them safe
/// to read from any thread afterwards. Instances compute both lazily from their origin.
public final class NamedType: @unchecked Sendable {
    public let name: String
    /// Nil for the predeclared `error` and `comparable`.
    public let package: PackageRef?
    /// The type parameters of a generic declaration (`.typeParameter` types).
    public let typeParameters: [GoType]
    /// The generic declaration this type instantiates.
    public let origin: GoType?
    public let typeArguments: [GoType]

    private let lock = NSLock()
    private var storedUnderlying: GoType?
    private var storedMethods: [Method]
    private var instanceMethodsReady: Bool
    /// Instances need the table to build substituted types.
    private weak var table: TypeTable?

    init(name: String, package: PackageRef?, typeParameters: [GoType] = [], origin: GoType? = nil,
         typeArguments: [GoType] = [], underlying: GoType? = nil, methods: [Method] = [], table: TypeTable?) {
        self.name = name
        self.package = package
        self.typeParameters = typeParameters
        self.origin = origin
        self.typeArguments = typeArguments
        self.storedUnderlying = underlying
        self.storedMethods = methods
        self.instanceMethodsReady = origin == nil
        self.table = table
    }

    public var isGeneric: Bool { !typeParameters.isEmpty && origin == nil }
    public var isInstance: Bool { origin != nil }

    /// Whether the checker has set the underlying type (instances: whether the origin's is set).
    public var isResolved: Bool {
        if let origin = origin, case .named(let generic) = origin.kind { return generic.isResolved }
        return lock.withLock { storedUnderlying != nil }
    }

    /// The underlying type; `invalid` until the checker has resolved the declaration.
    public var underlying: GoType {
        if let known = lock.withLock({ storedUnderlying }) { return known }
        guard let expanded = expandUnderlying() else { return GoType.invalid }
        return lock.withLock {
            if storedUnderlying == nil { storedUnderlying = expanded }
            return storedUnderlying!
        }
    }

    /// Sets the underlying type. Pass the right-hand side of the declaration; a named
    /// right-hand side is replaced by its own underlying type, as the spec requires.
    public func setUnderlying(_ type: GoType) {
        precondition(origin == nil, "instances derive their underlying type from the origin")
        let resolved = type.underlyingIfNamed
        lock.withLock { storedUnderlying = resolved }
    }

    /// Methods declared on the type, in declaration order. An instance derives them from
    /// its origin, and derives them again if the checker declared more methods since.
    public var methods: [Method] {
        let originCount = originNamed?.methodCount
        if let ready = lock.withLock({ () -> [Method]? in
            guard instanceMethodsReady else { return nil }
            return originCount == nil || originCount == storedMethods.count ? storedMethods : nil
        }) {
            return ready
        }
        let expanded = expandMethods()
        return lock.withLock {
            storedMethods = expanded
            instanceMethodsReady = true
            return storedMethods
        }
    }

    var methodCount: Int { lock.withLock { storedMethods.count } }

    private var originNamed: NamedType? {
        if let origin = origin, case .named(let generic) = origin.kind { return generic }
        return nil
    }

    /// Declares a method; returns it with its index in the method list.
    @discardableResult
    public func addMethod(name: String, signature: GoType, pointerReceiver: Bool) -> Method {
        precondition(origin == nil, "methods are declared on the generic type, not on instances")
        return lock.withLock {
            let method = Method(name: name, package: package, signature: signature,
                                pointerReceiver: pointerReceiver, index: storedMethods.count)
            storedMethods.append(method)
            return method
        }
    }

    public func method(named name: String, package: PackageRef?) -> Method? {
        let package = isExportedName(name) ? nil : package
        return methods.first { $0.name == name && $0.package == package }
    }

    private var substitution: [GoType: GoType] {
        guard let origin = origin, case .named(let generic) = origin.kind else { return [:] }
        return Dictionary(zip(generic.typeParameters, typeArguments), uniquingKeysWith: { a, _ in a })
    }

    private func expandUnderlying() -> GoType? {
        guard let origin = origin, case .named(let generic) = origin.kind, generic.isResolved,
              let table = lock.withLock({ table }) else { return nil }
        return table.substitute(generic.underlying, substitution)
    }

    private func expandMethods() -> [Method] {
        guard let origin = origin, case .named(let generic) = origin.kind,
              let table = lock.withLock({ table }) else { return [] }
        let map = substitution
        return generic.methods.map { $0.withSignature(table.substitute($0.signature, map)) }
    }
}
