import GoInterpreter

/// The Go types of `net/http` (and the bits of `crypto/tls` a request refers to), built once
/// per interpreter in its type table, with the field positions the bindings read and write.
struct HTTPTypes {
    let header: GoType
    let request: GoType
    let requestPointer: GoType
    let cookie: GoType
    let cookiePointer: GoType
    let sameSite: GoType
    let timeType: GoType
    /// `http.Dir` and the `FileSystem` it satisfies (through an unexported method).
    let dir: GoType
    let fileSystem: GoType
    /// The handler `FileServer` returns (`*http.fileHandler`).
    let fileHandlerPointer: GoType
    let response: GoType
    let responsePointer: GoType
    let hijacker: GoType
    let hijackResults: [GoType]
    let bufferPointer: GoType
    let responseWriter: GoType
    let handler: GoType
    let handlerFunc: GoType
    /// The gateway's ResponseWriter (`*http.response`), the dynamic type plugins see.
    let hostResponsePointer: GoType
    /// The `next` handler given to New (`*http.nextHandler`).
    let nextPointer: GoType
    /// The request body reader (`*http.body`).
    let bodyPointer: GoType
    let connectionStatePointer: GoType
    let url: URLShape
    let context: GoType
    let reader: GoType
    let readCloser: GoType
    let writer: GoType

    /// Request field positions, in declaration order.
    enum Field: Int, CaseIterable {
        case method, url, proto, protoMajor, protoMinor, header, body, contentLength, transferEncoding, close,
             host, form, postForm, trailer, remoteAddr, requestURI, tls, pattern, ctx, origin
    }

    /// Cookie field positions, in declaration order.
    enum CookieField: Int, CaseIterable {
        case name, value, quoted, path, domain, expires, rawExpires, maxAge, secure, httpOnly, sameSite, partitioned, raw, unparsed
    }

    /// Response field positions, in declaration order.
    enum ResponseField: Int, CaseIterable {
        case status, statusCode, proto, protoMajor, protoMinor, header, body, contentLength, transferEncoding, close,
             uncompressed, trailer, request, tls
    }

