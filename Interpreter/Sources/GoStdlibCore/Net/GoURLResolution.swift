/// Reference resolution (RFC 3986 §5.2) and path joining, as net/url does them.
extension GoURL {
    /// `ResolveReference`: `ref` resolved against `self`; dot segments are removed from the result.
    public func resolve(_ ref: GoURL) -> GoURL {
        var url = ref
        if ref.scheme.isEmpty { url.scheme = scheme }
        if !ref.scheme.isEmpty || !ref.host.isEmpty || ref.user != nil {
            // The path is a valid encoding already, so setting it cannot fail.
            try? url.setPath(Self.resolvePath(ref.escapedPath, []))
            return url
        }
        if !ref.opaque.isEmpty {
            url.user = nil
            url.host = []
            url.path = []
            return url
        }
        if ref.path.isEmpty && !ref.forceQuery && ref.rawQuery.isEmpty {
            url.rawQuery = rawQuery
            if ref.fragment.isEmpty {
                url.fragment = fragment
                url.rawFragment = rawFragment
            }
        }
        if ref.path.isEmpty && !opaque.isEmpty {
            url.opaque = opaque
            url.user = nil
            url.host = []
            url.path = []
            return url
        }
        url.host = host
        url.user = user
        try? url.setPath(Self.resolvePath(escapedPath, ref.escapedPath))
        return url
    }

    /// Merges `ref` onto `base` and removes "." and ".." segments; the result is rooted.
    static func resolvePath(_ base: [UInt8], _ ref: [UInt8]) -> [UInt8] {
        let slash = UInt8(ascii: "/")
        let full: [UInt8]
        if ref.isEmpty {
            full = base
        } else if ref[0] != slash {
            let cut = base.lastIndex(of: slash).map { $0 + 1 } ?? 0
            full = Array(base[..<cut]) + ref
        } else {
            full = ref
        }
        if full.isEmpty { return [] }
        var out: [UInt8] = [slash]
        var first = true
        var lastSegment: ArraySlice<UInt8> = []
        for segment in full.split(separator: slash, omittingEmptySubsequences: false) {
            lastSegment = segment
            if segment.elementsEqual([UInt8(ascii: ".")]) {
                first = false
                continue
            }
            if segment.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                // Drop the last written segment (never the leading '/').
                let written = out[1...]
                out = [slash]
                if let index = written.lastIndex(of: slash) {
                    out += written[written.startIndex..<index]
                } else {
                    first = true
                }
            } else {
                if !first { out.append(slash) }
                out += segment
                first = false
            }
        }
        if lastSegment.elementsEqual([UInt8(ascii: ".")]) || lastSegment.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
            out.append(slash)
        }
        if out.count > 1 && out[1] == slash { out.removeFirst() }
        return out
    }

    /// `JoinPath`: the escaped path with `elements` appended and cleaned; a trailing slash of
    /// the last element is kept, and a relative path stays relative.
    public func joiningPath(_ elements: [[UInt8]]) throws(GoURLError) -> GoURL {
        let slash = UInt8(ascii: "/")
        var parts = [escapedPath] + elements
        var joined: [UInt8]
        if parts[0].first != slash {
            // Rooting first keeps ".." from climbing above a relative base.
            parts[0] = [slash] + parts[0]
            joined = Array(GoPath.join(parts).dropFirst())
        } else {
            joined = GoPath.join(parts)
        }
        if parts[parts.count - 1].last == slash && joined.last != slash { joined.append(slash) }
        var url = self
        try url.setPath(joined)
        return url
    }
}

/// The lexical path functions of Go's `path` package that URL handling needs.
public enum GoPath {
    /// `path.Clean`: the shortest equivalent path ("." for empty).
    public static func clean(_ path: [UInt8]) -> [UInt8] {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        if path.isEmpty { return [dot] }
        let rooted = path[0] == slash
        var segments: [ArraySlice<UInt8>] = []
        for segment in path.split(separator: slash, omittingEmptySubsequences: true) {
            if segment.elementsEqual([dot]) { continue }
            if segment.elementsEqual([dot, dot]) {
                if let last = segments.last, !last.elementsEqual([dot, dot]) {
                    segments.removeLast()
                } else if !rooted {
                    segments.append(segment)
                }
                continue
            }
            segments.append(segment)
        }
        var out: [UInt8] = rooted ? [slash] : []
        for (k, segment) in segments.enumerated() {
            if k > 0 { out.append(slash) }
            out += segment
        }
        return out.isEmpty ? [dot] : out
    }

    /// `path.Join`: the non-empty elements joined by '/' and cleaned ("" when all are empty).
    public static func join(_ elements: [[UInt8]]) -> [UInt8] {
        var joined: [UInt8] = []
        var any = false
        for element in elements where !element.isEmpty {
            if any { joined.append(UInt8(ascii: "/")) }
            joined += element
            any = true
        }
        return any ? clean(joined) : []
    }
}
