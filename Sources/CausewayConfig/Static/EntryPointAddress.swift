/// An entry point's listen address: `[host]:port`, optionally suffixed `/tcp` or `/udp`
/// (`:8080`, `127.0.0.1:8080`, `[::1]:8080/tcp`). An empty host means all interfaces.
public struct EntryPointAddress: Sendable, Hashable, CustomStringConvertible {
    public enum Network: String, Sendable {
        case tcp, udp
    }

    public var host: String
    public var port: Int
    public var network: Network

    public init(host: String = "", port: Int, network: Network = .tcp) {
        self.host = host
        self.port = port
        self.network = network
    }

    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
    }

    public init(parsing text: String) throws {
        var address = Substring(text)
        var network = Network.tcp
        if let slash = address.lastIndex(of: "/") {
            let suffix = address[address.index(after: slash)...].lowercased()
            guard let parsed = Network(rawValue: suffix) else {
                throw ParseError(description: "unsupported network \"\(suffix)\" in address \(text)")
            }
            network = parsed
            address = address[..<slash]
        }
        let host: Substring
        let portText: Substring
        if address.hasPrefix("[") {
            guard let close = address.firstIndex(of: "]") else {
                throw ParseError(description: "address \(address): missing ']' in address")
            }
            host = address[address.index(after: address.startIndex)..<close]
            let afterBracket = address[address.index(after: close)...]
            guard afterBracket.hasPrefix(":") else {
                throw ParseError(description: "address \(address): missing port in address")
            }
            portText = afterBracket.dropFirst()
        } else {
            guard let colon = address.lastIndex(of: ":") else {
                throw ParseError(description: "address \(address): missing port in address")
            }
            host = address[..<colon]
            guard !host.contains(":") else {
                throw ParseError(description: "address \(address): too many colons in address")
            }
            portText = address[address.index(after: colon)...]
        }
        guard let port = Int(portText), (0...65535).contains(port), portText.allSatisfy(\.isASCIIDigit) else {
            throw ParseError(description: "address \(address): invalid port \"\(portText)\"")
        }
        self.init(host: String(host), port: port, network: network)
    }

    public var description: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "\(hostPart):\(port)" + (network == .udp ? "/udp" : "")
    }
}
