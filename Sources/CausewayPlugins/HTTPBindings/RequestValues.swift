import Causeway
import Foundation
import GoInterpreter
import NIOCore
import NIOHTTP1

/// Builds the Go `*http.Request` a plugin receives from the gateway's request, and reads a
/// (possibly changed or new) Go request back into what goes to the rest of the chain.
struct RequestValues {
    let types: HTTPTypes
    /// Go strings most requests share, made once: a retain instead of an allocation each.
    private let http11 = GoValue.string("HTTP/1.1")
    private let get = GoValue.string("GET")
    /// `http.NoBody`: reads nothing, so one value serves every request without a body.
    let noBody: GoValue

    init(types: HTTPTypes) {
        self.types = types
        noBody = .interface(.structure([.hostObject(RequestBodyState([]))]), type: types.bodyPointer)
    }

    func make(_ exchange: HandlerExchange, context: GoValue) -> GoValue {
        let request = exchange.request
        let (path, query) = Self.split(request.uri)
        // The common path needs no escaping work: nothing encoded, nothing to encode.
        let plain = URLEscaping.isPlainPath(path)
        let decodedPath = plain ? path : (URLEscaping.unescapePath(path) ?? path)
        let rawPath = plain || URLEscaping.escapePath(decodedPath) == path ? "" : path
        let body = request.body.map { Array($0.readableBytesView) } ?? []
        var fields = [GoValue](repeating: .nil, count: HTTPTypes.Field.allCases.count)
        func set(_ field: HTTPTypes.Field, _ value: GoValue) { fields[field.rawValue] = value }
        set(.method, request.method == .GET ? get : .string(request.method.rawValue))
        set(.url, types.url.make(path: decodedPath, rawPath: rawPath, rawQuery: query))
        set(.proto, request.version == .http1_1 ? http11 : .string("HTTP/\(request.version.major).\(request.version.minor)"))
        set(.protoMajor, .int(request.version.major))
        set(.protoMinor, .int(request.version.minor))
        // Go moves Host out of the header map into Request.Host.
        let host = request.headers.first(name: "Host") ?? ""
        set(.header, HeaderMap.lazy(request.headers, skipping: "Host"))
        // As Go's server does, a request without a body gets the shared `http.NoBody`.
        set(.body, body.isEmpty ? noBody : .interface(.structure([.hostObject(RequestBodyState(body))]), type: types.bodyPointer))
        let declaredLength = request.headers.first(name: "Content-Length").flatMap { Int64($0) }
        set(.contentLength, .int64(declaredLength ?? Int64(body.count)))
        set(.transferEncoding, .nil)
        set(.close, .bool(false))
        set(.host, .string(host))
        set(.form, .nil)
        set(.postForm, .nil)
        set(.trailer, .nil)
        set(.remoteAddr, .string(request.remoteAddress))
        set(.requestURI, .string(request.uri))
        set(.tls, request.isTLS ? .structure([.int(0x0304), .bool(true), .bool(false), .int(0), .string(""), .string("")]) : .nil)
        set(.pattern, .string(""))
        set(.ctx, context)
        // The hidden origin field names the exchange `next.ServeHTTP` continues.
        set(.origin, .hostObject(exchange))
        return .structure(fields)
    }

    /// A request built by plugin code (`http.NewRequest`): no gateway origin.
    func makeDetached(method: String, components: URLComponents, body: GoValue, context: GoValue) -> GoValue {
        var fields = [GoValue](repeating: .nil, count: HTTPTypes.Field.allCases.count)
        func set(_ field: HTTPTypes.Field, _ value: GoValue) { fields[field.rawValue] = value }
        let url = types.url.make(path: components.path, rawPath: "", rawQuery: components.percentEncodedQuery ?? "")
        if let i = types.url.scheme { url.setField(i, .string(components.scheme ?? "")) }
        let host = components.host.map { h in components.port.map { "\(h):\($0)" } ?? h } ?? ""
        if let i = types.url.host { url.setField(i, .string(host)) }
        if let i = types.url.fragment { url.setField(i, .string(components.fragment ?? "")) }
        set(.method, .string(method))
        set(.url, url)
        set(.proto, .string("HTTP/1.1"))
        set(.protoMajor, .int(1))
        set(.protoMinor, .int(1))
        set(.header, .map([]))
        set(.body, body.isNil ? .nil : body)
        set(.contentLength, .int64(0))
        set(.close, .bool(false))
        set(.host, .string(host))
        set(.remoteAddr, .string(""))
        set(.requestURI, .string(""))
        set(.pattern, .string(""))
        set(.ctx, context)
        return .structure(fields)
    }

