import Foundation
import GoInterpreter

/// Cookie header parsing and Set-Cookie formatting for `http.Cookie` values
/// (fields: Name, Value, Quoted, Path, Domain, RawExpires, MaxAge, Secure, HttpOnly, SameSite, …).
enum CookieText {
    /// `*http.Cookie` values from `Cookie` header lines, optionally only those named `filter`.
    static func parse(_ lines: [String], filter: String?, types: HTTPTypes) -> [GoValue] {
        var cookies: [GoValue] = []
        for line in lines {
            for part in line.split(separator: ";") {
                let pair = part.trimmingCharacters(in: " \t")
                guard !pair.isEmpty else { continue }
                let name: Substring, value: Substring
                if let eq = pair.firstIndex(of: "=") {
                    name = pair[..<eq]; value = pair[pair.index(after: eq)...]
                } else {
                    name = pair[...]; value = ""
                }
                if name.isEmpty || (filter != nil && name != filter!) { continue }
                var text = String(value)
                let quoted = text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"")
                if quoted { text = String(text.dropFirst().dropLast()) }
                cookies.append(make(name: String(name), value: text, quoted: quoted, types: types))
            }
        }
        return cookies
    }

    static func make(name: String, value: String, quoted: Bool, types: HTTPTypes) -> GoValue {
        let cookie = GoValue.zero(of: types.cookie)
        cookie.setField(F.name.rawValue, .string(name))
        cookie.setField(F.value.rawValue, .string(value))
        cookie.setField(F.quoted.rawValue, .bool(quoted))
        return cookie
    }

    typealias F = HTTPTypes.CookieField

    /// One `Set-Cookie` line as a `*http.Cookie` (name, value and the common attributes).
    static func parseSetCookie(_ line: String, types: HTTPTypes) -> GoValue? {
        let parts = line.split(separator: ";").map { $0.trimmingCharacters(in: " \t") }
        guard let first = parts.first, let eq = first.firstIndex(of: "="), eq != first.startIndex else { return nil }
        var value = String(first[first.index(after: eq)...])
        let quoted = value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"")
        if quoted { value = String(value.dropFirst().dropLast()) }
        let cookie = make(name: String(first[..<eq]), value: value, quoted: quoted, types: types)
        cookie.setField(F.raw.rawValue, .string(line))
        for attribute in parts.dropFirst() {
            let (key, argument) = attribute.firstIndex(of: "=").map {
                (attribute[..<$0].lowercased(), String(attribute[attribute.index(after: $0)...]))
            } ?? (attribute.lowercased(), "")
            switch key {
            case "path": cookie.setField(F.path.rawValue, .string(argument))
            case "domain": cookie.setField(F.domain.rawValue, .string(argument))
            case "expires": cookie.setField(F.rawExpires.rawValue, .string(argument))
            case "max-age": if let seconds = Int(argument) { cookie.setField(F.maxAge.rawValue, .int(seconds <= 0 ? -1 : seconds)) }
            case "secure": cookie.setField(F.secure.rawValue, .bool(true))
            case "httponly": cookie.setField(F.httpOnly.rawValue, .bool(true))
            case "partitioned": cookie.setField(F.partitioned.rawValue, .bool(true))
            case "samesite":
                let mode: Int
                switch argument.lowercased() {
                case "lax": mode = 2
                case "strict": mode = 3
                case "none": mode = 4
                default: mode = 1
                }
                cookie.setField(F.sameSite.rawValue, .int(mode))
            default: break
            }
        }
        return cookie
    }

    /// `Cookie.String()`: the Set-Cookie form when attributes are set.
    static func format(_ cookie: GoValue) -> String {
        func string(_ f: F) -> String { cookie.field(f.rawValue)?.stringValue ?? "" }
        func bool(_ f: F) -> Bool { cookie.field(f.rawValue)?.boolValue ?? false }
        // Go quotes a value that holds a space or comma (or was quoted when parsed).
        let value = string(.value)
        let quote = bool(.quoted) || value.contains(" ") || value.contains(",")
        var text = string(.name) + "=" + (quote ? "\"\(value)\"" : value)
        if !string(.path).isEmpty { text += "; Path=" + string(.path) }
        if !string(.domain).isEmpty { text += "; Domain=" + string(.domain) }
        if let expires = expiresText(cookie) { text += "; Expires=" + expires }
        let maxAge = cookie.field(F.maxAge.rawValue)?.intValue ?? 0
        if maxAge > 0 { text += "; Max-Age=\(maxAge)" } else if maxAge < 0 { text += "; Max-Age=0" }
        if bool(.httpOnly) { text += "; HttpOnly" }
        if bool(.secure) { text += "; Secure" }
        switch cookie.field(F.sameSite.rawValue)?.intValue ?? 0 {
        case 2: text += "; SameSite=Lax"
        case 3: text += "; SameSite=Strict"
        case 4: text += "; SameSite=None"
        default: break
        }
        if bool(.partitioned) { text += "; Partitioned" }
        return text
    }

    /// `Expires` in the cookie date format, when valid (time.Time's first field holds seconds
    /// since January 1, year 1 UTC; Go writes only years from 1601 on).
    private static func expiresText(_ cookie: GoValue) -> String? {
        let yearOneUnixSeconds: Int64 = -62_135_596_800, year1601UnixSeconds: Int64 = -11_644_473_600
        guard let expires = cookie.field(F.expires.rawValue), let seconds = expires.field(0)?.int64Value else { return nil }
        let unixSeconds = seconds + yearOneUnixSeconds
        guard unixSeconds >= year1601UnixSeconds else { return nil }
        return HTTPDate.format(unixSeconds: time_t(unixSeconds))
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> Substring {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return Substring(slice)
    }
}
