import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
@testable import Causeway

/// Routes by the first matching path prefix: enough to exercise the proxy engine without the
/// rule language.
struct PrefixResolver: RouteResolver {
    var routes: [(prefix: String, target: RouteTarget)]

    func resolve(entryPoint: String, head: HTTPRequestHead, peer: SocketAddress?) -> RouteDecision {
        for route in routes where head.uri.hasPrefix(route.prefix) {
            return .matched(route.target)
        }
        return .notFound
    }
}

enum Harness {
    static let logger: Logger = {
        var logger = Logger(label: "causeway-tests")
        logger.logLevel = .critical
        return logger
    }()

    static func service(
        _ urls: [String], weights: [Int]? = nil, passHostHeader: Bool = true, transport: TransportSettings = TransportSettings()
    ) throws -> HTTPService {
        let servers = try urls.enumerated().map { index, url in
            (element: try UpstreamServer(url: url, weight: weights?[index] ?? 1), weight: weights?[index] ?? 1)
        }
        return HTTPService(
            name: "test@file",
            kind: .loadBalancer(WeightedRoundRobin(servers), passHostHeader: passHostHeader, transport: transport)
        )
    }

    /// Starts a gateway with one entry point `web` on an ephemeral port.
    static func gateway(
        routes: [(String, HTTPService)], forwarded: ForwardedHeadersPolicy = ForwardedHeadersPolicy(serverName: "causeway-test"),
        threads: Int = 1, idleTimeout: TimeAmount = .seconds(180), readTimeout: TimeAmount = .seconds(60)
    ) async throws -> (Gateway, Int) {
        let resolver = PrefixResolver(routes: routes.map { ($0.0, RouteTarget(routerName: "r\($0.0)@file", service: $0.1)) })
        let gateway = Gateway(initialResolver: resolver, threads: threads, logger: logger)
        try await gateway.start(entryPoints: [
            EntryPointSettings(
                name: "web", host: "127.0.0.1", port: 0, idleTimeout: idleTimeout, readTimeout: readTimeout, graceTimeout: .seconds(5), forwarded: forwarded
            )
        ])
        let port = await gateway.localAddress(of: "web")?.port ?? 0
        return (gateway, port)
    }
}

/// Resident memory of this process, from /proc (Linux).
func residentMemoryBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kb * 1024
    }
    return 0
}
