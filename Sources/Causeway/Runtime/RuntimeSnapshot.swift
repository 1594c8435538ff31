import CausewayRouting
import NIOCore
import NIOHTTP1

/// The immutable routing state of every entry point, built from the providers' configurations
/// (see `RuntimeBuilder`). Requests read it once; a reload replaces it whole.
public struct RuntimeSnapshot: RouteResolver {
    let tables: [String: RouterTable<RouteTarget>]

    public static let empty = RuntimeSnapshot(tables: [:])

    public func resolve(entryPoint: String, head: HTTPRequestHead, peer: SocketAddress?) -> RouteDecision {
        guard let table = tables[entryPoint], !table.routes.isEmpty else { return .notFound }
        let target = RequestTarget(head.uri)
        let path: String
        do {
            path = try RoutingPath.make(fromEscapedPath: target.escapedPath)
        } catch {
            return .badRequest
        }
        let host = target.authority.map { CanonicalHost.make(fromHostHeader: $0) }
            ?? CanonicalHost.make(fromHostHeader: head.headers.first(name: "host"))
        let request = RoutingRequest(
            method: head.method.rawValue,
            host: host,
            path: path,
            rawQuery: target.rawQuery,
            headers: NIOHeaderFields(headers: head.headers),
            clientIP: peer.flatMap(IPAddress.init(socketAddress:))
        )
        guard let route = table.firstMatch(request) else { return .notFound }
        return .matched(route.payload)
    }
}

/// A request target split for routing: origin form (`/p?q`) or absolute form
/// (`http://host/p?q`, whose authority then stands for the Host header as in Go).
struct RequestTarget {
    var authority: Substring?
    var escapedPath: Substring
    var rawQuery: Substring

    init(_ uri: String) {
        var target = Substring(uri)
        authority = nil
        if !target.hasPrefix("/"), let schemeEnd = target.firstIndex(of: ":"), target[schemeEnd...].hasPrefix("://") {
            let afterScheme = target[target.index(schemeEnd, offsetBy: 3)...]
            let pathStart = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? afterScheme.endIndex
            authority = afterScheme[..<pathStart]
            target = afterScheme[pathStart...]
            if target.isEmpty || target.hasPrefix("?") { target = "/" + target }
        }
        let parts = RoutingPath.split(requestTarget: target)
        escapedPath = parts.escapedPath
        rawQuery = parts.rawQuery
    }
}

/// Lets matchers read NIO's header storage in place.
struct NIOHeaderFields: RoutingHeaderFields {
    let headers: HTTPHeaders

    func containsValue(ofField name: String, where predicate: (String) -> Bool) -> Bool {
        for (field, value) in headers where ASCIICase.equalsIgnoringCase(field, name) {
            if predicate(value) { return true }
        }
        return false
    }
}

extension IPAddress {
    /// The peer address of a TCP connection, without going through text.
    init?(socketAddress: SocketAddress) {
        switch socketAddress {
        case .v4(let address):
            self.init(ipv4: UInt32(bigEndian: address.address.sin_addr.s_addr))
        case .v6(let address):
            let bytes = withUnsafeBytes(of: address.address.sin6_addr) { Array($0) }
            self.init(bytes: bytes)
        case .unixDomainSocket:
            return nil
        }
    }
}
