import Causeway
import Foundation
import GoInterpreter
import NIOCore
import NIOHTTP1

/// `net/http` for plugins, bound to the live request: Request/Header/Cookie/ResponseWriter and
/// the helpers middlewares use. The gateway's ResponseWriter and the `next` handler given to
/// `New` are host types; `next.ServeHTTP` suspends the plugin's goroutine while the rest of
/// the chain runs, then writes the response it got into whatever writer the plugin passed.
struct HTTPPackage {
    let types: HTTPTypes
    let values: RequestValues
    /// Set once the program is loaded: the context requests carry when built by the plugin.
    let runtime: HTTPRuntimeState

    init(types: HTTPTypes, runtime: HTTPRuntimeState) {
        self.types = types
        self.values = RequestValues(types: types)
        self.runtime = runtime
    }

    func makePackage(table: TypeTable) -> GoPackage {
        let package = GoPackage(path: "net/http", name: "http")
        let t = types
        func sig(_ parameters: [GoType], _ results: [GoType], variadic: Bool = false) -> GoType {
            table.signature(parameters: parameters, results: results, isVariadic: variadic)
        }
        let strings = table.slice(of: .string)
        let bytes = table.slice(of: .byte)
        for (name, type) in [("Header", t.header), ("Request", t.request), ("Cookie", t.cookie), ("ResponseWriter", t.responseWriter),
                             ("Handler", t.handler), ("HandlerFunc", t.handlerFunc), ("SameSite", t.sameSite), ("Dir", t.dir),
                             ("FileSystem", t.fileSystem), ("Hijacker", t.hijacker), ("Response", t.response)] {
            package.type(name, type)
        }
        let flusher = table.newNamed("Flusher", package: PackageRef(path: "net/http", name: "http"))
        flusher.named!.setUnderlying(table.interface(methods: [Method(name: "Flush", package: nil, signature: sig([], []))]))
        package.type("Flusher", flusher)

        // Errors with stable identity (compared with ==).
        let protocolError = table.newNamed("ProtocolError", package: PackageRef(path: "net/http", name: "http"))
        protocolError.named!.setUnderlying(table.structure([StructField(name: "ErrorString", type: .string, package: PackageRef(path: "net/http", name: "http"))]))
        let protocolErrorPointer = table.pointer(to: protocolError)
        package.type("ProtocolError", protocolError)
        package.method(protocolError, "Error", pointerReceiver: true, sig([], [.string])) { a in [a[0].field(0) ?? .string("")] }
        func sentinel(_ text: String) -> GoValue { .interface(.structure([.string(text)]), type: protocolErrorPointer) }
        let errNoCookie = sentinel("http: named cookie not present")
        package.variable("ErrNoCookie", .error, errNoCookie)
        package.variable("ErrAbortHandler", .error, sentinel("net/http: abort Handler"))
        package.variable("ErrNotSupported", .error, sentinel("feature not supported"))
        package.variable("ErrBodyNotAllowed", .error, sentinel("http: request method or response status code does not allow body"))

        for (name, value) in [("SameSiteDefaultMode", 1), ("SameSiteLaxMode", 2), ("SameSiteStrictMode", 3), ("SameSiteNoneMode", 4)] {
            package.constant(name, t.sameSite, .integer(Int64(value)))
        }
        let httpRef = PackageRef(path: "net/http", name: "http")
        let closeNotifier = table.newNamed("CloseNotifier", package: httpRef)
        closeNotifier.named!.setUnderlying(table.interface(methods: [
            Method(name: "CloseNotify", package: nil, signature: sig([], [table.chan(of: .bool, direction: .receive)])),
        ]))
        package.type("CloseNotifier", closeNotifier)
        declareHeader(package, sig: sig, strings: strings)
        declareFiles(package, sig: sig)
        declareBodies(package, table: table, sig: sig, bytes: bytes)
        declareCookie(package, sig: sig)
        declareRequest(package, table: table, sig: sig, errNoCookie: errNoCookie)
        declareWriter(package, table: table, sig: sig, bytes: bytes)
        declareNext(package, sig: sig)
        declareFunctions(package, sig: sig, bytes: bytes)
        for (name, value) in Self.methods { package.constant(name, .untypedString, .string(value)) }
        for (name, code) in Self.statusCodes { package.constant(name, .untypedInt, .integer(Int64(code))) }
        package.constant("TimeFormat", .untypedString, .string("Mon, 02 Jan 2006 15:04:05 GMT"))
        package.constant("DefaultMaxHeaderBytes", .untypedInt, .integer(1 << 20))
        return package
    }

