import CausewayConfig

/// `replacePath`: replaces the whole path and keeps the original in `X-Replaced-Path`.
struct ReplacePath: RequestMiddleware {
    struct Options: ConfigDecodable {
        var path = ""
        static var configTypeName: String { "*dynamic.ReplacePath" }
        init(from decoder: ConfigDecoder) throws {
            try decoder.decodeSection(of: Self.self) { key, value in
                guard key == "path" else { return false }
                path = try value.decode()
                return true
            }
        }
    }

    let path: String

    init(_ options: Options) {
        path = options.path
    }

    func handleRequest(_ request: inout MiddlewareRequest) -> MiddlewareOutcome {
        request.head.headers.replaceOrAdd(name: "X-Replaced-Path", value: String(request.path))
        request.setPath(path)
        return .next
    }
}
