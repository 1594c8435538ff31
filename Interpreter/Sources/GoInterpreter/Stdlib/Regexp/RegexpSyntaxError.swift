import GoRegexp

// regexp/syntax's error shape: compile errors are `*syntax.Error{Code, Expr}` values whose
// Error() reads "error parsing regexp: <code>: `<expr>`", so programs can inspect them with
// a type assertion or errors.As just as with Go's library.
extension NativeRegistry {
    /// Declares `regexp/syntax.Error`, `ErrorCode` and the `Err*` constants; returns `*Error`.
    func installRegexpSyntaxErrors() -> GoType {
        let T = table
        let path = "regexp/syntax"
        let pkg = PackageRef(path: path, name: "syntax")
        let code = T.newNamed("ErrorCode", package: pkg)
        code.named?.setUnderlying(.string)
        type(path, "ErrorCode", code)
        method(code, "String", pointer: false, sig([], [.string])) { c in [c[0]] }

        let error = T.newNamed("Error", package: pkg)
        error.named?.setUnderlying(T.structure([
            StructField(name: "Code", type: code, package: pkg),
            StructField(name: "Expr", type: .string, package: pkg),
        ]))
        type(path, "Error", error)
        method(error, "Error", pointer: true, sig([], [.string])) { c in
            guard case .obj(let o) = c[0], let box = o as? Box else {
                throw GoPanicError.runtime("invalid memory address or nil pointer dereference")
            }
            let text: [UInt8] = Array("error parsing regexp: ".utf8) + box.f[0].s + Array(": `".utf8) + box.f[1].s + [0x60]
            return [.str(text)]
        }

        let codes: [(String, RegexpError.Code)] = [
            ("ErrInternalError", .internalError), ("ErrInvalidCharClass", .invalidCharClass),
            ("ErrInvalidCharRange", .invalidCharRange), ("ErrInvalidEscape", .invalidEscape),
            ("ErrInvalidNamedCapture", .invalidNamedCapture), ("ErrInvalidPerlOp", .invalidPerlOp),
            ("ErrInvalidRepeatOp", .invalidRepeatOp), ("ErrInvalidRepeatSize", .invalidRepeatSize),
            ("ErrInvalidUTF8", .invalidUTF8), ("ErrMissingBracket", .missingBracket),
            ("ErrMissingParen", .missingParen), ("ErrMissingRepeatArgument", .missingRepeatArgument),
            ("ErrTrailingBackslash", .trailingBackslash), ("ErrUnexpectedParen", .unexpectedParen),
            ("ErrNestingDepth", .nestingDepth), ("ErrLarge", .large),
        ]
        for (name, value) in codes {
            constant(path, name, code, .string(Array(value.rawValue.utf8)))
        }
        return T.pointer(to: error)
    }
}

extension RegexpTypes {
    /// The `error` value for a failed compile: a `*syntax.Error`.
    func errorValue(code: RegexpError.Code, expr: [UInt8]) -> Value {
        .obj(IfaceVal(type: syntaxErrorPointer, value: .obj(Box([.str(Array(code.rawValue.utf8)), .str(expr)]))))
    }
}