    init(table: TypeTable, url: URLShape, context: GoType, readCloser: GoType, writer: GoType, reader: GoType, time: GoType,
         conn: GoType, bufioReadWriter: GoType, buffer: GoType) {
        let ref = PackageRef(path: "net/http", name: "http")
        func named(_ name: String, _ underlying: GoType? = nil) -> GoType {
            let type = table.newNamed(name, package: ref)
            if let underlying { type.named!.setUnderlying(underlying) }
            return type
        }
        func field(_ name: String, _ type: GoType) -> StructField { StructField(name: name, type: type, package: ref) }
        func opaque() -> GoType { table.structure([field("impl", .any)]) }
        let strings = table.slice(of: .string)
        self.url = url
        self.context = context
        self.readCloser = readCloser
        self.reader = reader
        self.writer = writer

        header = named("Header", table.map(key: .string, value: strings))
        timeType = time
        sameSite = named("SameSite", .int)
        cookie = named("Cookie", table.structure([
            field("Name", .string), field("Value", .string), field("Quoted", .bool), field("Path", .string),
            field("Domain", .string), field("Expires", time), field("RawExpires", .string), field("MaxAge", .int),
            field("Secure", .bool), field("HttpOnly", .bool), field("SameSite", sameSite), field("Partitioned", .bool),
            field("Raw", .string), field("Unparsed", strings),
        ]))
        cookiePointer = table.pointer(to: cookie)

        let tlsRef = PackageRef(path: "crypto/tls", name: "tls")
        let connectionState = table.newNamed("ConnectionState", package: tlsRef)
        connectionState.named!.setUnderlying(table.structure([
            StructField(name: "Version", type: .uint16, package: tlsRef),
            StructField(name: "HandshakeComplete", type: .bool, package: tlsRef),
            StructField(name: "DidResume", type: .bool, package: tlsRef),
            StructField(name: "CipherSuite", type: .uint16, package: tlsRef),
            StructField(name: "NegotiatedProtocol", type: .string, package: tlsRef),
            StructField(name: "ServerName", type: .string, package: tlsRef),
        ]))
        connectionStatePointer = table.pointer(to: connectionState)

        request = named("Request")
        requestPointer = table.pointer(to: request)
        let values = url.values
        let fieldTypes: [Field: (String, GoType)] = [
            .method: ("Method", .string), .url: ("URL", url.pointer), .proto: ("Proto", .string),
            .protoMajor: ("ProtoMajor", .int), .protoMinor: ("ProtoMinor", .int), .header: ("Header", header),
            .body: ("Body", readCloser), .contentLength: ("ContentLength", .int64),
            .transferEncoding: ("TransferEncoding", strings), .close: ("Close", .bool), .host: ("Host", .string),
            .form: ("Form", values), .postForm: ("PostForm", values), .trailer: ("Trailer", header),
            .remoteAddr: ("RemoteAddr", .string), .requestURI: ("RequestURI", .string),
            .tls: ("TLS", connectionStatePointer), .pattern: ("Pattern", .string), .ctx: ("ctx", context),
            .origin: ("origin", .any),
        ]
        request.named!.setUnderlying(table.structure(Field.allCases.map { field(fieldTypes[$0]!.0, fieldTypes[$0]!.1) }))

        let bytes = table.slice(of: .byte)
        responseWriter = named("ResponseWriter", table.interface(methods: [
            Method(name: "Header", package: nil, signature: table.signature(parameters: [], results: [header], isVariadic: false)),
            Method(name: "Write", package: nil, signature: table.signature(parameters: [bytes], results: [.int, .error], isVariadic: false)),
            Method(name: "WriteHeader", package: nil, signature: table.signature(parameters: [.int], results: [], isVariadic: false)),
        ]))
        handler = named("Handler", table.interface(methods: [
            Method(name: "ServeHTTP", package: nil, signature: table.signature(parameters: [responseWriter, requestPointer], results: [], isVariadic: false)),
        ]))
        handlerFunc = named("HandlerFunc", table.signature(parameters: [responseWriter, requestPointer], results: [], isVariadic: false))
        hostResponsePointer = table.pointer(to: named("response", opaque()))
        dir = named("Dir", .string)
        fileSystem = named("FileSystem", table.interface(methods: [
            Method(name: "root", package: ref, signature: table.signature(parameters: [], results: [.string], isVariadic: false)),
        ]))
        fileHandlerPointer = table.pointer(to: named("fileHandler", table.structure([field("root", .string)])))
        bufferPointer = table.pointer(to: buffer)
        hijackResults = [conn, table.pointer(to: bufioReadWriter), .error]
        hijacker = named("Hijacker", table.interface(methods: [
            Method(name: "Hijack", package: nil, signature: table.signature(parameters: [], results: hijackResults, isVariadic: false)),
        ]))
        response = named("Response")
        responsePointer = table.pointer(to: response)
        response.named!.setUnderlying(table.structure([
            field("Status", .string), field("StatusCode", .int), field("Proto", .string), field("ProtoMajor", .int),
            field("ProtoMinor", .int), field("Header", header), field("Body", readCloser), field("ContentLength", .int64),
            field("TransferEncoding", strings), field("Close", .bool), field("Uncompressed", .bool), field("Trailer", header),
            field("Request", requestPointer), field("TLS", connectionStatePointer),
        ]))
        nextPointer = table.pointer(to: named("nextHandler", opaque()))
        bodyPointer = table.pointer(to: named("body", opaque()))
    }
}

/// The `net/url` types a request needs, with the URL struct's field positions looked up by name
/// (so the bindings work with whichever declaration of `url.URL` the interpreter has).
struct URLShape {
    let url: GoType
    let pointer: GoType
    let values: GoType
    let fieldCount: Int
    let scheme: Int?, host: Int?, path: Int?, rawPath: Int?, rawQuery: Int?, forceQuery: Int?, fragment: Int?

    init(url: GoType, values: GoType, table: TypeTable) {
        self.url = url
        self.values = values
        pointer = table.pointer(to: url)
        let fields = url.underlying.structure?.fields ?? []
        fieldCount = fields.count
        func index(_ name: String) -> Int? { fields.firstIndex { $0.name == name } }
        scheme = index("Scheme"); host = index("Host"); path = index("Path"); rawPath = index("RawPath")
        rawQuery = index("RawQuery"); forceQuery = index("ForceQuery"); fragment = index("Fragment")
        zeroFields = fields.map { Self.zero($0.type) }
    }

    private let zeroFields: [GoValue]

    private static func zero(_ type: GoType) -> GoValue {
        switch type.underlying.basicKind {
        case .string?: return .string("")
        case .float32?, .float64?: return .float(0)
        case nil: return .nil
        default: return .int(0)
        }
    }

    /// A new `*url.URL` holding a server request's target.
    func make(path: String, rawPath: String, rawQuery: String) -> GoValue {
        var fields = zeroFields
        if let i = self.path { fields[i] = .string(path) }
        if let i = self.rawPath { fields[i] = .string(rawPath) }
        if let i = self.rawQuery { fields[i] = .string(rawQuery) }
        return .structure(fields)
    }

    func string(_ url: GoValue, _ index: Int?) -> String {
        guard let index, let value = url.field(index) else { return "" }
        return value.stringValue
    }
}
