import Foundation
import GoInterpreter

/// `Request.ParseForm`: the query, plus an urlencoded POST/PUT/PATCH body read from the
/// gateway's buffered body (left unread for the upstream).
enum FormValues {
    static func parse(_ request: GoValue, types: HTTPTypes) {
        typealias F = HTTPTypes.Field
        guard request.field(F.form.rawValue)?.isNil ?? true else { return }
        var form: [(String, [String])] = []
        var post: [(String, [String])] = []
        let url = request.field(F.url.rawValue) ?? .nil
        if !url.isNil { form = decode(types.url.string(url, types.url.rawQuery)) }
        let method = request.field(F.method.rawValue)?.stringValue ?? ""
        let contentType = HeaderMap.get(request.field(F.header.rawValue) ?? .nil, "Content-Type")
        if ["POST", "PUT", "PATCH"].contains(method), contentType.hasPrefix("application/x-www-form-urlencoded"),
           let body = request.field(F.body.rawValue)?.dynamicValue.field(0)?.hostObject as? RequestBodyState {
            post = decode(String(decoding: body.remaining, as: UTF8.self))
        }
        var merged = post
        for (key, values) in form {
            if let i = merged.firstIndex(where: { $0.0 == key }) { merged[i].1 += values } else { merged.append((key, values)) }
        }
        func map(_ pairs: [(String, [String])]) -> GoValue { .map(pairs.map { (GoValue.string($0.0), GoValue.strings($0.1)) }) }
        request.setField(F.form.rawValue, map(merged))
        request.setField(F.postForm.rawValue, map(post))
    }

    /// `url.Values.Encode`: keys sorted, query-escaped.
    static func encode(_ values: GoValue) -> String {
        let entries = (values.mapEntries ?? []).map { ($0.key.stringValue, ($0.value.elements ?? []).map(\.stringValue)) }
        var parts: [String] = []
        for (key, list) in entries.sorted(by: { $0.0 < $1.0 }) {
            for value in list { parts.append(escape(key) + "=" + escape(value)) }
        }
        return parts.joined(separator: "&")
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F, 0x2E, 0x7E: out.unicodeScalars.append(UnicodeScalar(byte))
            case 0x20: out += "+"
            default: out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    static func decode(_ query: String) -> [(String, [String])] {
        var result: [(String, [String])] = []
        for part in query.split(whereSeparator: { $0 == "&" }) {
            let (rawKey, rawValue) = part.firstIndex(of: "=").map { (part[..<$0], part[part.index(after: $0)...]) } ?? (part, "")
            guard let key = unescape(rawKey), let value = unescape(rawValue) else { continue }
            if let i = result.firstIndex(where: { $0.0 == key }) { result[i].1.append(value) } else { result.append((key, [value])) }
        }
        return result
    }

    static func unescape(_ text: Substring) -> String? {
        URLEscaping.unescapePath(text.replacingOccurrences(of: "+", with: " "))
    }
}