    private func declareHeader(_ p: GoPackage, sig: (([GoType], [GoType], Bool) -> GoType), strings: GoType) {
        let h = types.header
        p.method(h, "Get", pointerReceiver: false, sig([.string], [.string], false)) { a in [.string(HeaderMap.get(a[0], a[1].stringValue))] }
        p.method(h, "Set", pointerReceiver: false, sig([.string, .string], [], false)) { a in
            guard !a[0].isNil else { throw GoHostPanic("assignment to entry in nil map") }
            HeaderMap.set(a[0], a[1].stringValue, a[2].stringValue); return []
        }
        p.method(h, "Add", pointerReceiver: false, sig([.string, .string], [], false)) { a in
            guard !a[0].isNil else { throw GoHostPanic("assignment to entry in nil map") }
            HeaderMap.add(a[0], a[1].stringValue, a[2].stringValue); return []
        }
        p.method(h, "Del", pointerReceiver: false, sig([.string], [], false)) { a in HeaderMap.delete(a[0], a[1].stringValue); return [] }
        p.method(h, "Values", pointerReceiver: false, sig([.string], [strings], false)) { a in
            let values = HeaderMap.values(a[0], HeaderMap.canonical(a[1].stringValue))
            return [values.isEmpty ? .nil : .slice(values)]
        }
        p.method(h, "Clone", pointerReceiver: false, sig([], [h], false)) { a in [a[0].isNil ? .nil : HeaderMap.copy(a[0])] }
        p.methodWithContext(h, "Write", pointerReceiver: false, sig([types.writer], [.error], false), { c in
            var text = ""
            for (name, value) in HeaderMap.read(c[0]) { text += "\(name): \(value)\r\n" }
            let result = try c.callMethod(c[1], "Write", [.byteSlice(Array(text.utf8))])
            return [result.count > 1 ? result[1] : .nil]
        })
    }

    private func declareCookie(_ p: GoPackage, sig: (([GoType], [GoType], Bool) -> GoType)) {
        p.method(types.cookie, "String", pointerReceiver: true, sig([], [.string], false)) { a in [.string(CookieText.format(a[0]))] }
        p.methodWithContext(types.cookie, "Valid", pointerReceiver: true, sig([], [.error], false), { c in
            let name = c[0].field(0)?.stringValue ?? ""
            return [name.isEmpty ? c.error("http: invalid Cookie.Name") : .nil]
        })
    }

