import Causeway
import GoInterpreter
import NIOCore
import NIOHTTP1

/// The gateway's `http.ResponseWriter` for one request, with Go's server semantics: headers
/// are frozen by `WriteHeader` (or the first `Write`, which implies 200), the body is buffered
/// up to 4 KiB so a small response goes out with a Content-Length, and returning from
/// ServeHTTP ends the response. Used only on the plugin's scheduler thread (hence unchecked
/// Sendable: Go methods and the call completion both run there).
final class ResponseWriterState: @unchecked Sendable {
    let exchange: HandlerExchange
    let header: GoValue
    private(set) var status: Int?
    private var frozenHeaders: HTTPHeaders?
    private var headSent = false
    private var buffer: [UInt8] = []
    private(set) var finished = false
    private var suppressBody = false
    /// No Write yet since WriteHeader: the first one may set Content-Type by sniffing.
    private var sniffPending = true
    /// Body bytes the handler wrote (also for HEAD, whose Content-Length they give).
    private var written = 0
    /// Upstream headers of a streamed response, merged into `header` lazily.
    private var pendingUpstreamHeaders: HTTPHeaders?

    static let bufferLimit = 4096

    init(exchange: HandlerExchange) {
        self.exchange = exchange
        header = .map([])
    }

    var wroteHeader: Bool { status != nil }

    /// Nothing written yet: `next` may stream the upstream response straight through.
    var canStreamThrough: Bool { status == nil && !headSent && buffer.isEmpty && !finished }

    /// `next` streams the upstream response to the client: the head goes out from there, after
    /// these headers (the ones set before `next`).
    func beginStreamThrough() -> HTTPHeaders {
        headSent = true
        return HeaderMap.read(header)
    }

    /// `next` streams the upstream response to the client as the handler's last step: the
    /// handler returns at once and the forwarded response, when it ends, ends this one.
    /// Nothing more is written through this writer.
    func handOffToStreamThrough() -> HTTPHeaders {
        let headers = beginStreamThrough()
        finished = true
        return headers
    }

    /// The streamed response's head is on the wire: later WriteHeader calls are superfluous,
    /// Writes append to the body (or, when its length was fixed and it is complete, are
    /// dropped as Go's server refuses them). The upstream headers join the header map the
    /// next time the plugin asks for it, as in Go's reverse proxy.
    func endStreamThrough(_ streamed: StreamedResponse) {
        status = Int(streamed.status.code)
        pendingUpstreamHeaders = streamed.headers
        frozenHeaders = nil
        suppressBody = streamed.ended || status == 204 || status == 304 || exchange.request.method == .HEAD
        if streamed.ended { finished = true }
    }

    /// The header map as the plugin sees it (`ResponseWriter.Header()`).
    var headerMap: GoValue {
        if let pending = pendingUpstreamHeaders {
            pendingUpstreamHeaders = nil
            for (name, value) in pending { HeaderMap.add(header, name, value) }
        }
        return header
    }

    func writeHeader(_ code: Int) throws {
        guard status == nil else { return }
        guard (100...999).contains(code) else { throw GoHostPanic("invalid WriteHeader code \(code)") }
        if (100..<200).contains(code), code != 101 { return }
        status = code
        frozenHeaders = HeaderMap.read(headerMap)
        suppressBody = code == 204 || code == 304 || exchange.request.method == .HEAD
    }

    func write(_ bytes: [UInt8]) throws -> Int {
        // A write after the response ended (a goroutine outliving ServeHTTP) goes nowhere.
        if finished { return bytes.count }
        if status == nil { try writeHeader(200) }
        if sniffPending, !bytes.isEmpty {
            // Go sniffs the type from the first bytes written when the handler set none.
            sniffPending = false
            if frozenHeaders?.first(name: "Content-Type") == nil, !headSent {
                frozenHeaders?.add(name: "Content-Type", value: Self.detectContentType(bytes))
            }
        }
        written += bytes.count
        if suppressBody { return bytes.count }
        buffer += bytes
        if buffer.count > Self.bufferLimit { flush() }
        return bytes.count
    }

    /// Sends the head (if not yet) and what is buffered (`http.Flusher`).
    func flush() {
        if status == nil { try? writeHeader(200) }
        sendHead(contentLength: nil)
        if !buffer.isEmpty {
            exchange.writeBody(ByteBuffer(bytes: buffer))
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// ServeHTTP returned: complete the response.
    func finish() {
        guard !finished else { return }
        finished = true
        if status == nil { try? writeHeader(200) }
        if !headSent {
            let noBodyStatus = status == 204 || status == 304 || (status ?? 200) < 200
            sendHead(contentLength: noBodyStatus ? nil : (suppressBody ? written : buffer.count))
        }
        if !buffer.isEmpty { exchange.writeBody(ByteBuffer(bytes: buffer)) }
        buffer = []
        exchange.finish()
    }

    /// The plugin failed: 500 if nothing went out, else the response is cut.
    func abort() {
        guard !finished else { return }
        finished = true
        exchange.abort()
    }

    private func sendHead(contentLength: Int?) {
        guard !headSent else { return }
        headSent = true
        var headers = frozenHeaders ?? HeaderMap.read(header)
        if let contentLength, !headers.contains(name: "Content-Length"), !headers.contains(name: "Transfer-Encoding") {
            headers.add(name: "Content-Length", value: String(contentLength))
        }
        if !headers.contains(name: "Date") { headers.add(name: "Date", value: HTTPDate.now()) }
        exchange.writeHead(status: HTTPResponseStatus(statusCode: status ?? 200), headers: headers)
    }

    /// A small version of Go's `http.DetectContentType` for the common text cases.
    static func detectContentType(_ bytes: [UInt8]) -> String {
        let prefix = bytes.prefix(512).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let lowered = String(decoding: prefix.prefix(14), as: UTF8.self).lowercased()
        if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") || lowered.hasPrefix("<head")
            || lowered.hasPrefix("<body") || lowered.hasPrefix("<p") || lowered.hasPrefix("<div") {
            return "text/html; charset=utf-8"
        }
        if lowered.hasPrefix("<?xml") { return "text/xml; charset=utf-8" }
        if prefix.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C && $0 != 0x1B }) {
            return "application/octet-stream"
        }
        return "text/plain; charset=utf-8"
    }
}

/// The request body a plugin reads through `req.Body`.
final class RequestBodyState {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    var isUntouched: Bool { offset == 0 }
    var remaining: ArraySlice<UInt8> { bytes[offset...] }
}

/// How a response that streamed straight to the client ended.
final class StreamedResponseBox {
    let response: StreamedResponse
    init(_ response: StreamedResponse) { self.response = response }
}

/// What the rest of the chain answered, carried back into Go as a host object.
final class CapturedResponseBox {
    let response: CapturedResponse
    init(_ response: CapturedResponse) { self.response = response }
}
