import GoStdlibCore

// strconv's error values and the quoting/appending functions: *NumError carries Func, Num
// and Err like Go's (so errors.Is(err, strconv.ErrRange) and errors.As work), and every
// NumError built by a binding shares the ErrRange/ErrSyntax values programs compare with.
extension NativeRegistry {
    func installStrconvPackage() {
        let T = table
        let str = GoType.string, int = GoType.int
        let bytes = T.slice(of: .byte)
        let pkg = PackageRef(path: "strconv", name: "strconv")

        let numError = T.newNamed("NumError", package: pkg)
        numError.named?.setUnderlying(T.structure([
            StructField(name: "Func", type: str, package: pkg),
            StructField(name: "Num", type: str, package: pkg),
            StructField(name: "Err", type: .error, package: pkg),
        ]))
        method(numError, "Error", pointer: true, sig([], [str])) { c in
            let f = unsafeDowncast(c[0].o!, to: Box.self).f
            var out = Array("strconv.".utf8) + f[0].s + Array(": parsing ".utf8)
            GoStrconv.appendQuoted(&out, f[1].s)
            out += Array(": ".utf8)
            if !f[2].isNone { out += try NativeRegistry.callMethod(c, f[2], "Error", []).first?.s ?? [] } else { out += Array("<nil>".utf8) }
            return [.str(out)]
        }
        method(numError, "Unwrap", pointer: true, sig([], [.error])) { c in [unsafeDowncast(c[0].o!, to: Box.self).f[2]] }
        numErrorPointer = T.pointer(to: numError)
        type("strconv", "NumError", numError)
        variable("strconv", "ErrRange", .error, .obj(Cell(errorValue("value out of range"))))
        variable("strconv", "ErrSyntax", .error, .obj(Cell(errorValue("invalid syntax"))))

        func quoting(_ name: String, _ mode: GoStrconv.QuoteMode) {
            function("strconv", name, sig([str], [str])) { c in
                var out: [UInt8] = []; GoStrconv.appendQuoted(&out, c[0].s, mode: mode); return [.str(out)]
            }
            function("strconv", "Append" + name.dropFirst("Quote".count).description.withQuotePrefix, sig([bytes, str], [bytes])) { c in
                var out = c.vm.sliceElements(c[0]).map { UInt8(truncatingIfNeeded: $0.i) }
                GoStrconv.appendQuoted(&out, c[1].s, mode: mode); return [byteSliceValue(out)]
            }
            function("strconv", "QuoteRune" + name.dropFirst("Quote".count), sig([.rune], [str])) { c in
                var out: [UInt8] = []; GoStrconv.appendQuotedRune(&out, GoRune(truncatingIfNeeded: c[0].i), mode: mode); return [.str(out)]
            }
        }
        quoting("QuoteToASCII", .asciiOnly)
        quoting("QuoteToGraphic", .graphic)
        function("strconv", "AppendQuote", sig([bytes, str], [bytes])) { c in
            var out = c.vm.sliceElements(c[0]).map { UInt8(truncatingIfNeeded: $0.i) }
            GoStrconv.appendQuoted(&out, c[1].s); return [byteSliceValue(out)]
        }
        function("strconv", "QuoteRune", sig([.rune], [str])) { c in
            var out: [UInt8] = []; GoStrconv.appendQuotedRune(&out, GoRune(truncatingIfNeeded: c[0].i)); return [.str(out)]
        }
        function("strconv", "CanBackquote", sig([str], [GoType.bool])) { c in [.bool(GoStrconv.canBackquote(c[0].s))] }
        function("strconv", "Unquote", sig([str], [str, .error])) { c in
            if let v = GoStrconv.unquote(c[0].s) { return [.str(v), .none] }
            return [.str([]), self.strconvSentinel("ErrSyntax")]
        }
        function("strconv", "AppendInt", sig([bytes, .int64, int], [bytes])) { c in
            var out = c.vm.sliceElements(c[0]).map { UInt8(truncatingIfNeeded: $0.i) }
            GoStrconv.appendInt(&out, c[1].i, base: try strconvBase(c[2].i)); return [byteSliceValue(out)]
        }
        function("strconv", "AppendUint", sig([bytes, .uint64, int], [bytes])) { c in
            var out = c.vm.sliceElements(c[0]).map { UInt8(truncatingIfNeeded: $0.i) }
            GoStrconv.appendUint(&out, UInt64(bitPattern: c[1].i), base: try strconvBase(c[2].i)); return [byteSliceValue(out)]
        }
        function("strconv", "AppendFloat", sig([bytes, .float64, .byte, int, int], [bytes])) { c in
            var out = c.vm.sliceElements(c[0]).map { UInt8(truncatingIfNeeded: $0.i) }
            GoStrconv.appendFloat(&out, c[1].f, format: UInt8(truncatingIfNeeded: c[2].i), precision: Int(c[3].i), bitSize: Int(c[4].i))
            return [byteSliceValue(out)]
        }
        function("strconv", "AppendBool", sig([bytes, GoType.bool], [bytes])) { c in
            var out = c.vm.sliceElements(c[0]).map { UInt8(truncatingIfNeeded: $0.i) }
            GoStrconv.appendBool(&out, c[1].i != 0); return [byteSliceValue(out)]
        }
    }

    /// The current value of strconv.ErrRange or strconv.ErrSyntax.
    func strconvSentinel(_ name: String) -> Value {
        guard case .obj(let o)? = packages["strconv"]?.variables[name]?.1, let cell = o as? Cell else { return .none }
        return cell.v
    }

    /// A *strconv.NumError value from GoStdlibCore's error.
    func numErrorValue(_ e: GoNumError) -> Value {
        let cause: Value
        switch e.reason {
        case .syntax: cause = strconvSentinel("ErrSyntax")
        case .range: cause = strconvSentinel("ErrRange")
        case .invalidBase, .invalidBitSize: cause = errorValue(e.reason.message)
        }
        return .obj(IfaceVal(type: numErrorPointer, value: .obj(Box([.string(e.function), .str(e.input), cause]))))
    }
}

private extension String {
    /// "ToASCII" → "QuoteToASCII" (the Append variants keep the Quote in their names).
    var withQuotePrefix: String { "Quote" + self }
}
