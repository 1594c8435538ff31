/// A method of a named type or of an interface. The signature excludes the receiver.
public struct Method: Sendable, Hashable {
    public let name: String
    /// The declaring package for unexported names (they are distinct per package); nil when exported.
    public let package: PackageRef?
    /// A `.signature` type.
    public let signature: GoType
    /// `func (t *T) M()` rather than `func (t T) M()`; always false for interface methods.
    public let pointerReceiver: Bool
    /// Position in the declaring type's method list, so the compiler can build method tables.
    public let index: Int

    public init(name: String, package: PackageRef?, signature: GoType, pointerReceiver: Bool = false, index: Int = 0) {
        self.name = name
        self.package = isExportedName(name) ? nil : package
        self.signature = signature
        self.pointerReceiver = pointerReceiver
        self.index = index
    }

    /// Names match when equal and, for unexported names, declared in the same package.
    public func sameName(as other: Method) -> Bool { name == other.name && package == other.package }

    func withIndex(_ newIndex: Int) -> Method {
        Method(name: name, package: package, signature: signature, pointerReceiver: pointerReceiver, index: newIndex)
    }

    func withSignature(_ newSignature: GoType) -> Method {
        Method(name: name, package: package, signature: newSignature, pointerReceiver: pointerReceiver, index: index)
    }
}
