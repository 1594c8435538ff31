import CausewayConfig

/// `addPrefix`: prepends `prefix` to the request path.
struct AddPrefix: RequestMiddleware {
    struct Options: ConfigDecodable {
        var prefix = ""
        static var configTypeName: String { "*dynamic.AddPrefix" }
        init(from decoder: ConfigDecoder) throws {
            try decoder.decodeSection(of: Self.self) { key, value in
                guard key == "prefix" else { return false }
                prefix = try value.decode()
                return true
            }
        }
    }

    let prefix: String

    init(_ options: Options) throws {
        guard !options.prefix.isEmpty else { throw MiddlewareBuildError("prefix cannot be empty") }
        prefix = options.prefix.hasPrefix("/") ? options.prefix : "/" + options.prefix
    }

    func handleRequest(_ request: inout MiddlewareRequest) -> MiddlewareOutcome {
        let path = request.path
        request.setPath(prefix + (prefix.hasSuffix("/") && path.hasPrefix("/") ? path.dropFirst() : path))
        return .next
    }
}
