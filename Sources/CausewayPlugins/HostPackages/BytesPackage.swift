import GoInterpreter

/// `bytes`: the Buffer type and the slice helpers plugins use to rewrite bodies.
enum BytesPackage {
    static func declare(table: TypeTable, writer: GoType) -> PackageScope {
        let w = HostPackageWriter(table: table, path: "bytes")
        let bytes = table.slice(of: .byte)
        let buffer = w.type("Buffer", w.opaqueStruct())
        let pointer = table.pointer(to: buffer)
        w.method(buffer, "Write", [bytes], [.int, .error], pointer: true)
        w.method(buffer, "WriteString", [.string], [.int, .error], pointer: true)
        w.method(buffer, "WriteByte", [.byte], [.error], pointer: true)
        w.method(buffer, "WriteRune", [.rune], [.int, .error], pointer: true)
        w.method(buffer, "String", [], [.string], pointer: true)
        w.method(buffer, "Bytes", [], [bytes], pointer: true)
        w.method(buffer, "Len", [], [.int], pointer: true)
        w.method(buffer, "Reset", [], [], pointer: true)
        w.method(buffer, "Truncate", [.int], [], pointer: true)
        w.method(buffer, "Grow", [.int], [], pointer: true)
        w.function("NewBuffer", [bytes], [pointer])
        w.function("NewBufferString", [.string], [pointer])
        w.function("ReplaceAll", [bytes, bytes, bytes], [bytes])
        w.function("Replace", [bytes, bytes, bytes, .int], [bytes])
        w.function("Contains", [bytes, bytes], [.bool])
        w.function("Equal", [bytes, bytes], [.bool])
        w.function("HasPrefix", [bytes, bytes], [.bool])
        w.function("HasSuffix", [bytes, bytes], [.bool])
        w.function("Index", [bytes, bytes], [.int])
        w.function("ToLower", [bytes], [bytes])
        w.function("ToUpper", [bytes], [bytes])
        w.function("TrimSpace", [bytes], [bytes])
        w.function("Split", [bytes, bytes], [table.slice(of: bytes)])
        w.function("Join", [table.slice(of: bytes), bytes], [bytes])
        _ = writer // Buffer satisfies io.Writer through its Write method.
        return w.build()
    }
}
