import GoStdlibCore

/// The types and error constructors of encoding/json that the encoder and decoder share.
final class JSONContext {
    let table: TypeTable
    let fields = JSONFieldCache()
    var marshaler: GoType = .invalid
    var unmarshaler: GoType = .invalid
    var textMarshaler: GoType = .invalid
    var textUnmarshaler: GoType = .invalid
    var number: GoType = .invalid
    var mapStringAny: GoType = .invalid
    var sliceAny: GoType = .invalid
    var byteSlice: GoType = .invalid
    var base64CorruptInputError: GoType = .invalid
    // Pointer types of the error structs (the dynamic types of returned errors).
    var syntaxError: GoType = .invalid
    var unmarshalTypeError: GoType = .invalid
    var invalidUnmarshalError: GoType = .invalid
    var unsupportedTypeError: GoType = .invalid
    var unsupportedValueError: GoType = .invalid
    var marshalerError: GoType = .invalid
    /// Other errors (`json: unknown field "x"`), as errors.New values.
    var plainError: (String) -> Value = { _ in .none }

    init(table: TypeTable) { self.table = table }

    func syntaxErrorValue(_ e: GoJSONSyntaxError) -> Value {
        .obj(IfaceVal(type: syntaxError, value: .obj(Box([.string(e.message), .int(Int64(e.offset))]))))
    }

    /// Fields: Value, Offset, Struct, Field, and the Go type's name (Go keeps a reflect.Type).
    func unmarshalTypeErrorValue(_ what: String, _ type: GoType, offset: Int, structName: String = "", field: String = "") -> Value {
        .obj(IfaceVal(type: unmarshalTypeError, value: .obj(Box([.string(what), .int(Int64(offset)), .string(structName), .string(field), .string(type.description)]))))
    }

    func messageError(_ type: GoType, _ message: String) -> Value {
        .obj(IfaceVal(type: type, value: .obj(Box([.string(message)]))))
    }

    private struct TypePair: Hashable { let type: Int; let interface: Int }
    private var implementsCache: [TypePair: Bool] = [:]

    /// Whether `t` has `interface`'s methods in its own method set; asked for every value
    /// encoded or decoded, so answers are cached per type.
    func implements(_ t: GoType, _ interface: GoType) -> Bool {
        let key = TypePair(type: t.id, interface: interface.id)
        if let known = implementsCache[key] { return known }
        let answer = Implementation.implements(t, interface)
        implementsCache[key] = answer
        return answer
    }
}

/// Why encoding or decoding stopped: a Go error to return, or a panic to propagate.
enum JSONFailure: Error, @unchecked Sendable {  // thrown and caught on one goroutine
    case error(Value)
    case panic(GoPanicError)
}

extension VM {
    /// The `Error()` text of an error value.
    func errorText(_ g: Goroutine, _ err: Value) throws(GoPanicError) -> String {
        let r = try callInterfaceMethod(g, err, "Error", [])
        return String(decoding: r.first?.s ?? [], as: UTF8.self)
    }
}
