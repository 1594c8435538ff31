import AsyncHTTPClient
import Foundation
import GoInterpreter
import NIOCore
import NIOHTTP1

/// `http.Client` for plugins — `Do`, `Get`, `Head`, `Post`, `PostForm`, and the package-level
/// `http.Get`/`Head`/`Post`/`PostForm` over `DefaultClient` — sent with AsyncHTTPClient while the
/// calling goroutine is parked (no thread waits). Network access is the operator's decision: a
/// plugin reaches only the hosts in its `settings.allowedHosts` (none by default).
struct HTTPClientBindings {
    let types: HTTPTypes
    let values: RequestValues
    let policy: OutboundPolicy

    /// Response bodies are buffered for Go; larger ones fail the request.
    static let maxResponseBytes = 16 << 20

    func install(into package: GoPackage, table: TypeTable, duration: GoType, urlValues: GoType) {
        let t = types
        let ref = PackageRef(path: "net/http", name: "http")
        func sig(_ parameters: [GoType], _ results: [GoType]) -> GoType {
            table.signature(parameters: parameters, results: results, isVariadic: false)
        }
        // Client fields: Timeout, then an unexported placeholder (Transport, Jar … are not offered).
        let client = table.newNamed("Client", package: ref)
        client.named!.setUnderlying(table.structure([
            StructField(name: "Timeout", type: duration, package: ref),
            StructField(name: "transport", type: .any, package: ref),
        ]))
        package.type("Client", client)
        let clientPointer = table.pointer(to: client)
        let defaultClient = GoValue.structure([.int64(0), .nil])
        package.variable("DefaultClient", clientPointer, defaultClient)
        let results = [t.responsePointer, GoType.error]
        let values = self.values
        let policy = self.policy

        /// Starts sending `request` (a Go *http.Request) once the goroutine is parked.
        func sender(_ c: GoCallContext, _ request: GoValue, timeout: Int64) throws -> (GoCompletion) -> Void {
            let outbound = try values.outbound(request, context: c)
            guard policy.allows(host: outbound.hostname) else {
                let refusal = OutboundResult(url: outbound.url, failure: "plugin network access to \(outbound.hostname) is not allowed (list it in the plugin's settings.allowedHosts)")
                return { completion in completion.resume(returning: [.hostObject(refusal)]) }
            }
            return { completion in
                var clientRequest = HTTPClientRequest(url: outbound.url)
                clientRequest.method = outbound.method
                clientRequest.headers = outbound.headers
                if let body = outbound.body { clientRequest.body = .bytes(body) }
                let deadline: TimeAmount = timeout > 0 ? .nanoseconds(timeout) : .seconds(30)
                Task {
                    let result: OutboundResult
                    do {
                        let response = try await HTTPClient.shared.execute(clientRequest, timeout: deadline)
                        let body = try await response.body.collect(upTo: Self.maxResponseBytes)
                        result = OutboundResult(url: outbound.url, status: response.status, headers: response.headers, body: body)
                    } catch {
                        result = OutboundResult(url: outbound.url, failure: "\(error)")
                    }
                    completion.resume(returning: [.hostObject(result)])
                }
            }
        }

        /// (*Response, nil), or (nil, error) worded as Go's `*url.Error`: `Get "url": reason`.
        func finish(_ c: GoCallContext, _ host: [GoValue], _ request: GoValue) -> [GoValue] {
            guard let result = host.first?.hostObject as? OutboundResult else { return [.nil, c.error("http: request not sent")] }
            let method = request.field(HTTPTypes.Field.method.rawValue)?.stringValue ?? "GET"
            guard let status = result.status else {
                return [.nil, c.error("\(method.prefix(1))\(method.dropFirst().lowercased()) \"\(result.url)\": \(result.failure ?? "failed")")]
            }
            return [values.makeResponse(status: status, headers: result.headers, body: result.body, request: request), .nil]
        }

        /// A request built from a method, URL string and body, or a Go error for a bad URL.
        func build(_ c: GoCallContext, method: String, url: String, body: GoValue, contentType: String?) throws -> GoValue {
            guard let components = URLComponents(string: url), components.scheme != nil, components.host != nil else {
                throw GoHostPanic("parse \"\(url)\": invalid URL")
            }
            let request = values.makeDetached(method: method, components: components, body: body, context: .nil)
            if let contentType, let header = request.field(HTTPTypes.Field.header.rawValue) {
                HeaderMap.set(header, "Content-Type", contentType)
            }
            return request
        }

        // Requests are stashed in the call's own arguments: prepare builds, finish reads back.
        func method(_ name: String, _ parameters: [GoType], onClient: Bool, _ makeRequest: @escaping (GoCallContext, Int) throws -> GoValue) {
            let box = RequestStash()
            let prepare: (GoCallContext) throws -> ((GoCompletion) -> Void)? = { c in
                let first = onClient ? 1 : 0
                let request = try makeRequest(c, first)
                box.put(request, for: c)
                let timeout = onClient ? (c[0].field(0)?.int64Value ?? 0) : 0
                return try sender(c, request, timeout: timeout)
            }
            let done: (GoCallContext, [GoValue]) throws -> [GoValue] = { c, host in
                finish(c, host, box.take(for: c) ?? .nil)
            }
            if onClient {
                package.suspendingMethod(client, name, pointerReceiver: true, sig(parameters, results), prepare: prepare, finish: done)
            } else {
                package.suspendingFunction(name, sig(parameters, results), prepare: prepare, finish: done)
            }
        }
        method("Do", [t.requestPointer], onClient: true) { c, first in c[first] }
        for onClient in [true, false] {
            method("Get", [.string], onClient: onClient) { c, first in try build(c, method: "GET", url: c[first].stringValue, body: .nil, contentType: nil) }
            method("Head", [.string], onClient: onClient) { c, first in try build(c, method: "HEAD", url: c[first].stringValue, body: .nil, contentType: nil) }
            method("Post", [.string, .string, t.reader], onClient: onClient) { c, first in
                try build(c, method: "POST", url: c[first].stringValue, body: c[first + 2], contentType: c[first + 1].stringValue)
            }
            method("PostForm", [.string, urlValues], onClient: onClient) { c, first in
                let encoded = FormValues.encode(c[first + 1])
                let body = GoValue.interface(.structure([.hostObject(RequestBodyState(Array(encoded.utf8)))]), type: t.bodyPointer)
                return try build(c, method: "POST", url: c[first].stringValue, body: body, contentType: "application/x-www-form-urlencoded")
            }
        }
    }
}