    private func declareRequest(_ p: GoPackage, table: TypeTable, sig: (([GoType], [GoType], Bool) -> GoType), errNoCookie: GoValue) {
        let r = types.request
        let rp = types.requestPointer
        typealias F = HTTPTypes.Field
        func field(_ request: GoValue, _ f: F) -> GoValue { request.field(f.rawValue) ?? .nil }
        func copyRequest(_ request: GoValue) -> GoValue { .structure(request.fields ?? []) }
        let runtime = self.runtime
        p.method(r, "Context", pointerReceiver: true, sig([], [types.context], false)) { a in
            let context = field(a[0], .ctx)
            return [context.isNil ? runtime.background : context]
        }
        p.method(r, "WithContext", pointerReceiver: true, sig([types.context], [rp], false)) { a in
            guard !a[1].isNil else { throw GoHostPanic("nil context") }
            let copy = copyRequest(a[0])
            copy.setField(F.ctx.rawValue, a[1])
            return [copy]
        }
        p.method(r, "Clone", pointerReceiver: true, sig([types.context], [rp], false)) { a in
            guard !a[1].isNil else { throw GoHostPanic("nil context") }
            let copy = copyRequest(a[0])
            copy.setField(F.ctx.rawValue, a[1])
            let header = field(a[0], .header)
            if !header.isNil { copy.setField(F.header.rawValue, HeaderMap.copy(header)) }
            let url = field(a[0], .url)
            if !url.isNil { copy.setField(F.url.rawValue, .structure(url.fields ?? [])) }
            return [copy]
        }
        p.method(r, "Cookies", pointerReceiver: true, sig([], [table.slice(of: types.cookiePointer)], false)) { a in
            [.slice(CookieText.parse(HeaderMap.values(field(a[0], .header), "Cookie").map(\.stringValue), filter: nil, types: types))]
        }
        p.method(r, "Cookie", pointerReceiver: true, sig([.string], [types.cookiePointer, .error], false)) { a in
            let found = CookieText.parse(HeaderMap.values(field(a[0], .header), "Cookie").map(\.stringValue), filter: a[1].stringValue, types: types)
            return found.first.map { [$0, .nil] } ?? [.nil, errNoCookie]
        }
        p.method(r, "AddCookie", pointerReceiver: true, sig([types.cookiePointer], [], false)) { a in
            let header = field(a[0], .header)
            let pair = "\(a[1].field(HTTPTypes.CookieField.name.rawValue)?.stringValue ?? "")=\(a[1].field(HTTPTypes.CookieField.value.rawValue)?.stringValue ?? "")"
            let existing = HeaderMap.get(header, "Cookie")
            HeaderMap.set(header, "Cookie", existing.isEmpty ? pair : existing + "; " + pair)
            return []
        }
        p.method(r, "UserAgent", pointerReceiver: true, sig([], [.string], false)) { a in [.string(HeaderMap.get(field(a[0], .header), "User-Agent"))] }
        p.method(r, "Referer", pointerReceiver: true, sig([], [.string], false)) { a in [.string(HeaderMap.get(field(a[0], .header), "Referer"))] }
        p.method(r, "ProtoAtLeast", pointerReceiver: true, sig([.int, .int], [.bool], false)) { a in
            let major = field(a[0], .protoMajor).intValue, minor = field(a[0], .protoMinor).intValue
            return [.bool(major > a[1].intValue || (major == a[1].intValue && minor >= a[2].intValue))]
        }
        p.method(r, "BasicAuth", pointerReceiver: true, sig([], [.string, .string, .bool], false)) { a in
            let auth = HeaderMap.get(field(a[0], .header), "Authorization")
            guard auth.count > 6, auth.prefix(6).lowercased() == "basic ",
                  let data = Data(base64Encoded: String(auth.dropFirst(6))),
                  let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":") else {
                return [.string(""), .string(""), .bool(false)]
            }
            return [.string(String(text[..<colon])), .string(String(text[text.index(after: colon)...])), .bool(true)]
        }
        p.method(r, "SetBasicAuth", pointerReceiver: true, sig([.string, .string], [], false)) { a in
            let token = Data("\(a[1].stringValue):\(a[2].stringValue)".utf8).base64EncodedString()
            HeaderMap.set(field(a[0], .header), "Authorization", "Basic " + token)
            return []
        }
        p.method(r, "ParseForm", pointerReceiver: true, sig([], [.error], false)) { a in
            FormValues.parse(a[0], types: types)
            return [.nil]
        }
        p.method(r, "FormValue", pointerReceiver: true, sig([.string], [.string], false)) { a in
            FormValues.parse(a[0], types: types)
            let form = field(a[0], .form)
            return [form.mapLookup(a[1])?.elements?.first ?? .string("")]
        }
        p.method(r, "PostFormValue", pointerReceiver: true, sig([.string], [.string], false)) { a in
            FormValues.parse(a[0], types: types)
            return [field(a[0], .postForm).mapLookup(a[1])?.elements?.first ?? .string("")]
        }
    }

    private func declareWriter(_ p: GoPackage, table: TypeTable, sig: (([GoType], [GoType], Bool) -> GoType), bytes: GoType) {
        let response = types.hostResponsePointer.pointerElement!
        func state(_ value: GoValue) throws -> ResponseWriterState {
            guard let state = value.field(0)?.hostObject as? ResponseWriterState else { throw GoHostPanic("invalid memory address or nil pointer dereference") }
            return state
        }
        p.method(response, "Header", pointerReceiver: true, sig([], [types.header], false)) { a in [try state(a[0]).headerMap] }
        p.method(response, "WriteHeader", pointerReceiver: true, sig([.int], [], false)) { a in try state(a[0]).writeHeader(a[1].intValue); return [] }
        p.method(response, "Write", pointerReceiver: true, sig([bytes], [.int, .error], false)) { a in
            [.int(try state(a[0]).write(a[1].byteSliceContents)), .nil]
        }
        p.method(response, "WriteString", pointerReceiver: true, sig([.string], [.int, .error], false)) { a in
            [.int(try state(a[0]).write(a[1].bytesValue)), .nil]
        }
        p.method(response, "Flush", pointerReceiver: true, sig([], [], false)) { a in try state(a[0]).flush(); return [] }
        // Connection takeover (WebSockets) is not offered to plugins: Hijack reports it.
        p.methodWithContext(response, "Hijack", pointerReceiver: true, sig([], types.hijackResults, false)) { c in
            [.nil, .nil, c.error("http: Hijack is not supported for Causeway plugins")]
        }
        p.methodWithContext(types.responsePointer.pointerElement!, "Cookies", pointerReceiver: true,
                            sig([], [table.slice(of: types.cookiePointer)], false)) { c in
            let header = c[0].field(HTTPTypes.ResponseField.header.rawValue) ?? .nil
            let lines = HeaderMap.values(header, "Set-Cookie").map(\.stringValue)
            return [.slice(lines.compactMap { CookieText.parseSetCookie($0, types: types) })]
        }

        let body = types.bodyPointer.pointerElement!
        p.methodWithContext(body, "Read", pointerReceiver: true, sig([bytes], [.int, .error], false), { c in
            guard let state = c[0].field(0)?.hostObject as? RequestBodyState else { return [.int(0), c.eof] }
            if state.offset >= state.bytes.count { return [.int(0), c.eof] }
            let n = c[1].copyIntoByteSlice(state.remaining)
            state.offset += n
            return [.int(n), .nil]
        })
        p.method(body, "Close", pointerReceiver: true, sig([], [.error], false)) { _ in [.nil] }
    }

    private func declareNext(_ p: GoPackage, sig: (([GoType], [GoType], Bool) -> GoType)) {
        let next = types.nextPointer.pointerElement!
        let values = self.values
        let hostResponse = types.hostResponsePointer
        p.suspendingMethod(next, "ServeHTTP", pointerReceiver: true, sig([types.responseWriter, types.requestPointer], [], false), prepare: { c in
            // A request the plugin built itself (http.NewRequest) continues the exchange of the
            // gateway writer it is served with.
            let hostWriter = c[1].dynamicType == hostResponse ? c[1].dynamicValue.field(0)?.hostObject as? ResponseWriterState : nil
            guard let exchange = values.origin(c[2]) ?? hostWriter?.exchange else {
                throw GoHostPanic("net/http: next.ServeHTTP called with a request the gateway did not receive and a wrapped writer (derive requests with req.Clone or req.WithContext)")
            }
            let request = try values.read(c[2], original: exchange.request, context: c)
            let writer = c[1]
            // The plugin passes the gateway's own writer, untouched: the upstream response
            // streams straight to the client after the headers set so far.
            if writer.dynamicType == hostResponse, let state = writer.dynamicValue.field(0)?.hostObject as? ResponseWriterState,
               state.canStreamThrough, state.exchange === exchange {
                // Nothing follows `next` in the handler: end its response with the upstream's
                // instead of resuming the goroutine only to return.
                if c.returnsRightAfterThisCall {
                    exchange.forwardStreaming(request, writerHeaders: state.handOffToStreamThrough(), completion: nil)
                    return nil
                }
                let headers = state.beginStreamThrough()
                return { completion in
                    exchange.forwardStreaming(request, writerHeaders: headers) { streamed in
                        completion.resume(returning: [.hostObject(StreamedResponseBox(streamed))])
                    }
                }
            }
            return { completion in
                exchange.forward(request) { captured in
                    completion.resume(returning: [.hostObject(CapturedResponseBox(captured))])
                }
            }
        }, finish: { c, results in
            let writer = c[1]
            if let streamed = results.first?.hostObject as? StreamedResponseBox,
               let state = writer.dynamicValue.field(0)?.hostObject as? ResponseWriterState {
                state.endStreamThrough(streamed.response)
                return []
            }
            guard let captured = (results.first?.hostObject as? CapturedResponseBox)?.response else { return [] }
            if writer.dynamicType == hostResponse, let state = writer.dynamicValue.field(0)?.hostObject as? ResponseWriterState {
                for (name, value) in captured.headers { HeaderMap.add(state.headerMap, name, value) }
                try state.writeHeader(Int(captured.status.code))
                if captured.body.readableBytes > 0 { _ = try state.write(Array(captured.body.readableBytesView)) }
                return []
            }
            let header = try c.callMethod(writer, "Header", [])[0]
            for (name, value) in captured.headers { HeaderMap.add(header, name, value) }
            _ = try c.callMethod(writer, "WriteHeader", [.int(Int(captured.status.code))])
            if captured.body.readableBytes > 0 {
                _ = try c.callMethod(writer, "Write", [.byteSlice(captured.body.readableBytesView)])
            }
            return []
        })
        p.methodWithContext(types.handlerFunc, "ServeHTTP", pointerReceiver: false, sig([types.responseWriter, types.requestPointer], [], false), { c in
            _ = try c.call(c[0], [c[1], c[2]])
            return []
        })
    }

    private func declareFunctions(_ p: GoPackage, sig: (([GoType], [GoType], Bool) -> GoType), bytes: GoType) {
        let w = types.responseWriter, rp = types.requestPointer
        func error(_ c: GoCallContext, _ writer: GoValue, _ message: String, _ code: Int) throws {
            let header = try c.callMethod(writer, "Header", [])[0]
            HeaderMap.delete(header, "Content-Length")
            HeaderMap.set(header, "Content-Type", "text/plain; charset=utf-8")
            HeaderMap.set(header, "X-Content-Type-Options", "nosniff")
            _ = try c.callMethod(writer, "WriteHeader", [.int(code)])
            _ = try c.callMethod(writer, "Write", [.byteSlice(Array((message + "\n").utf8))])
        }
        p.functionWithContext("Error", sig([w, .string, .int], [], false), { c in
            try error(c, c[0], c[1].stringValue, c[2].intValue); return []
        })
        p.functionWithContext("NotFound", sig([w, rp], [], false), { c in
            try error(c, c[0], "404 page not found", 404); return []
        })
        p.functionWithContext("Redirect", sig([w, rp, .string, .int], [], false), { c in
            let header = try c.callMethod(c[0], "Header", [])[0]
            let location = c[2].stringValue
            HeaderMap.set(header, "Location", location)
            let method = c[1].field(HTTPTypes.Field.method.rawValue)?.stringValue ?? "GET"
            let code = c[3].intValue
            if method == "GET" || method == "HEAD" {
                HeaderMap.set(header, "Content-Type", "text/html; charset=utf-8")
            }
            _ = try c.callMethod(c[0], "WriteHeader", [.int(code)])
            if method == "GET" {
                let text = "<a href=\"\(Self.htmlEscape(location))\">\(Self.statusText(code))</a>.\n\n"
                _ = try c.callMethod(c[0], "Write", [.byteSlice(Array(text.utf8))])
            }
            return []
        })
        p.function("StatusText", sig([.int], [.string], false)) { a in [.string(Self.statusText(a[0].intValue))] }
        p.function("CanonicalHeaderKey", sig([.string], [.string], false)) { a in [.string(HeaderMap.canonical(a[0].stringValue))] }
        p.function("DetectContentType", sig([bytes], [.string], false)) { a in [.string(ResponseWriterState.detectContentType(a[0].byteSliceContents))] }
        p.functionWithContext("SetCookie", sig([w, types.cookiePointer], [], false), { c in
            guard !(c[1].field(0)?.stringValue ?? "").isEmpty else { return [] }
            let header = try c.callMethod(c[0], "Header", [])[0]
            HeaderMap.add(header, "Set-Cookie", CookieText.format(c[1]))
            return []
        })
    }

    /// `http.NoBody`, `http.MaxBytesReader` and `http.NewRequest` (a request the plugin builds:
    /// it has no gateway origin, so `next` refuses it).
    private func declareBodies(_ p: GoPackage, table: TypeTable, sig: (([GoType], [GoType], Bool) -> GoType), bytes: GoType) {
        let t = types
        p.variable("NoBody", t.readCloser, values.noBody)
        let httpRef = PackageRef(path: "net/http", name: "http")
        let limited = table.newNamed("maxBytesReader", package: httpRef)
        limited.named!.setUnderlying(table.structure([
            StructField(name: "r", type: t.readCloser, package: httpRef), StructField(name: "n", type: .int64, package: httpRef),
        ]))
        let limitedPointer = table.pointer(to: limited)
        p.function("MaxBytesReader", sig([t.responseWriter, t.readCloser, .int64], [t.readCloser], false)) { a in
            [.interface(.structure([a[1], a[2]]), type: limitedPointer)]
        }
        p.methodWithContext(limited, "Read", pointerReceiver: true, sig([bytes], [.int, .error], false)) { c in
            let remaining = c[0].field(1)?.int64Value ?? 0
            let wanted = c[1].sliceCount
            if wanted == 0 { return [.int(0), .nil] }
            let window = GoValue.byteSlice([UInt8](repeating: 0, count: Int(min(Int64(wanted), max(remaining, 0) + 1))))
            let result = try c.callMethod(c[0].field(0) ?? .nil, "Read", [window])
            var n = result[0].intValue
            if Int64(n) > remaining {
                n = Int(max(remaining, 0))
                _ = c[1].copyIntoByteSlice(window.byteSliceContents.prefix(n))
                c[0].setField(1, .int64(0))
                return [.int(n), c.error("http: request body too large")]
            }
            _ = c[1].copyIntoByteSlice(window.byteSliceContents.prefix(n))
            c[0].setField(1, .int64(remaining - Int64(n)))
            return [.int(n), result[1]]
        }
        p.methodWithContext(limited, "Close", pointerReceiver: true, sig([], [.error], false)) { c in
            try c.callMethod(c[0].field(0) ?? .nil, "Close", [])
        }
        let values = self.values
        let runtime = self.runtime
        func newRequest(_ c: GoCallContext, context: GoValue, method: String, target: String, body: GoValue) -> [GoValue] {
            guard let components = URLComponents(string: target) else {
                return [.nil, c.error("parse \"\(target)\": invalid URL")]
            }
            let request = values.makeDetached(method: method.isEmpty ? "GET" : method, components: components, body: body, context: context)
            return [request, .nil]
        }
        p.functionWithContext("NewRequest", sig([.string, .string, t.reader], [t.requestPointer, .error], false)) { c in
            newRequest(c, context: runtime.background, method: c[0].stringValue, target: c[1].stringValue, body: c[2])
        }
        p.functionWithContext("NewRequestWithContext", sig([t.context, .string, .string, t.reader], [t.requestPointer, .error], false)) { c in
            newRequest(c, context: c[0], method: c[1].stringValue, target: c[2].stringValue, body: c[3])
        }
    }

    /// `http.Dir` and `http.FileServer`: files under a directory, without directory listings.
    private func declareFiles(_ p: GoPackage, sig: (([GoType], [GoType], Bool) -> GoType)) {
        let t = types
        p.method(t.dir, "root", pointerReceiver: false, sig([], [.string], false)) { a in [a[0]] }
        p.function("FileServer", sig([t.fileSystem], [t.handler], false)) { a in
            let root = a[0].dynamicValue.stringValue
            return [.interface(.structure([.string(root.isEmpty ? "." : root)]), type: t.fileHandlerPointer)]
        }
        p.methodWithContext(t.fileHandlerPointer.pointerElement!, "ServeHTTP", pointerReceiver: true,
                            sig([t.responseWriter, t.requestPointer], [], false), { c in
            let root = c[0].field(0)?.stringValue ?? "."
            let url = c[2].field(HTTPTypes.Field.url.rawValue) ?? .nil
            var path = url.isNil ? "/" : t.url.string(url, t.url.path)
            if !path.hasPrefix("/") { path = "/" + path }
            let requestHeader = c[2].field(HTTPTypes.Field.header.rawValue) ?? .nil
            try FileServing(root: root, context: c, writer: c[1], requestHeader: requestHeader).serve(path: path)
            return []
        })
    }

    static func contentType(extension ext: String) -> String? {
        switch ext.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/vnd.microsoft.icon"
        case "xml": return "text/xml; charset=utf-8"
        case "wasm": return "application/wasm"
        case "pdf": return "application/pdf"
        default: return nil
        }
    }

    static func htmlEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&#34;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    static func statusText(_ code: Int) -> String {
        if let name = statusCodes.first(where: { $0.1 == code })?.0 {
            return HTTPResponseStatus(statusCode: code).reasonPhrase.isEmpty ? String(name.dropFirst(6)) : HTTPResponseStatus(statusCode: code).reasonPhrase
        }
        return ""
    }

    static let methods: [(String, String)] = [
        ("MethodGet", "GET"), ("MethodHead", "HEAD"), ("MethodPost", "POST"), ("MethodPut", "PUT"),
        ("MethodPatch", "PATCH"), ("MethodDelete", "DELETE"), ("MethodConnect", "CONNECT"),
        ("MethodOptions", "OPTIONS"), ("MethodTrace", "TRACE"),
    ]

    static let statusCodes: [(String, Int)] = [
        ("StatusContinue", 100), ("StatusSwitchingProtocols", 101), ("StatusOK", 200), ("StatusCreated", 201),
        ("StatusAccepted", 202), ("StatusNonAuthoritativeInfo", 203), ("StatusNoContent", 204), ("StatusResetContent", 205),
        ("StatusPartialContent", 206), ("StatusMultipleChoices", 300),
        ("StatusMovedPermanently", 301), ("StatusFound", 302), ("StatusSeeOther", 303), ("StatusNotModified", 304),
        ("StatusTemporaryRedirect", 307), ("StatusPermanentRedirect", 308), ("StatusBadRequest", 400),
        ("StatusUnauthorized", 401), ("StatusPaymentRequired", 402), ("StatusForbidden", 403), ("StatusNotFound", 404),
        ("StatusMethodNotAllowed", 405), ("StatusNotAcceptable", 406), ("StatusProxyAuthRequired", 407), ("StatusRequestTimeout", 408),
        ("StatusConflict", 409), ("StatusGone", 410), ("StatusLengthRequired", 411),
        ("StatusPreconditionFailed", 412), ("StatusRequestEntityTooLarge", 413), ("StatusRequestURITooLong", 414),
        ("StatusUnsupportedMediaType", 415), ("StatusRequestedRangeNotSatisfiable", 416), ("StatusExpectationFailed", 417),
        ("StatusTeapot", 418), ("StatusMisdirectedRequest", 421), ("StatusUnprocessableEntity", 422), ("StatusLocked", 423),
        ("StatusFailedDependency", 424), ("StatusTooEarly", 425), ("StatusUpgradeRequired", 426), ("StatusPreconditionRequired", 428),
        ("StatusTooManyRequests", 429), ("StatusRequestHeaderFieldsTooLarge", 431), ("StatusUnavailableForLegalReasons", 451),
        ("StatusInternalServerError", 500), ("StatusNotImplemented", 501),
        ("StatusBadGateway", 502), ("StatusServiceUnavailable", 503), ("StatusGatewayTimeout", 504),
        ("StatusHTTPVersionNotSupported", 505), ("StatusInsufficientStorage", 507), ("StatusNetworkAuthenticationRequired", 511),
    ]
}

/// Late-bound values the bindings need once the program exists.
final class HTTPRuntimeState: @unchecked Sendable {
    var background: GoValue = .nil
}
