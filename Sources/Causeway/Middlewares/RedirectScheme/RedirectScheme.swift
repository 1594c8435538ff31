import CausewayConfig
import NIOHTTP1

/// `redirectScheme`: redirects to the same URL with another scheme (and port), unless the
/// request already uses it. Permanent redirects are 301 (308 for methods other than GET),
/// temporary ones 302 (307), as in Traefik.
struct RedirectScheme: RequestMiddleware {
    struct Options: ConfigDecodable {
        var scheme = ""
        var port = ""
        var permanent = false
        static var configTypeName: String { "*dynamic.RedirectScheme" }
        init(from decoder: ConfigDecoder) throws {
            try decoder.decodeSection(of: Self.self) { key, value in
                switch key {
                case "scheme": scheme = try value.decode()
                case "port": port = try value.decode()
                case "permanent": permanent = try value.decode()
                default: return false
                }
                return true
            }
        }
    }

    let scheme: String
    let port: String
    let permanent: Bool

    init(_ options: Options) throws {
        guard !options.scheme.isEmpty else { throw MiddlewareBuildError("scheme cannot be empty") }
        scheme = options.scheme.lowercased()
        port = options.port
        permanent = options.permanent
    }

    func handleRequest(_ request: inout MiddlewareRequest) -> MiddlewareOutcome {
        let current = request.isTLS ? "https" : "http"
        guard current != scheme else { return .next }
        var host = request.head.headers.first(name: "host") ?? ""
        // Drop the port the request came on; keep IPv6 brackets.
        if let colon = host.lastIndex(of: ":"), !host[colon...].contains("]") {
            host = String(host[..<colon])
        }
        let defaultPort = (scheme == "https" && port == "443") || (scheme == "http" && port == "80")
        let authority = port.isEmpty || defaultPort ? host : "\(host):\(port)"
        let location = "\(scheme)://\(authority)\(request.head.uri)"
        let isGet = request.head.method == .GET
        let status: HTTPResponseStatus = permanent
            ? (isGet ? .movedPermanently : .permanentRedirect)
            : (isGet ? .found : .temporaryRedirect)
        var headers = HTTPHeaders()
        headers.add(name: "Location", value: location)
        return .respond(LocalResponse(status: status, headers: headers, body: status.reasonPhrase))
    }
}
