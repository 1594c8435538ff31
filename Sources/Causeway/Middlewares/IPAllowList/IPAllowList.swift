import CausewayConfig
import CausewayRouting
import NIOHTTP1

/// `ipAllowList` (and its v2 name `ipWhiteList`): answers 403 unless the client address is in
/// one of the ranges. Only the TCP peer address is used (no `ipStrategy` yet).
struct IPAllowList: RequestMiddleware {
    struct Options: ConfigDecodable {
        var sourceRange: [String] = []
        var rejectStatusCode = 0
        var hasIPStrategy = false
        static var configTypeName: String { "*dynamic.IPAllowList" }
        init(from decoder: ConfigDecoder) throws {
            try decoder.decodeSection(of: Self.self) { key, value in
                switch key {
                case "sourcerange": sourceRange = try value.decode()
                case "rejectstatuscode": rejectStatusCode = try value.decode()
                case "ipstrategy":
                    value.ignoreUnimplemented()
                    hasIPStrategy = true
                default: return false
                }
                return true
            }
        }
    }

    let checker: ClientIPChecker
    let rejectStatus: Int

    init(_ options: Options) throws {
        if options.hasIPStrategy { throw MiddlewareBuildError("ipStrategy is not supported yet") }
        guard !options.sourceRange.isEmpty else { throw MiddlewareBuildError("sourceRange is empty, IPAllowLister not created") }
        do {
            checker = try ClientIPChecker(options.sourceRange)
        } catch {
            throw MiddlewareBuildError("sourceRange: \(error.message)")
        }
        rejectStatus = options.rejectStatusCode == 0 ? 403 : options.rejectStatusCode
    }

    func handleRequest(_ request: inout MiddlewareRequest) -> MiddlewareOutcome {
        if let text = request.clientIP, let ip = IPAddress(text), checker.contains(ip) {
            return .next
        }
        let status = HTTPResponseStatus(statusCode: rejectStatus)
        return .respond(LocalResponse(status: status, body: status.reasonPhrase))
    }
}

