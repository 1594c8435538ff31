import XCTest
@testable import GoInterpreter

final class TypesPrintingTests: XCTestCase {
    let f = TypesFixture()

    func testRuntimeStrings() {
        let t = f.table
        XCTAssertEqual(t.map(key: .string, value: t.slice(of: .int)).description, "map[string][]int")
        XCTAssertEqual(t.pointer(to: f.T).description, "*main.T")
        XCTAssertEqual(t.signature(parameters: [.int, t.slice(of: .string)], results: [.bool, .error], isVariadic: true).description,
                       "func(int, ...string) (bool, error)")
        XCTAssertEqual(t.signature(parameters: [t.slice(of: .string)], results: [.bool]).description, "func([]string) bool")
        XCTAssertEqual(f.emptySignature.description, "func()")
        XCTAssertEqual(t.structure([StructField(name: "A", type: .int, tag: "json:\"a\"", package: f.main)]).description,
                       "struct { A int \"json:\\\"a\\\"\" }")
        XCTAssertEqual(t.structure([]).description, "struct {}")
        XCTAssertEqual(t.structure([StructField(name: "T", type: f.T, embedded: true, package: f.main),
                                    StructField(name: "n", type: .int, package: f.main)]).description,
                       "struct { main.T; n int }")
        XCTAssertEqual(t.chan(of: .int, direction: .send).description, "chan<- int")
        XCTAssertEqual(t.chan(of: .int, direction: .receive).description, "<-chan int")
        XCTAssertEqual(t.chan(of: .int).description, "chan int")
        XCTAssertEqual(t.chan(of: t.chan(of: .int, direction: .receive)).description, "chan (<-chan int)")
        XCTAssertEqual(GoType.any.description, "interface {}")
        XCTAssertEqual(t.slice(of: .emptyInterface).description, "[]interface {}")
        XCTAssertEqual(f.Stringer.underlying.description, "interface { String() string }")
        XCTAssertEqual(GoType.error.description, "error")
        XCTAssertEqual(t.slice(of: .byte).description, "[]uint8")
        XCTAssertEqual(t.array(of: .int, length: 3).description, "[3]int")
        XCTAssertEqual(t.tuple([.int, .error]).description, "(int, error)")
        XCTAssertEqual(GoType.untypedInt.description, "untyped int")
        XCTAssertEqual(GoType.rune.description, "int32")
    }

    func testCheckerStrings() {
        let t = f.table, c = f.checker
        XCTAssertEqual(c.string(t.slice(of: .byte)), "[]byte")
        XCTAssertEqual(c.string(.any), "any")
        XCTAssertEqual(c.string(.emptyInterface), "interface{}")
        XCTAssertEqual(c.string(t.pointer(to: f.T)), "*T")
        XCTAssertEqual(TypeFormatter.checker.string(t.pointer(to: f.T)), "*main.T")
        XCTAssertEqual(c.string(t.structure([StructField(name: "A", type: .int, tag: "k", package: f.main)])), "struct{A int \"k\"}")
        XCTAssertEqual(c.string(f.Stringer.underlying), "interface{String() string}")
        let constraint = t.interface(methods: [], unions: [[TypeTerm(tilde: true, type: .int), TypeTerm(tilde: true, type: .string)]])
        XCTAssertEqual(c.string(constraint), "interface{~int | ~string}")
        XCTAssertEqual(c.string(.comparable), "comparable")
    }

    func testGenericInstances() {
        let t = f.table
        let K = t.newTypeParameter("K", index: 0, constraint: .comparable)
        let V = t.newTypeParameter("V", index: 1)
        let pair = t.newNamed("Pair", package: f.main, typeParameters: [K, V])
        pair.named!.setUnderlying(t.structure([
            StructField(name: "Key", type: K, package: f.main),
            StructField(name: "Value", type: V, package: f.main),
            StructField(name: "Next", type: t.pointer(to: t.instantiate(pair, arguments: [K, V])), package: f.main),
        ]))
        pair.named!.addMethod(name: "Get", signature: t.signature(parameters: [K], results: [V]), pointerReceiver: true)
        let instance = t.instantiate(pair, arguments: [.int, .string])
        XCTAssertEqual(instance, t.instantiate(pair, arguments: [.int, .string]))
        XCTAssertNotEqual(instance, t.instantiate(pair, arguments: [.string, .int]))
        XCTAssertEqual(instance.description, "main.Pair[int,string]")
        XCTAssertEqual(f.checker.string(instance), "Pair[int, string]")
        XCTAssertEqual(instance.underlying.description, "struct { Key int; Value string; Next *main.Pair[int,string] }")
        XCTAssertEqual(instance.named!.methods.first?.signature, t.signature(parameters: [.int], results: [.string]))
        // Methods declared after the instance was first used still reach it.
        pair.named!.addMethod(name: "Len", signature: t.signature(parameters: [], results: [.int]), pointerReceiver: false)
        XCTAssertEqual(instance.named!.methods.map(\.name), ["Get", "Len"])
        guard case .found(let get) = FieldAndMethodLookup.lookup(instance, name: "Get", package: f.main) else {
            return XCTFail("Get not found")
        }
        XCTAssertEqual(get.type.description, "func(int) string")
        XCTAssertTrue(get.needsAddressableReceiver)
        XCTAssertEqual(MethodSets.methodSet(of: K).map(\.method.name), [])
        guard case .found(let selection) = FieldAndMethodLookup.lookup(instance, name: "Value", package: f.main) else {
            return XCTFail("Value not found")
        }
        XCTAssertEqual(selection.type, .string)
        XCTAssertEqual(selection.fieldPath, [1])
    }

    func testGoQuote() {
        XCTAssertEqual(GoQuote.quote("a\"b\\c\n\t\u{7f}é\u{2028}"), "\"a\\\"b\\\\c\\n\\t\\x7fé\\u2028\"")
        XCTAssertEqual(GoQuote.quote(bytes: [0x61, 0xFF]), "\"a\\xff\"")
    }
}
