import Foundation
import XCTest
@testable import GoInterpreter

/// Every native function and method of the standard library, called with hostile arguments
/// (negative and huge integers, NaN, invalid UTF-8, nil pointers, slices and receivers). Go
/// code may do any of this; the answer must be a Go panic or a Go result, never a trap in the
/// host — a trap ends this test process, and the line printed before each call names it.
final class NativeMisuseFuzzTests: XCTestCase {
    /// Natives left out, with the reason.
    static let skipped: Set<String> = [
        // Reads the process's real standard input: would wait for a terminal.
        "fmt.Scan", "fmt.Scanln", "fmt.Scanf",
    ]

    func testHostileArgumentsNeverTrapTheHost() throws {
        let interpreter = GoInterpreter(options: GoInterpreterOptions(limits: GoLimits(maxMemoryElements: 1 << 24)))
        let program = try interpreter.load(source: "package main\n\nfunc main() {}\n")
        let vm = program.vm
        let registry = interpreter.natives
        var calls = 0

        func attempt(_ function: NativeFunc, _ args: [Value]) {
            let g = vm.newGoroutine()
            calls += 1
            do { _ = try function.call(NativeCall(args: args, vm: vm, goroutine: g)) } catch {}
        }

        /// Calls with every parameter at its usual value, then each parameter in turn hostile —
        /// once per receiver for methods (a zero value and a nil pointer).
        func fuzz(_ label: String, _ function: NativeFunc, receivers: [Value]?, _ signature: Signature) {
            // One line per native: if the process dies, the last line names the culprit.
            FileHandle.standardError.write(Data("fuzz: \(label)\n".utf8))
            let usual = signature.parameters.map(Self.usual)
            for receiver in receivers.map({ $0.map { [$0] } }) ?? [[]] {
                attempt(function, receiver + usual)
                for (i, t) in signature.parameters.enumerated() {
                    for hostile in Self.hostile(t) {
                        var args = usual
                        args[i] = hostile
                        attempt(function, receiver + args)
                        // Pairs, too: an empty string with a huge count is its own case.
                        for (j, u) in signature.parameters.enumerated() where j > i {
                            for other in Self.hostile(u) {
                                var pair = args
                                pair[j] = other
                                attempt(function, receiver + pair)
                            }
                        }
                    }
                }
            }
        }

        for path in registry.packages.keys.sorted() {
            let package = registry.packages[path]!
            for name in package.functions.keys.sorted() where !Self.skipped.contains("\(path).\(name)") {
                let (type, function) = package.functions[name]!
                guard let signature = type.signature else { continue }
                fuzz("\(path).\(name)", function, receivers: nil, signature)
            }
            for typeName in package.types.keys.sorted() {
                let type = package.types[typeName]!
                guard let methods = registry.methods[type.id] else { continue }
                for methodName in methods.keys.sorted() {
                    guard case .native(let function) = methods[methodName]!.target,
                          let signature = type.named?.methods.first(where: { $0.name == methodName })?.signature.signature
                    else { continue }
                    let zero = ZeroValues.of(type).make()
                    let pointer = methods[methodName]!.pointerReceiver && type.structure == nil ? Value.obj(Cell(zero)) : zero
                    fuzz("\(path).\(typeName).\(methodName)", function, receivers: [pointer, .none], signature)
                }
            }
        }
        FileHandle.standardError.write(Data("fuzz: done, \(calls) calls\n".utf8))
        XCTAssertGreaterThan(calls, 5000)
    }

    /// An ordinary argument of type `t`.
    static func usual(_ t: GoType) -> Value {
        if let k = t.basicKind {
            if k.isString { return .str(Array("a,b c".utf8)) }
            if k.isInteger { return .int(2) }
            if k.isFloat { return .float(1.5) }
        }
        if let element = t.underlying.elementType, case .slice = t.underlying.kind {
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
