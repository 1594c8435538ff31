/// `url.Userinfo`: an immutable user name with an optional password.
public struct GoUserinfo: Equatable, Sendable {
    public var username: [UInt8]
    public var password: [UInt8]
    public var passwordSet: Bool

    public init(username: [UInt8], password: [UInt8] = [], passwordSet: Bool = false) {
        self.username = username
        self.password = password
        self.passwordSet = passwordSet
    }

    /// `user[:password]`, each escaped for the userinfo component.
    public var string: [UInt8] {
        var out = GoURLEscaping.escape(username, .userPassword)
        if passwordSet {
            out.append(UInt8(ascii: ":"))
            out += GoURLEscaping.escape(password, .userPassword)
        }
        return out
    }
}

/// `url.URL` with Go's fields and semantics. Strings are bytes, as Go strings may hold any byte.
public struct GoURL: Equatable, Sendable {
    public var scheme: [UInt8] = []
    /// Encoded opaque data (`mailto:x@y` has opaque `x@y`).
    public var opaque: [UInt8] = []
    public var user: GoUserinfo? = nil
    /// `host` or `host:port`.
    public var host: [UInt8] = []
    /// Decoded path; `rawPath` holds the original encoding when it differs from the default one.
    public var path: [UInt8] = []
    public var rawPath: [UInt8] = []
    /// Do not emit an empty host (`file:///x` versus `file:/x`).
    public var omitHost = false
    /// Append '?' even when `rawQuery` is empty.
    public var forceQuery = false
    /// Encoded query, without '?'.
    public var rawQuery: [UInt8] = []
    /// Decoded fragment, without '#'; `rawFragment` as for `rawPath`.
    public var fragment: [UInt8] = []
    public var rawFragment: [UInt8] = []

    public init() {}

    // MARK: parsing

    /// `url.Parse` (without the `*url.Error` wrapper, which the caller adds with `op`
    /// "parse" and the returned URL text): the reference may be relative; '#' starts a fragment.
    public static func parse(_ rawURL: [UInt8]) -> Result<GoURL, GoURLParseFailure> {
        let hash = rawURL.firstIndex(of: UInt8(ascii: "#"))
        let main = hash.map { Array(rawURL[..<$0]) } ?? rawURL
        var url: GoURL
        do { url = try parseReference(main, viaRequest: false) } catch {
            return .failure(GoURLParseFailure(url: main, error: error))
        }
        guard let hash = hash else { return .success(url) }
        let fragment = Array(rawURL[(hash + 1)...])
        if fragment.isEmpty { return .success(url) }
        do { try url.setFragment(fragment) } catch {
            return .failure(GoURLParseFailure(url: rawURL, error: error))
        }
        return .success(url)
    }

    /// `url.ParseRequestURI`: an absolute URI or absolute path as in an HTTP request line;
    /// no fragment.
    public static func parseRequestURI(_ rawURL: [UInt8]) -> Result<GoURL, GoURLParseFailure> {
        do { return .success(try parseReference(rawURL, viaRequest: true)) } catch {
            return .failure(GoURLParseFailure(url: rawURL, error: error))
        }
    }

