import GoInterpreter

/// A compact way to declare one host (Swift-provided) Go package for the checker: named types
/// with methods, functions, variables and constants, all built in one `TypeTable`.
final class HostPackageWriter {
    let table: TypeTable
    let builder: PackageScopeBuilder

    init(table: TypeTable, path: String, name: String? = nil) {
        self.table = table
        builder = PackageScopeBuilder(path: path, name: name)
    }

    var ref: PackageRef { builder.ref }

    /// Declares `type <name> <underlying>`; pass nil to set the underlying type later.
    @discardableResult
    func type(_ name: String, _ underlying: GoType? = nil) -> GoType {
        let type = table.newNamed(name, package: ref)
        if let underlying { type.named!.setUnderlying(underlying) }
        builder.addType(name, type)
        return type
    }

    /// An opaque struct (only unexported state), the shape of most handle types.
    func opaqueStruct() -> GoType {
        table.structure([StructField(name: "impl", type: .any, package: ref)])
    }

    func method(_ type: GoType, _ name: String, _ parameters: [GoType], _ results: [GoType],
                pointer: Bool = false, variadic: Bool = false) {
        type.named!.addMethod(name: name, signature: func_(parameters, results, variadic: variadic), pointerReceiver: pointer)
    }

    func function(_ name: String, _ parameters: [GoType], _ results: [GoType], variadic: Bool = false) {
        builder.addFunction(name, func_(parameters, results, variadic: variadic))
    }

    func variable(_ name: String, _ type: GoType) { builder.addVariable(name, type) }

    func constant(_ name: String, _ type: GoType, _ value: ConstantValue) { builder.addConstant(name, type, value) }

    func func_(_ parameters: [GoType], _ results: [GoType], variadic: Bool = false) -> GoType {
        table.signature(parameters: parameters, results: results, isVariadic: variadic)
    }

    func interfaceMethod(_ name: String, _ parameters: [GoType], _ results: [GoType]) -> Method {
        Method(name: name, package: nil, signature: func_(parameters, results))
    }

    func field(_ name: String, _ type: GoType) -> StructField {
        StructField(name: name, type: type, package: ref)
    }

    func build() -> PackageScope { builder.build() }
}
