// Named language entities (constants, types, variables, functions, packages, builtins,
// labels) and the scopes that map names to them.

/// The predeclared functions.
public enum Builtin: String, Sendable, CaseIterable {
    case append, cap, clear, close, complex, copy, delete, imag, len, make, max, min, new, panic, print, println, real, recover
}

/// A declared entity. The checker fills in `type` (and `constant`) while it runs; afterwards
/// objects are never mutated, which is what makes sharing them with the compiler safe.
public final class Object: @unchecked Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case constant, typeName, variable, function, packageName, builtin, nilValue, label
    }

    public let kind: Kind
    public let name: String
    public let pos: Pos
    /// Dense index among the objects of one check, for the compiler's slot tables.
    public let index: Int
    /// The declaring package (nil for universe objects).
    public let package: PackageRef?

    public internal(set) var type: GoType = .invalid
    public internal(set) var constant: ConstantValue = .unknown
    public internal(set) var builtin: Builtin? = nil
    /// For package names: the imported package.
    public internal(set) var imported: PackageScope? = nil
    /// Declared at package level (globals, package functions, package types and constants).
    public internal(set) var isPackageLevel = false
    /// A parameter or result variable of a function.
    public internal(set) var isParameter = false
    /// A variable referenced from a function literal other than the one declaring it;
    /// the compiler must give it a heap cell rather than a plain slot.
    public internal(set) var isCaptured = false
    /// The function or method declaration for function objects (nil for imported ones).
    public internal(set) weak var funcDecl: FuncDecl? = nil
    /// For generic functions: the type parameters, so importing packages can infer and
    /// instantiate them too.
    public internal(set) var typeParameters: [GoType]? = nil
    /// For methods: the receiver's base named type.
    public internal(set) var receiverBase: GoType? = nil
    /// Set when the name is referenced (for "declared and not used").
    var used = false
    /// Function literal nesting depth where a local variable was declared (capture analysis).
    var funcDepth = 0

    init(kind: Kind, name: String, pos: Pos, index: Int, package: PackageRef?) {
        self.kind = kind; self.name = name; self.pos = pos; self.index = index; self.package = package
    }

    public var isExported: Bool { isExportedName(name) }
    public var description: String { "\(kind) \(name)" }
}

/// A lexical scope. Lookups walk outwards through parents.
public final class Scope: @unchecked Sendable {
    public let parent: Scope?
    public private(set) var objects: [String: Object] = [:]
    /// Insertion order, for deterministic iteration.
    public private(set) var names: [String] = []
    /// A function body's outermost scope (closures record captures across it).
    let isFunctionScope: Bool

    init(parent: Scope?, isFunctionScope: Bool = false) {
        self.parent = parent
        self.isFunctionScope = isFunctionScope
    }

    public func lookupLocal(_ name: String) -> Object? { objects[name] }

    public func lookup(_ name: String) -> Object? {
        var s: Scope? = self
        while let c = s {
            if let o = c.objects[name] { return o }
            s = c.parent
        }
        return nil
    }

    /// Inserts obj; returns the existing object of that name in this scope instead, if any.
    @discardableResult
    func insert(_ obj: Object) -> Object? {
        if obj.name == "_" { return nil }
        if let existing = objects[obj.name] { return existing }
        objects[obj.name] = obj
        names.append(obj.name)
        return nil
    }
}

/// The exported face of a package: what `pkg.Name` can refer to. Checked Go packages and
/// native (Swift-bound) packages both provide one.
public final class PackageScope: @unchecked Sendable {
    public let ref: PackageRef
    public let scope: Scope

    public init(ref: PackageRef, scope: Scope) {
        self.ref = ref
        self.scope = scope
    }
}

/// Resolves import paths to packages; the interpreter provides native bindings and other
/// interpreted packages through it.
public protocol PackageImporter {
    func importPackage(_ path: String) -> PackageScope?
    /// Why the last import of `path` failed, when the importer knows better than
    /// "package not found" (an import cycle, say); the checker reports it verbatim.
    func importFailure(_ path: String) -> String?
}

extension PackageImporter {
    public func importFailure(_ path: String) -> String? { nil }
}

/// An importer that knows no packages.
public struct NoImporter: PackageImporter {
    public init() {}
    public func importPackage(_ path: String) -> PackageScope? { nil }
}

/// Builds the scope of a native (Swift-implemented) package for importers.
public final class PackageScopeBuilder {
    public let ref: PackageRef
    private let scope = Scope(parent: nil)

    public init(path: String, name: String? = nil) {
        ref = name.map { PackageRef(path: path, name: $0) } ?? PackageRef(path: path)
    }

    @discardableResult
    private func add(_ kind: Object.Kind, _ name: String, _ type: GoType) -> Object {
        let o = Object(kind: kind, name: name, pos: .none, index: -1, package: ref)
        o.type = type
        o.isPackageLevel = true
        scope.insert(o)
        return o
    }

    public func addFunction(_ name: String, _ signature: GoType) { add(.function, name, signature) }
    public func addVariable(_ name: String, _ type: GoType) { add(.variable, name, type) }
    public func addType(_ name: String, _ type: GoType) { add(.typeName, name, type) }
    public func addConstant(_ name: String, _ type: GoType, _ value: ConstantValue) {
        add(.constant, name, type).constant = value
    }

    public func build() -> PackageScope { PackageScope(ref: ref, scope: scope) }
}
