/// The set of addresses and networks a `ClientIP` matcher accepts (Traefik's `ip.Checker`).
public struct ClientIPChecker: Hashable, Sendable {
    public let addresses: [IPAddress]
    public let networks: [IPNetwork]

    /// Each entry is an address or a CIDR block; the error text mirrors Traefik's, including
    /// its `<nil>` (Traefik formats the unparsed network, which is nil at that point).
    public init(_ entries: [String]) throws(ClientIPCheckerError) {
        guard !entries.isEmpty else { throw ClientIPCheckerError(message: "no trusted IPs provided") }
        var addresses: [IPAddress] = []
        var networks: [IPNetwork] = []
        for entry in entries {
            if let address = IPAddress(entry) {
                addresses.append(address)
            } else if let network = IPNetwork(entry) {
                networks.append(network)
            } else {
                throw ClientIPCheckerError(message: "parsing CIDR trusted IPs <nil>: invalid CIDR address: \(entry)")
            }
        }
        self.addresses = addresses
        self.networks = networks
    }

    public func contains(_ candidate: IPAddress) -> Bool {
        addresses.contains(candidate) || networks.contains { $0.contains(candidate) }
    }
}

public struct ClientIPCheckerError: Error, Equatable, Sendable {
    public let message: String
}
