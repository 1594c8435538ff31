import GoStdlibCore

// The interpreter's representation of net/url values, and the small Swift API other bindings
// (the gateway's net/http) use to build and read them.
//
// A `*url.URL` is a Box whose fields follow Go's declaration order, so interpreted code reads
// and assigns `u.Path`, `u.RawQuery`, … directly:
//   0 Scheme, 1 Opaque, 2 User (*Userinfo: a Box or nil), 3 Host, 4 Path, 5 RawPath,
//   6 OmitHost, 7 ForceQuery, 8 RawQuery, 9 Fragment, 10 RawFragment.
// A `*url.Userinfo` is a Box [username, password, passwordSet] (unexported, as in Go).
// `url.Values` is a map[string][]string.
enum URLField {
    static let scheme = 0, opaque = 1, user = 2, host = 3, path = 4, rawPath = 5
    static let omitHost = 6, forceQuery = 7, rawQuery = 8, fragment = 9, rawFragment = 10
    static let count = 11
}

extension NativeRegistry {
    /// The named type `url.URL` (a `*url.URL` value is a `Box`, see `URLValues.url`).
    var urlType: GoType { packages["net/url"]?.types["URL"] ?? .invalid }
    /// The named type `url.Values`.
    var urlValuesType: GoType { packages["net/url"]?.types["Values"] ?? .invalid }
}

/// Conversions between GoStdlibCore's URL model and interpreter values.
enum URLValues {
    /// A new `*url.URL` holding `url`.
    static func url(_ url: GoURL) -> Value {
        var f = [Value](repeating: .none, count: URLField.count)
        f[URLField.scheme] = .str(url.scheme)
        f[URLField.opaque] = .str(url.opaque)
        f[URLField.user] = url.user.map(userinfo) ?? .none
        f[URLField.host] = .str(url.host)
        f[URLField.path] = .str(url.path)
        f[URLField.rawPath] = .str(url.rawPath)
        f[URLField.omitHost] = .bool(url.omitHost)
        f[URLField.forceQuery] = .bool(url.forceQuery)
        f[URLField.rawQuery] = .str(url.rawQuery)
        f[URLField.fragment] = .str(url.fragment)
        f[URLField.rawFragment] = .str(url.rawFragment)
        return .obj(Box(f))
    }

    /// The current contents of a `*url.URL` (or `url.URL`) value; nil for a nil pointer.
    static func goURL(_ v: Value) -> GoURL? {
        guard case .obj(let o) = v, let b = o as? Box, b.f.count == URLField.count else { return nil }
        var u = GoURL()
        u.scheme = b.f[URLField.scheme].s
        u.opaque = b.f[URLField.opaque].s
        u.user = goUserinfo(b.f[URLField.user])
        u.host = b.f[URLField.host].s
        u.path = b.f[URLField.path].s
        u.rawPath = b.f[URLField.rawPath].s
        u.omitHost = b.f[URLField.omitHost].bool
        u.forceQuery = b.f[URLField.forceQuery].bool
        u.rawQuery = b.f[URLField.rawQuery].s
        u.fragment = b.f[URLField.fragment].s
        u.rawFragment = b.f[URLField.rawFragment].s
        return u
    }

    /// A new `*url.Userinfo`.
    static func userinfo(_ u: GoUserinfo) -> Value {
        .obj(Box([.str(u.username), .str(u.password), .bool(u.passwordSet)]))
    }

    /// The contents of a `*url.Userinfo`; nil for a nil pointer.
    static func goUserinfo(_ v: Value) -> GoUserinfo? {
        guard case .obj(let o) = v, let b = o as? Box, b.f.count == 3 else { return nil }
        return GoUserinfo(username: b.f[0].s, password: b.f[1].s, passwordSet: b.f[2].bool)
    }

    /// A new `url.Values` map from key/value pairs (values of a repeated key in order).
    static func values(_ pairs: [(key: [UInt8], value: [UInt8])]) -> Value {
        var grouped: [[UInt8]: [[UInt8]]] = [:]
        var order: [[UInt8]] = []
        for (k, v) in pairs {
            if grouped[k] == nil { order.append(k) }
            grouped[k, default: []].append(v)
        }
        let m = MapVal()
        for k in order { m.d[MapKey(v: .str(k))] = stringSliceValue(grouped[k] ?? []) }
        return .obj(m)
    }

    /// The entries of a `url.Values` map (nil map: none).
    static func entries(_ v: Value) -> [(key: [UInt8], values: [[UInt8]])] {
        guard case .obj(let o) = v, let m = o as? MapVal else { return [] }
        return m.d.map { entry in (entry.key.v.s, sliceElementsStatic(entry.value).map(\.s)) }
    }
}
