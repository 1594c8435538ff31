import Foundation

extension GoInterpreter {
    /// A self-check for native packages (the standard library's, or a host's added with `use`):
    /// calls every native function and method of `packagePaths` (all when nil) with hostile
    /// arguments — negative and huge integers, NaN, invalid UTF-8, nil slices, pointers and
    /// receivers, one at a time and in pairs. A Go program may do all of this; the answer must be
    /// a Go panic or a Go result. A Swift trap ends the process, so this belongs in tests, where
    /// `log` (called with each native's name before its calls) names the culprit.
    /// Returns the number of calls made.
    public func probeNativesWithHostileArguments(
        packagePaths: Set<String>? = nil, skipping: Set<String> = [], log: (String) -> Void = { _ in }
    ) throws(GoLoadError) -> Int {
        let program = try load(source: "package main\n\nfunc main() {}\n")
        defer { withExtendedLifetime(program) {} }   // its output handlers are the VM's
        let vm = program.vm
        var calls = 0
        func attempt(_ function: NativeFunc, _ args: [Value]) {
            calls += 1
            vm.scheduler.fatal = nil
            do { _ = try function.call(NativeCall(args: args, vm: vm, goroutine: vm.newGoroutine())) } catch {}
        }
        func probe(_ label: String, _ function: NativeFunc, receivers: [Value]?, _ signature: Signature) {
            log(label)
            let usual = signature.parameters.map(NativeMisuseValues.usual)
            for receiver in receivers.map({ $0.map { [$0] } }) ?? [[]] {
                attempt(function, receiver + usual)
                for (i, t) in signature.parameters.enumerated() {
                    for hostile in NativeMisuseValues.hostile(t) {
                        var args = usual
                        args[i] = hostile
                        attempt(function, receiver + args)
                        // Pairs, too: an empty string with a huge count is its own case.
                        for (j, u) in signature.parameters.enumerated() where j > i {
                            for other in NativeMisuseValues.hostile(u) {
                                var pair = args
                                pair[j] = other
                                attempt(function, receiver + pair)
                            }
                        }
                    }
                }
            }
        }
        for path in natives.packages.keys.sorted() where packagePaths?.contains(path) ?? true {
            let package = natives.packages[path]!
            for name in package.functions.keys.sorted() where !skipping.contains("\(path).\(name)") {
                let (type, function) = package.functions[name]!
                guard let signature = type.signature else { continue }
                probe("\(path).\(name)", function, receivers: nil, signature)
            }
            for typeName in package.types.keys.sorted() {
                let type = package.types[typeName]!
                guard let methods = natives.methods[type.id] else { continue }
                for methodName in methods.keys.sorted() where !skipping.contains("\(path).\(typeName).\(methodName)") {
                    guard case .native(let function) = methods[methodName]!.target,
                          let signature = type.named?.methods.first(where: { $0.name == methodName })?.signature.signature
                    else { continue }
                    let zero = ZeroValues.of(type).make()
                    let receiver = methods[methodName]!.pointerReceiver && type.structure == nil ? Value.obj(Cell(zero)) : zero
                    probe("\(path).\(typeName).\(methodName)", function, receivers: [receiver, .none], signature)
                }
            }
        }
        return calls
    }
}

/// The arguments `probeNativesWithHostileArguments` uses.
enum NativeMisuseValues {
    /// An ordinary argument of type `t`.
    static func usual(_ t: GoType) -> Value {
        if let k = t.basicKind {
            if k.isString { return .str(Array("a,b c".utf8)) }
            if k.isInteger { return .int(2) }
            if k.isFloat { return .float(1.5) }
        }
        if case .slice(let element) = t.underlying.kind {
            let item = usual(element)
            return .obj(SliceVal(base: Box([item, item, item]), off: 0, len: 3, cap: 3))
        }
        return ZeroValues.of(t).make()
    }

    /// Arguments of type `t` that misuse an API.
    static func hostile(_ t: GoType) -> [Value] {
        if let k = t.basicKind {
            if k.isString { return [.str([]), .str([0xFF, 0xFE, 0x25]), .str(Array(repeating: 0x61, count: 70_000))] }
            if k.isInteger { return [.int(0), .int(-1), .int(.min), .int(.max), .int(1 << 40), .int(37)] }
            if k.isFloat { return [.float(.nan), .float(.infinity), .float(-.infinity), .float(-1), .float(1e300)] }
            return []
        }
        switch t.underlying.kind {
        case .slice:
            return [.none, .obj(SliceVal(base: Box([]), off: 0, len: 0, cap: 0))]
        case .structure, .array:
            return [ZeroValues.of(t).make()]   // never nil in Go
        default:
            return [.none, ZeroValues.of(t).make()]
        }
    }
}