/// Which hosts plugin code may reach: exact names, `*.example.com` for subdomains, `*` for all.
public struct OutboundPolicy: Sendable {
    public let allowedHosts: [String]

    public init(allowedHosts: [String]) { self.allowedHosts = allowedHosts }

    func allows(host: String) -> Bool {
        let host = host.lowercased()
        for pattern in allowedHosts.map({ $0.lowercased() }) {
            if pattern == "*" || pattern == host { return true }
            if pattern.hasPrefix("*."), host.hasSuffix(String(pattern.dropFirst(1))) { return true }
        }
        return false
    }
}

/// A finished (or refused) outbound request, carried into Go as a host object.
final class OutboundResult {
    let url: String
    let status: HTTPResponseStatus?
    let headers: HTTPHeaders
    let body: [UInt8]
    let failure: String?

    init(url: String, status: HTTPResponseStatus, headers: HTTPHeaders, body: ByteBuffer) {
        self.url = url
        self.status = status
        self.headers = headers
        self.body = Array(body.readableBytesView)
        self.failure = nil
    }

    init(url: String, failure: String) {
        self.url = url
        self.status = nil
        self.headers = [:]
        self.body = []
        self.failure = failure
    }
}

/// The request a suspended client call built in `prepare`, found again in `finish` (both run on
/// the same goroutine, on the plugin's scheduler thread).
final class RequestStash: @unchecked Sendable {
    private var pending: [ObjectIdentifier: GoValue] = [:]
    func put(_ request: GoValue, for context: GoCallContext) { pending[context.goroutineIdentity] = request }
    func take(for context: GoCallContext) -> GoValue? { pending.removeValue(forKey: context.goroutineIdentity) }
}
