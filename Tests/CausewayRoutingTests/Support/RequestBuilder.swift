import CausewayRouting

/// Builds routing requests the way the proxy engine does: raw parts in, canonical values out.
func makeRequest(
    method: String = "GET",
    host: String? = "example.com",
    target: String = "/",
    headers: [(String, String)] = [],
    peer: String? = "192.0.2.10"
) -> RoutingRequest {
    let (escapedPath, rawQuery) = RoutingPath.split(requestTarget: target[...])
    let path = (try? RoutingPath.make(fromEscapedPath: escapedPath)) ?? "<malformed>"
    return RoutingRequest(
        method: method,
        host: CanonicalHost.make(fromHostHeader: host),
        path: path,
        rawQuery: rawQuery,
        headers: HeaderFieldList(headers.map { (name: $0.0, value: $0.1) }),
        clientIP: peer.flatMap { IPAddress($0) })
}

/// Compiles `rule`, reporting a compile failure as a test failure.
func compile(_ rule: String, file: StaticString = #filePath, line: UInt = #line) -> Rule? {
    do {
        return try Rule(rule)
    } catch {
        XCTFail("rule \(rule) failed to compile: \(error)", file: file, line: line)
        return nil
    }
}

import XCTest
