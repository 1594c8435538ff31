import CausewayRouting
import Logging

/// `forwardedHeaders.trustedIPs`: addresses and CIDR ranges whose forwarding headers are kept.
/// Uses the router's IP parser so both agree on what an address is.
struct TrustedAddresses: Sendable {
    private let checker: ClientIPChecker?

    init(_ entries: [String], logger: Logger, entryPoint: String) {
        guard !entries.isEmpty else {
            checker = nil
            return
        }
        do {
            checker = try ClientIPChecker(entries)
        } catch {
            logger.error(
                "forwardedHeaders.trustedIPs: \(error.message); no address is trusted",
                metadata: ["entryPoint": "\(entryPoint)"]
            )
            checker = nil
        }
    }

    func contains(_ address: String) -> Bool {
        guard let checker, let ip = IPAddress(address) else { return false }
        return checker.contains(ip)
    }
}
