import Foundation

/// Memoizes "does dynamic type D implement interface I, and where are its methods" for
/// the run time (conversions to interfaces, type assertions, type switches), so each
/// (type, interface) pair is resolved once per interpreter instead of per operation.
public final class InterfaceDispatchCache: @unchecked Sendable {
    /// For each method of the interface (in its sorted order), how to reach the implementation.
    public typealias MethodTable = [MethodSetEntry]

    private struct Key: Hashable {
        let concrete: Int
        let interface: Int
    }

    private let lock = NSLock()
    private var tables: [Key: MethodTable?] = [:]

    public init() {}

    /// The method table of `concrete` for `interface`, or nil when it does not implement it.
    public func methodTable(for concrete: GoType, implementing interface: GoType) -> MethodTable? {
        let key = Key(concrete: concrete.id, interface: interface.id)
        if let cached = lock.withLock({ tables[key] }) { return cached }
        let table = InterfaceDispatchCache.build(concrete, interface)
        lock.withLock { tables[key] = .some(table) }
        return table
    }

    private static func build(_ concrete: GoType, _ interface: GoType) -> MethodTable? {
        guard let wanted = interface.interface, Implementation.missingMethod(concrete, interface) == nil else { return nil }
        let available = MethodSets.methodSet(of: concrete)
        var table: MethodTable = []
        for method in wanted.methods {
            guard let entry = available.first(where: { $0.method.sameName(as: method) }) else { return nil }
            table.append(entry)
        }
        return table
    }
}
