import GoInterpreter

/// `net/http`: what a middleware sees — Request, ResponseWriter, Handler, Header, cookies,
/// status codes and the small helpers (Error, Redirect, …).
enum HTTPPackage {
    static func declare(table: TypeTable, url: PackageScope, context: PackageScope, writer: GoType) -> PackageScope {
        let w = HostPackageWriter(table: table, path: "net/http", name: "http")
        let urlPointer = table.pointer(to: url.type("URL"))
        let values = url.type("Values")
        let contextType = context.type("Context")
        let strings = table.slice(of: .string)

        let header = w.type("Header", table.map(key: .string, value: strings))
        w.method(header, "Get", [.string], [.string])
        w.method(header, "Set", [.string, .string], [])
        w.method(header, "Add", [.string, .string], [])
        w.method(header, "Del", [.string], [])
        w.method(header, "Values", [.string], [strings])
        w.method(header, "Clone", [], [header])
        w.method(header, "Write", [writer], [.error])

        let cookie = w.type("Cookie", table.structure([
            w.field("Name", .string), w.field("Value", .string), w.field("Quoted", .bool), w.field("Path", .string),
            w.field("Domain", .string), w.field("RawExpires", .string), w.field("MaxAge", .int),
            w.field("Secure", .bool), w.field("HttpOnly", .bool), w.field("Raw", .string),
            w.field("Unparsed", strings),
        ]))
        let cookiePointer = table.pointer(to: cookie)
        w.method(cookie, "String", [], [.string], pointer: true)
        w.method(cookie, "Valid", [], [.error], pointer: true)

        let request = w.type("Request")
        let requestPointer = table.pointer(to: request)
        request.named!.setUnderlying(table.structure([
            w.field("Method", .string), w.field("URL", urlPointer), w.field("Proto", .string),
            w.field("ProtoMajor", .int), w.field("ProtoMinor", .int), w.field("Header", header),
            w.field("ContentLength", .int64), w.field("TransferEncoding", strings), w.field("Close", .bool),
            w.field("Host", .string), w.field("Form", values), w.field("PostForm", values),
            w.field("Trailer", header), w.field("RemoteAddr", .string), w.field("RequestURI", .string),
            w.field("Pattern", .string), w.field("ctx", contextType),
        ]))
        w.method(request, "Context", [], [contextType], pointer: true)
        w.method(request, "WithContext", [contextType], [requestPointer], pointer: true)
        w.method(request, "Clone", [contextType], [requestPointer], pointer: true)
        w.method(request, "Cookie", [.string], [cookiePointer, .error], pointer: true)
        w.method(request, "Cookies", [], [table.slice(of: cookiePointer)], pointer: true)
        w.method(request, "AddCookie", [cookiePointer], [], pointer: true)
        w.method(request, "UserAgent", [], [.string], pointer: true)
        w.method(request, "Referer", [], [.string], pointer: true)
        w.method(request, "FormValue", [.string], [.string], pointer: true)
        w.method(request, "ParseForm", [], [.error], pointer: true)
        w.method(request, "BasicAuth", [], [.string, .string, .bool], pointer: true)
        w.method(request, "SetBasicAuth", [.string, .string], [], pointer: true)
        w.method(request, "ProtoAtLeast", [.int, .int], [.bool], pointer: true)

        let responseWriter = w.type("ResponseWriter", table.interface(methods: [
            w.interfaceMethod("Header", [], [header]),
            w.interfaceMethod("Write", [table.slice(of: .byte)], [.int, .error]),
            w.interfaceMethod("WriteHeader", [.int], []),
        ]))
        w.type("Flusher", table.interface(methods: [w.interfaceMethod("Flush", [], [])]))
        let handler = w.type("Handler", table.interface(methods: [
            w.interfaceMethod("ServeHTTP", [responseWriter, requestPointer], []),
        ]))
        let handlerFunc = w.type("HandlerFunc", w.func_([responseWriter, requestPointer], []))
        w.method(handlerFunc, "ServeHTTP", [responseWriter, requestPointer], [])

        w.function("Error", [responseWriter, .string, .int], [])
        w.function("NotFound", [responseWriter, requestPointer], [])
        w.function("Redirect", [responseWriter, requestPointer, .string, .int], [])
        w.function("StatusText", [.int], [.string])
        w.function("SetCookie", [responseWriter, cookiePointer], [])
        w.function("CanonicalHeaderKey", [.string], [.string])
        w.function("NotFoundHandler", [], [handler])
        w.function("StripPrefix", [.string, handler], [handler])
        w.variable("ErrAbortHandler", .error)

        for (name, value) in methods { w.constant(name, .untypedString, .string(value)) }
        for (name, code) in statusCodes { w.constant(name, .untypedInt, .integer(Int64(code))) }
        return w.build()
    }

    static let methods: [(String, String)] = [
        ("MethodGet", "GET"), ("MethodHead", "HEAD"), ("MethodPost", "POST"), ("MethodPut", "PUT"),
        ("MethodPatch", "PATCH"), ("MethodDelete", "DELETE"), ("MethodConnect", "CONNECT"),
        ("MethodOptions", "OPTIONS"), ("MethodTrace", "TRACE"),
    ]

    static let statusCodes: [(String, Int)] = [
        ("StatusContinue", 100), ("StatusSwitchingProtocols", 101), ("StatusOK", 200), ("StatusCreated", 201),
        ("StatusAccepted", 202), ("StatusNoContent", 204), ("StatusPartialContent", 206),
        ("StatusMovedPermanently", 301), ("StatusFound", 302), ("StatusSeeOther", 303), ("StatusNotModified", 304),
        ("StatusTemporaryRedirect", 307), ("StatusPermanentRedirect", 308), ("StatusBadRequest", 400),
        ("StatusUnauthorized", 401), ("StatusPaymentRequired", 402), ("StatusForbidden", 403), ("StatusNotFound", 404),
        ("StatusMethodNotAllowed", 405), ("StatusNotAcceptable", 406), ("StatusRequestTimeout", 408),
        ("StatusConflict", 409), ("StatusGone", 410), ("StatusLengthRequired", 411),
        ("StatusPreconditionFailed", 412), ("StatusRequestEntityTooLarge", 413), ("StatusUnsupportedMediaType", 415),
        ("StatusTeapot", 418), ("StatusUnprocessableEntity", 422), ("StatusTooManyRequests", 429),
        ("StatusRequestHeaderFieldsTooLarge", 431), ("StatusInternalServerError", 500), ("StatusNotImplemented", 501),
        ("StatusBadGateway", 502), ("StatusServiceUnavailable", 503), ("StatusGatewayTimeout", 504),
    ]
}