    static func parseReference(_ rawURL: [UInt8], viaRequest: Bool) throws(GoURLError) -> GoURL {
        if rawURL.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            throw .message("net/url: invalid control character in URL")
        }
        if rawURL.isEmpty && viaRequest { throw .message("empty url") }
        var url = GoURL()
        if rawURL == [UInt8(ascii: "*")] {
            url.path = rawURL
            return url
        }
        var (scheme, rest) = try splitScheme(rawURL)
        url.scheme = scheme.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }

        let questionMarks = rest.reduce(0) { $0 + ($1 == UInt8(ascii: "?") ? 1 : 0) }
        if rest.last == UInt8(ascii: "?") && questionMarks == 1 {
            url.forceQuery = true
            rest.removeLast()
        } else if let q = rest.firstIndex(of: UInt8(ascii: "?")) {
            url.rawQuery = Array(rest[(q + 1)...])
            rest = Array(rest[..<q])
        }

        let slash = UInt8(ascii: "/")
        if rest.first != slash {
            if !url.scheme.isEmpty {
                // A rootless path after a scheme is opaque (RFC 3986).
                url.opaque = rest
                return url
            }
            if viaRequest { throw .message("invalid URI for request") }
            // "cache_object:foo/bar" would otherwise read as a path whose first segment has a colon.
            let firstSegment = rest.prefix { $0 != slash }
            if firstSegment.contains(UInt8(ascii: ":")) {
                throw .message("first path segment in URL cannot contain colon")
            }
        }
        let hasAuthority = rest.count >= 2 && rest[0] == slash && rest[1] == slash
        let tripleSlash = rest.count >= 3 && hasAuthority && rest[2] == slash
        if hasAuthority && (!url.scheme.isEmpty || (!viaRequest && !tripleSlash)) {
            var authority = Array(rest[2...])
            rest = []
            if let i = authority.firstIndex(of: slash) {
                rest = Array(authority[i...])
                authority = Array(authority[..<i])
            }
            (url.user, url.host) = try parseAuthority(authority, scheme: url.scheme)
        } else if !url.scheme.isEmpty && rest.first == slash {
            url.omitHost = true
        }
        try url.setPath(rest)
        return url
    }

    /// Splits `scheme:` off the front when the text starts with a valid scheme.
    static func splitScheme(_ raw: [UInt8]) throws(GoURLError) -> ([UInt8], [UInt8]) {
        for (i, c) in raw.enumerated() {
            switch c {
            case 0x61...0x7A, 0x41...0x5A:
                continue
            case 0x30...0x39, UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if i == 0 { return ([], raw) }
            case UInt8(ascii: ":"):
                if i == 0 { throw .message("missing protocol scheme") }
                return (Array(raw[..<i]), Array(raw[(i + 1)...]))
            default:
                return ([], raw)
            }
        }
        return ([], raw)
    }

    static func parseAuthority(_ authority: [UInt8], scheme: [UInt8]) throws(GoURLError) -> (GoUserinfo?, [UInt8]) {
        let at = authority.lastIndex(of: UInt8(ascii: "@"))
        let host = try parseHost(at.map { Array(authority[($0 + 1)...]) } ?? authority, scheme: scheme)
        guard let at = at else { return (nil, host) }
        let userinfo = Array(authority[..<at])
        if !isValidUserinfo(userinfo) { throw .message("net/url: invalid userinfo") }
        if let colon = userinfo.firstIndex(of: UInt8(ascii: ":")) {
            let name = try GoURLEscaping.unescape(Array(userinfo[..<colon]), .userPassword)
            let password = try GoURLEscaping.unescape(Array(userinfo[(colon + 1)...]), .userPassword)
            return (GoUserinfo(username: name, password: password, passwordSet: true), host)
        }
        return (GoUserinfo(username: try GoURLEscaping.unescape(userinfo, .userPassword)), host)
    }

    /// Userinfo may hold only ASCII unreserved characters, sub-delims, ':', '@' and '%' escapes.
    static func isValidUserinfo(_ s: [UInt8]) -> Bool {
        for c in s {
            if GoURLEscaping.isAlphanumeric(c) { continue }
            switch c {
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "~"),
                 UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
                 UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
                 UInt8(ascii: "="), UInt8(ascii: "%"), UInt8(ascii: "@"):
                continue
            default:
                return false
            }
        }
        return true
    }

    /// Parses `host[:port]`. A bracketed host must be an IPv6 address (IPv4-mapped allowed,
    /// plain IPv4 not), optionally with a "%25" zone (RFC 6874); a '[' anywhere else is
    /// rejected. Only http and https insist on the port starting at the first ':' (other
    /// schemes keep accepting comma-separated host lists such as database URLs use).
    static func parseHost(_ host: [UInt8], scheme: [UInt8]) throws(GoURLError) -> [UInt8] {
        let open = host.lastIndex(of: UInt8(ascii: "["))
        if let open = open, open > 0 { throw .message("invalid IP-literal") }
        if open == 0 {
            guard let close = host.lastIndex(of: UInt8(ascii: "]")) else { throw .message("missing ']' in host") }
            let colonPort = Array(host[(close + 1)...])
            if !isValidOptionalPort(colonPort) { throw invalidPort(colonPort) }
            let port = try GoURLEscaping.unescape(colonPort, .host)
            let inside = host[1..<close]
            var address: [UInt8]
            if let zone = firstIndex(of: Array("%25".utf8), in: inside) {
                address = try GoURLEscaping.unescape(Array(inside[..<zone]), .host)
                address += try GoURLEscaping.unescape(Array(inside[zone...]), .zone)
            } else {
                address = try GoURLEscaping.unescape(Array(inside), .host)
            }
            switch GoIPAddr.parse(address) {
            case .failure(let e): throw .message("invalid host: " + e.description)
            case .success(let ip) where ip.is4: throw .message("invalid IP-literal")
            case .success: break
            }
            return [UInt8(ascii: "[")] + address + [UInt8(ascii: "]")] + port
        }
        if var colon = host.firstIndex(of: UInt8(ascii: ":")) {
            let isHTTP = scheme == Array("http".utf8) || scheme == Array("https".utf8)
            if !isHTTP, let last = host.lastIndex(of: UInt8(ascii: ":")) { colon = last }
            let colonPort = Array(host[colon...])
            if !isValidOptionalPort(colonPort) { throw invalidPort(colonPort) }
        }
        return try GoURLEscaping.unescape(host, .host)
    }

    static func invalidPort(_ colonPort: [UInt8]) -> GoURLError {
        .message("invalid port " + String(decoding: GoStrconv.quote(colonPort), as: UTF8.self) + " after host")
    }

    /// Empty, or ':' followed by digits only.
    static func isValidOptionalPort(_ port: some Collection<UInt8>) -> Bool {
        guard let first = port.first else { return true }
        if first != UInt8(ascii: ":") { return false }
        return port.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = haystack.startIndex
        while i + needle.count <= haystack.endIndex {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    // MARK: setting encoded components

    /// Sets `path` from an encoded path, keeping `rawPath` only when it is not the default encoding.
    public mutating func setPath(_ encoded: [UInt8]) throws(GoURLError) {
        path = try GoURLEscaping.unescape(encoded, .path)
        rawPath = GoURLEscaping.escape(path, .path) == encoded ? [] : encoded
    }

    /// Sets `fragment` from an encoded fragment (see `setPath`).
    public mutating func setFragment(_ encoded: [UInt8]) throws(GoURLError) {
        fragment = try GoURLEscaping.unescape(encoded, .fragment)
        rawFragment = GoURLEscaping.escape(fragment, .fragment) == encoded ? [] : encoded
    }

    // MARK: reading

    /// `EscapedPath`: `rawPath` when it is a valid encoding of `path`, else the default encoding.
    public var escapedPath: [UInt8] {
        if !rawPath.isEmpty && GoURLEscaping.isValidEncoded(rawPath, .path),
           let decoded = try? GoURLEscaping.unescape(rawPath, .path), decoded == path {
            return rawPath
        }
        if path == [UInt8(ascii: "*")] { return path }
        return GoURLEscaping.escape(path, .path)
    }

    /// `EscapedFragment`, as `escapedPath` for the fragment.
    public var escapedFragment: [UInt8] {
        if !rawFragment.isEmpty && GoURLEscaping.isValidEncoded(rawFragment, .fragment),
           let decoded = try? GoURLEscaping.unescape(rawFragment, .fragment), decoded == fragment {
            return rawFragment
        }
        return GoURLEscaping.escape(fragment, .fragment)
    }

    /// `URL.String`: the reassembled, encoded URL.
    public var string: [UInt8] {
        var out: [UInt8] = []
        if !scheme.isEmpty {
            out += scheme
            out.append(UInt8(ascii: ":"))
        }
        if !opaque.isEmpty {
            out += opaque
        } else {
            if !scheme.isEmpty || !host.isEmpty || user != nil {
                if !(omitHost && host.isEmpty && user == nil) {
                    if !host.isEmpty || !path.isEmpty || user != nil { out += Array("//".utf8) }
                    if let user = user {
                        out += user.string
                        out.append(UInt8(ascii: "@"))
                    }
                    if !host.isEmpty { out += GoURLEscaping.escape(host, .host) }
                }
            }
            let encodedPath = escapedPath
            if let first = encodedPath.first, first != UInt8(ascii: "/"), !host.isEmpty { out.append(UInt8(ascii: "/")) }
            if out.isEmpty {
                // "this:that" as a first relative segment would read as a scheme (RFC 3986 §4.2).
                if encodedPath.prefix(while: { $0 != UInt8(ascii: "/") }).contains(UInt8(ascii: ":")) {
                    out += Array("./".utf8)
                }
            }
            out += encodedPath
        }
        if forceQuery || !rawQuery.isEmpty {
            out.append(UInt8(ascii: "?"))
            out += rawQuery
        }
        if !fragment.isEmpty {
            out.append(UInt8(ascii: "#"))
            out += escapedFragment
        }
        return out
    }

    /// `Redacted`: `string` with any password replaced by "xxxxx".
    public var redacted: [UInt8] {
        var copy = self
        if let user = user, user.passwordSet {
            copy.user = GoUserinfo(username: user.username, password: Array("xxxxx".utf8), passwordSet: true)
        }
        return copy.string
    }

    /// `IsAbs`.
    public var isAbsolute: Bool { !scheme.isEmpty }

    /// `Hostname`: the host without port and without IPv6 brackets.
    public var hostname: [UInt8] { Self.splitHostPort(host).host }

    /// `Port`: the digits after the host's last ':' (empty when absent or not numeric).
    public var port: [UInt8] { Self.splitHostPort(host).port }

    static func splitHostPort(_ hostPort: [UInt8]) -> (host: [UInt8], port: [UInt8]) {
        var host = hostPort[...]
        var port: ArraySlice<UInt8> = []
        if let colon = host.lastIndex(of: UInt8(ascii: ":")), isValidOptionalPort(host[colon...]) {
            port = host[(colon + 1)...]
            host = host[..<colon]
        }
        if host.count >= 2, host.first == UInt8(ascii: "["), host.last == UInt8(ascii: "]") {
            host = host.dropFirst().dropLast()
        }
        return (Array(host), Array(port))
    }

    /// `RequestURI`: the encoded path?query (or opaque) used in an HTTP request line.
    public var requestURI: [UInt8] {
        var result = opaque
        if result.isEmpty {
            result = escapedPath
            if result.isEmpty { result = [UInt8(ascii: "/")] }
        } else if result.starts(with: Array("//".utf8)) {
            result = scheme + [UInt8(ascii: ":")] + result
        }
        if forceQuery || !rawQuery.isEmpty {
            result.append(UInt8(ascii: "?"))
            result += rawQuery
        }
        return result
    }
}

/// A failed `Parse`/`ParseRequestURI`: the text reported in `*url.Error` and the cause.
public struct GoURLParseFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var url: [UInt8]
    public var error: GoURLError

    /// `parse "text": cause`, the text of the `*url.Error` Go returns.
    public var description: String {
        "parse " + String(decoding: GoStrconv.quote(url), as: UTF8.self) + ": " + error.description
    }
}
