import CausewayConfig

/// `stripPrefix`: removes the first matching prefix from the path and records it in
/// `X-Forwarded-Prefix`, as Traefik does.
struct StripPrefix: RequestMiddleware {
    struct Options: ConfigDecodable {
        var prefixes: [String] = []
        static var configTypeName: String { "*dynamic.StripPrefix" }
        init(from decoder: ConfigDecoder) throws {
            try decoder.decodeSection(of: Self.self) { key, value in
                switch key {
                case "prefixes": prefixes = try value.decode()
                case "forceslash": let _: Bool = try value.decode()  // deprecated in Traefik, no effect
                default: return false
                }
                return true
            }
        }
    }

    let prefixes: [String]

    init(_ options: Options) {
        prefixes = options.prefixes
    }

    func handleRequest(_ request: inout MiddlewareRequest) -> MiddlewareOutcome {
        let path = request.path
        for prefix in prefixes where !prefix.isEmpty && path.hasPrefix(prefix) {
            let rest = path.dropFirst(prefix.utf8.count)
            request.setPath(rest.hasPrefix("/") ? String(rest) : "/" + rest)
            request.head.headers.replaceOrAdd(name: "X-Forwarded-Prefix", value: prefix)
            break
        }
        return .next
    }
}
