import GoRegexp
import GoStdlibCore

// regexp: the package functions (Compile, MustCompile, Match, QuoteMeta, ...). The methods of
// *Regexp are installed by the neighbouring files, one family each; matching is GoRegexp's.
extension NativeRegistry {
    func installRegexp() {
        let T = table
        let pkg = PackageRef(path: "regexp", name: "regexp")
        let regexpType = T.newNamed("Regexp", package: pkg)
        regexpType.named?.setUnderlying(T.structure([StructField(name: "impl", type: .any, package: pkg)]))
        type("regexp", "Regexp", regexpType)
        let byteSlice = T.slice(of: .byte)
        let types = RegexpTypes(
            regexp: regexpType, regexpPointer: T.pointer(to: regexpType),
            int: .int, string: .string, bool: .bool,
            intSlice: T.slice(of: .int), intSlices: T.slice(of: T.slice(of: .int)),
            byteSlice: byteSlice, byteSlices: T.slice(of: byteSlice),
            byteSliceSlices: T.slice(of: T.slice(of: byteSlice)),
            stringSlice: T.slice(of: .string), stringSlices: T.slice(of: T.slice(of: .string)),
            runeReader: packages["io"]?.types["RuneReader"] ?? .any,
            syntaxErrorPointer: installRegexpSyntaxErrors())
        installRegexpFunctions(types)
        installRegexpAccessors(types)
        installRegexpMatching(types)
        installRegexpFind(types)
        installRegexpFindAll(types)
        installRegexpReplace(types)
        installRegexpSplit(types)
    }

    private func installRegexpFunctions(_ t: RegexpTypes) {
        let ptr = t.regexpPointer, str = t.string, bool = t.bool
        func compiled(_ c: NativeCall, posix: Bool) -> [Value] {
            switch t.compile(c[0].s, posix: posix) {
            case .compiled(let re): return [RegexpValues.pointer(to: re), .none]
            case .failed(let error): return [.none, error.value]
            }
        }
        function("regexp", "Compile", sig([str], [ptr, .error])) { c in compiled(c, posix: false) }
        function("regexp", "CompilePOSIX", sig([str], [ptr, .error])) { c in compiled(c, posix: true) }
        func mustCompile(_ c: NativeCall, posix: Bool) throws(GoPanicError) -> [Value] {
            switch t.compile(c[0].s, posix: posix) {
            case .compiled(let re): return [RegexpValues.pointer(to: re)]
            case .failed(let error):
                // Go's regexp.quote: backquoted when possible, else a Go string literal.
                let pattern = c[0].s
                let quoted = GoStrconv.canBackquote(pattern) ? [0x60] + pattern + [0x60] : GoStrconv.quote(pattern)
                let head = posix ? "regexp: CompilePOSIX(" : "regexp: Compile("
                let text = Array(head.utf8) + quoted + Array("): ".utf8) + error.message
                throw GoPanicError(value: .obj(IfaceVal(type: .string, value: .str(text))), isRuntimeError: false)
            }
        }
        function("regexp", "MustCompile", sig([str], [ptr])) { c in try mustCompile(c, posix: false) }
        function("regexp", "MustCompilePOSIX", sig([str], [ptr])) { c in try mustCompile(c, posix: true) }

        func match(_ pattern: [UInt8], _ input: () throws(GoPanicError) -> [UInt8]) throws(GoPanicError) -> [Value] {
            switch t.compile(pattern, posix: false) {
            case .compiled(let re): return [.bool(re.matches(try input())), .none]
            case .failed(let error): return [.bool(false), error.value]
            }
        }
        function("regexp", "MatchString", sig([str, str], [bool, .error])) { c in try match(c[0].s) { c[1].s } }
        function("regexp", "Match", sig([str, t.byteSlice], [bool, .error])) { c in try match(c[0].s) { bytesOfSlice(c[1]) } }
        function("regexp", "MatchReader", sig([str, t.runeReader], [bool, .error])) { c in
            try match(c[0].s) { () throws(GoPanicError) in try RegexpReaderInput.drain(c, c[1]) }
        }
        function("regexp", "QuoteMeta", sig([str], [str])) { c in
            // Byte-wise, as Go: only ASCII metacharacters are escaped, other bytes pass through.
            var out: [UInt8] = []
            for b in c[0].s {
                if RegexpTypes.metacharacters.contains(b) { out.append(0x5C) }
                out.append(b)
            }
            return [.str(out)]
        }
    }
}

/// The outcome of compiling a program's pattern.
enum RegexpCompileResult {
    case compiled(Regexp)
    case failed(RegexpCompileFailure)
}

/// A failed compile: the `error` value handed to the program and its message.
struct RegexpCompileFailure {
    let value: Value
    let message: [UInt8]
}

extension RegexpTypes {
    static let metacharacters = Set(#"\.+*?()|[]{}^$"#.utf8)

    /// Compiles a Go string (raw bytes) with Perl or POSIX syntax.
    func compile(_ pattern: [UInt8], posix: Bool) -> RegexpCompileResult {
        // Go's parser rejects invalid UTF-8, reporting the text from the bad byte on.
        var i = 0
        while i < pattern.count {
            let (r, size) = GoUTF8.decodeRune(pattern, at: i)
            if r == GoUTF8.runeError && size == 1 {
                return .failed(failure(code: .invalidUTF8, expr: Array(pattern[i...])))
            }
            i += size
        }
        let text = String(decoding: pattern, as: UTF8.self)
        do {
            return .compiled(posix ? try Regexp.posix(text) : try Regexp(text))
        } catch {
            return .failed(failure(code: error.code, expr: Array(error.expr.utf8)))
        }
    }

    private func failure(code: RegexpError.Code, expr: [UInt8]) -> RegexpCompileFailure {
        let message = Array("error parsing regexp: \(code.rawValue): `".utf8) + expr + [0x60]
        return RegexpCompileFailure(value: errorValue(code: code, expr: expr), message: message)
    }
}