    /// What a plugin's `http.Client` sends for a Go request.
    struct Outbound {
        var method: HTTPMethod
        var url: String
        var hostname: String
        var headers: HTTPHeaders
        var body: [UInt8]?
    }

    func outbound(_ request: GoValue, context: GoCallContext) throws -> Outbound {
        func field(_ f: HTTPTypes.Field) -> GoValue { request.field(f.rawValue) ?? .nil }
        guard !request.isNil else { throw GoHostPanic("net/http: nil Request") }
        let url = field(.url)
        guard !url.isNil else { throw GoHostPanic("http: nil Request.URL") }
        let shape = types.url
        let scheme = shape.string(url, shape.scheme)
        let host = shape.string(url, shape.host)
        guard scheme == "http" || scheme == "https" else { throw GoHostPanic("unsupported protocol scheme \"\(scheme)\"") }
        let path = shape.string(url, shape.path)
        let rawPath = shape.string(url, shape.rawPath)
        var target = !rawPath.isEmpty ? rawPath : (URLEscaping.isPlainPath(path) ? path : URLEscaping.escapePath(path))
        if target.isEmpty { target = "/" }
        let query = shape.string(url, shape.rawQuery)
        let full = "\(scheme)://\(host)\(target)" + (query.isEmpty ? "" : "?" + query)
        var headers = HeaderMap.read(field(.header))
        let hostOverride = field(.host).stringValue
        if !hostOverride.isEmpty, hostOverride != host { headers.replaceOrAdd(name: "Host", value: hostOverride) }
        var body: [UInt8]?
        let bodyValue = field(.body)
        if !bodyValue.isNil {
            if let state = bodyValue.dynamicValue.field(0)?.hostObject as? RequestBodyState {
                body = Array(state.remaining)
            } else {
                body = try readAll(bodyValue, context: context)
            }
        }
        let hostname = host.hasPrefix("[") ? String(host.dropFirst().prefix { $0 != "]" }) : String(host.split(separator: ":").first ?? "")
        return Outbound(method: HTTPMethod(rawValue: field(.method).stringValue.isEmpty ? "GET" : field(.method).stringValue),
                        url: full, hostname: hostname, headers: headers, body: body)
    }

    /// A `*http.Response` for a plugin's client call.
    func makeResponse(status: HTTPResponseStatus, headers: HTTPHeaders, body: [UInt8], request: GoValue) -> GoValue {
        var fields = [GoValue](repeating: .nil, count: HTTPTypes.ResponseField.allCases.count)
        typealias R = HTTPTypes.ResponseField
        fields[R.status.rawValue] = .string("\(status.code) \(status.reasonPhrase)")
        fields[R.statusCode.rawValue] = .int(Int(status.code))
        fields[R.proto.rawValue] = .string("HTTP/1.1")
        fields[R.protoMajor.rawValue] = .int(1)
        fields[R.protoMinor.rawValue] = .int(1)
        fields[R.header.rawValue] = HeaderMap.make(headers)
        fields[R.body.rawValue] = .interface(.structure([.hostObject(RequestBodyState(body))]), type: types.bodyPointer)
        fields[R.contentLength.rawValue] = .int64(Int64(headers.first(name: "Content-Length").flatMap { Int($0) } ?? body.count))
        fields[R.close.rawValue] = .bool(false)
        fields[R.uncompressed.rawValue] = .bool(false)
        fields[R.request.rawValue] = request
        return .structure(fields)
    }

