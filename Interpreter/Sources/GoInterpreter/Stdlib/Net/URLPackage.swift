import GoStdlibCore

// net/url: URL, Userinfo, Values, the escaping functions and the error types, on top of
// GoStdlibCore's parser. Representations are described in URLValues.swift.
extension NativeRegistry {
    func installURL() {
        let T = table
        let str = GoType.string, bool = GoType.bool
        let pkg = PackageRef(path: "net/url", name: "url")
        func field(_ name: String, _ t: GoType) -> StructField { StructField(name: name, type: t, package: pkg) }
        let strSlice = T.slice(of: str)

        let userinfo = T.newNamed("Userinfo", package: pkg)
        userinfo.named?.setUnderlying(T.structure([field("username", str), field("password", str), field("passwordSet", bool)]))
        type("net/url", "Userinfo", userinfo)
        let userinfoPointer = T.pointer(to: userinfo)

        let url = T.newNamed("URL", package: pkg)
        url.named?.setUnderlying(T.structure([
            field("Scheme", str), field("Opaque", str), field("User", userinfoPointer), field("Host", str),
            field("Path", str), field("RawPath", str), field("OmitHost", bool), field("ForceQuery", bool),
            field("RawQuery", str), field("Fragment", str), field("RawFragment", str),
        ]))
        type("net/url", "URL", url)
        let urlPointer = T.pointer(to: url)

        let values = T.newNamed("Values", package: pkg)
        values.named?.setUnderlying(T.map(key: str, value: strSlice))
        type("net/url", "Values", values)

        // Errors: *url.Error wraps the cause of a failed Parse; EscapeError and
        // InvalidHostError are string types, as in Go.
        let urlError = T.newNamed("Error", package: pkg)
        urlError.named?.setUnderlying(T.structure([field("Op", str), field("URL", str), field("Err", .error)]))
        type("net/url", "Error", urlError)
        let urlErrorPointer = T.pointer(to: urlError)
        method(urlError, "Error", pointer: true, sig([], [str])) { c in
            guard case .obj(let o) = c[0], let b = o as? Box else { throw GoPanicError.runtime("invalid memory address or nil pointer dereference") }
            var out = b.f[0].s + [UInt8(ascii: " ")] + GoStrconv.quote(b.f[1].s) + Array(": ".utf8)
            // Go formats Err with %s, which spells a nil error this way.
            if b.f[2].isNone { out += Array("%!s(<nil>)".utf8) } else { out += try c.vm.callInterfaceMethod(c.goroutine, b.f[2], "Error", [])[0].s }
            return [.str(out)]
        }
        method(urlError, "Unwrap", pointer: true, sig([], [.error])) { c in [(c[0].o as? Box)?.f[2] ?? .none] }
        method(urlError, "Timeout", pointer: true, sig([], [bool])) { _ in [.bool(false)] }
        method(urlError, "Temporary", pointer: true, sig([], [bool])) { _ in [.bool(false)] }

        let escapeError = T.newNamed("EscapeError", package: pkg)
        escapeError.named?.setUnderlying(str)
        type("net/url", "EscapeError", escapeError)
        method(escapeError, "Error", pointer: false, sig([], [str])) { c in [.str(GoURLError.escape(c[0].s).text)] }
        let invalidHostError = T.newNamed("InvalidHostError", package: pkg)
        invalidHostError.named?.setUnderlying(str)
        type("net/url", "InvalidHostError", invalidHostError)
        method(invalidHostError, "Error", pointer: false, sig([], [str])) { c in [.str(GoURLError.invalidHost(c[0].s).text)] }

        let errorStringPointer = self.errorStringPointer
        func errorOf(_ e: GoURLError) -> Value {
            switch e {
            case .escape(let s): return .obj(IfaceVal(type: escapeError, value: .str(s)))
            case .invalidHost(let s): return .obj(IfaceVal(type: invalidHostError, value: .str(s)))
            case .message(let m): return .obj(IfaceVal(type: errorStringPointer, value: .obj(Box([.string(m)]))))
            }
        }
        func unescaped(_ s: [UInt8], _ decode: ([UInt8]) throws(GoURLError) -> [UInt8]) -> [Value] {
            do { return [.str(try decode(s)), .none] } catch { return [.str([]), errorOf(error)] }
        }
        func parseResult(_ r: Result<GoURL, GoURLParseFailure>) -> [Value] {
            switch r {
            case .success(let u): return [URLValues.url(u)]
            case .failure(let f):
                let wrapped = Box([.string("parse"), .str(f.url), errorOf(f.error)])
                return [.none, .obj(IfaceVal(type: urlErrorPointer, value: .obj(wrapped)))]
            }
        }
        func parsed(_ r: Result<GoURL, GoURLParseFailure>) -> [Value] {
            let v = parseResult(r)
            return v.count == 1 ? [v[0], .none] : v
        }
        func receiver(_ c: NativeCall) throws(GoPanicError) -> GoURL {
            guard let u = URLValues.goURL(c[0]) else { throw .runtime("invalid memory address or nil pointer dereference") }
            return u
        }

        // Functions.
        function("net/url", "Parse", sig([str], [urlPointer, .error])) { c in parsed(GoURL.parse(c[0].s)) }
        function("net/url", "ParseRequestURI", sig([str], [urlPointer, .error])) { c in parsed(GoURL.parseRequestURI(c[0].s)) }
        function("net/url", "ParseQuery", sig([str], [values, .error])) { c in
            let (pairs, error) = GoURLQuery.parse(c[0].s)
            return [URLValues.values(pairs), error.map(errorOf) ?? .none]
        }
        function("net/url", "QueryEscape", sig([str], [str])) { c in [.str(GoURLEscaping.queryEscape(c[0].s))] }
        function("net/url", "PathEscape", sig([str], [str])) { c in [.str(GoURLEscaping.pathEscape(c[0].s))] }
        function("net/url", "QueryUnescape", sig([str], [str, .error])) { c in
            unescaped(c[0].s, GoURLEscaping.queryUnescape)
        }
        function("net/url", "PathUnescape", sig([str], [str, .error])) { c in
            unescaped(c[0].s, GoURLEscaping.pathUnescape)
        }
        function("net/url", "User", sig([str], [userinfoPointer])) { c in [URLValues.userinfo(GoUserinfo(username: c[0].s))] }
        function("net/url", "UserPassword", sig([str, str], [userinfoPointer])) { c in
            [URLValues.userinfo(GoUserinfo(username: c[0].s, password: c[1].s, passwordSet: true))]
        }
        function("net/url", "JoinPath", sig([str, strSlice], [str, .error], variadic: true)) { c in
            let r = parseResult(GoURL.parse(c[0].s))
            guard let base = URLValues.goURL(r[0]) else { return [.str([]), r[1]] }
            do throws(GoURLError) {
                return [.str(try base.joiningPath(sliceElementsStatic(c[1]).map(\.s)).string), .none]
            } catch { return [.str([]), errorOf(error)] }
        }

        // *URL methods.
        method(url, "String", pointer: true, sig([], [str])) { c in [.str(try receiver(c).string)] }
        method(url, "Redacted", pointer: true, sig([], [str])) { c in [.str(URLValues.goURL(c[0])?.redacted ?? [])] }
        method(url, "EscapedPath", pointer: true, sig([], [str])) { c in [.str(try receiver(c).escapedPath)] }
        method(url, "EscapedFragment", pointer: true, sig([], [str])) { c in [.str(try receiver(c).escapedFragment)] }
        method(url, "Hostname", pointer: true, sig([], [str])) { c in [.str(try receiver(c).hostname)] }
        method(url, "Port", pointer: true, sig([], [str])) { c in [.str(try receiver(c).port)] }
        method(url, "IsAbs", pointer: true, sig([], [bool])) { c in [.bool(try receiver(c).isAbsolute)] }
        method(url, "RequestURI", pointer: true, sig([], [str])) { c in [.str(try receiver(c).requestURI)] }
        method(url, "Query", pointer: true, sig([], [values])) { c in [URLValues.values(GoURLQuery.parse(try receiver(c).rawQuery).pairs)] }
        method(url, "ResolveReference", pointer: true, sig([urlPointer], [urlPointer])) { c in
            guard let ref = URLValues.goURL(c[1]) else { throw GoPanicError.runtime("invalid memory address or nil pointer dereference") }
            return [URLValues.url(try receiver(c).resolve(ref))]
        }
        method(url, "Parse", pointer: true, sig([str], [urlPointer, .error])) { c in
            let base = try receiver(c)
            let r = parsed(GoURL.parse(c[1].s))
            guard let ref = URLValues.goURL(r[0]) else { return r }
            return [URLValues.url(base.resolve(ref)), .none]
        }
        method(url, "JoinPath", pointer: true, sig([strSlice], [urlPointer], variadic: true)) { c in
            let base = try receiver(c)
            // Go ignores the error: the joined path is built from an escaped path.
            let joined = (try? base.joiningPath(sliceElementsStatic(c[1]).map(\.s))) ?? base
            return [URLValues.url(joined)]
        }

        // *Userinfo methods (nil-safe, as in Go).
        method(userinfo, "Username", pointer: true, sig([], [str])) { c in [.str(URLValues.goUserinfo(c[0])?.username ?? [])] }
        method(userinfo, "Password", pointer: true, sig([], [str, bool])) { c in
            let u = URLValues.goUserinfo(c[0])
            return [.str(u?.password ?? []), .bool(u?.passwordSet ?? false)]
        }
        method(userinfo, "String", pointer: true, sig([], [str])) { c in [.str(URLValues.goUserinfo(c[0])?.string ?? [])] }

        // Values methods (value receiver on the map).
        func valuesMap(_ v: Value) -> MapVal? { v.o as? MapVal }
        method(values, "Get", pointer: false, sig([str], [str])) { c in
            guard let m = valuesMap(c[0]), let vs = m.d[MapKey(v: c[1])], case .obj(let o) = vs, let s = o as? SliceVal, s.len > 0 else { return [.str([])] }
            return [s[0]]
        }
        func assignment(_ c: NativeCall) throws(GoPanicError) -> MapVal {
            guard let m = valuesMap(c[0]) else { throw .plain("assignment to entry in nil map") }
            return m
        }
        method(values, "Set", pointer: false, sig([str, str], [])) { c in
            try assignment(c).d[MapKey(v: c[1])] = stringSliceValue([c[2].s])
            return []
        }
        method(values, "Add", pointer: false, sig([str, str], [])) { c in
            let m = try assignment(c)
            let existing = m.d[MapKey(v: c[1])].map { sliceElementsStatic($0).map(\.s) } ?? []
            m.d[MapKey(v: c[1])] = stringSliceValue(existing + [c[2].s])
            return []
        }
        method(values, "Del", pointer: false, sig([str], [])) { c in
            valuesMap(c[0])?.d.removeValue(forKey: MapKey(v: c[1]))
            return []
        }
        method(values, "Has", pointer: false, sig([str], [bool])) { c in [.bool(valuesMap(c[0])?.d[MapKey(v: c[1])] != nil)] }
        method(values, "Encode", pointer: false, sig([], [str])) { c in [.str(GoURLQuery.encode(URLValues.entries(c[0])))] }
    }
}