    static func split(_ uri: String) -> (path: String, query: String) {
        guard let mark = uri.firstIndex(of: "?") else { return (uri, "") }
        return (String(uri[..<mark]), String(uri[uri.index(after: mark)...]))
    }

    func origin(_ request: GoValue) -> HandlerExchange? {
        request.field(HTTPTypes.Field.origin.rawValue)?.hostObject as? HandlerExchange
    }

    /// The request as the plugin left it. The body is read through its Go `Read` when the
    /// plugin replaced it (or started reading it).
    func read(_ request: GoValue, original: HandlerRequest, context: GoCallContext) throws -> HandlerRequest {
        func field(_ f: HTTPTypes.Field) -> GoValue { request.field(f.rawValue) ?? .nil }
        var result = original
        result.method = HTTPMethod(rawValue: field(.method).stringValue)
        let url = field(.url)
        if !url.isNil {
            let shape = types.url
            let path = shape.string(url, shape.path)
            let rawPath = shape.string(url, shape.rawPath)
            var target = !rawPath.isEmpty && URLEscaping.unescapePath(rawPath) == path ? rawPath
                : URLEscaping.isPlainPath(path) ? path : URLEscaping.escapePath(path)
            if target.isEmpty { target = "/" }
            let query = shape.string(url, shape.rawQuery)
            if !query.isEmpty { target += "?" + query }
            result.uri = target
        }
        var headers = HeaderMap.read(field(.header))
        let host = field(.host).stringValue
        if !host.isEmpty { headers.replaceOrAdd(name: "Host", value: host) }
        else if let originalHost = original.headers.first(name: "Host") { headers.replaceOrAdd(name: "Host", value: originalHost) }
        result.headers = headers
        let body = field(.body)
        if body.isNil {
            result.body = nil
        } else if let state = body.dynamicValue.field(0)?.hostObject as? RequestBodyState {
            result.body = state.isUntouched ? original.body : ByteBuffer(bytes: state.remaining)
        } else {
            result.body = ByteBuffer(bytes: try readAll(body, context: context))
        }
        return result
    }

    private func readAll(_ reader: GoValue, context: GoCallContext) throws -> [UInt8] {
        var data: [UInt8] = []
        let chunk = GoValue.byteSlice([UInt8](repeating: 0, count: 8192))
        for _ in 0..<(1 << 20) {
            let result = try context.callMethod(reader, "Read", [chunk])
            let n = result[0].intValue
            if n > 0 { data += chunk.byteSliceContents.prefix(n) }
            if !result[1].isNil {
                if context.isEOF(result[1]) { break }
                throw GoHostPanic("net/http: reading the request body: \(try errorText(result[1], context))")
            }
            if data.count > 64 << 20 { throw GoHostPanic("net/http: request body too large") }
        }
        return data
    }

    func errorText(_ error: GoValue, _ context: GoCallContext) throws -> String {
        try context.callMethod(error, "Error", []).first?.stringValue ?? ""
    }
}

/// Percent-encoding of URL paths as Go's `net/url` does for `EscapedPath`.
enum URLEscaping {
    /// Whether `path` reads the same escaped and unescaped (no `%`, nothing that needs one).
    static func isPlainPath(_ path: String) -> Bool {
        for byte in path.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F, 0x2E, 0x7E, 0x24, 0x26, 0x2B, 0x2C, 0x2F, 0x3A, 0x3B, 0x3D, 0x40: continue
            default: return false
            }
        }
        return true
    }

    static func escapePath(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                if "-_.~$&+,/:;=@".utf8.contains(byte) { out.unicodeScalars.append(UnicodeScalar(byte)) }
                else { out += String(format: "%%%02X", byte) }
            }
        }
        return out
    }

    /// Decodes %XX escapes; nil when an escape is malformed.
    static func unescapePath(_ text: String) -> String? {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == 0x25 {
                guard iterator.count >= 2, let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
