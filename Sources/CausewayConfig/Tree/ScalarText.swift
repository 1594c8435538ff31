import Foundation

/// The text forms Traefik's decoder (paerser) gives to typed scalars after it flattens a document:
/// integers in decimal, integral floats without a fraction, other floats with six decimals
/// (Go's `%f`), booleans as `true`/`false`. Every source normalises to these forms, so a value
/// reads the same whichever format it came from (`0x1F` → `31`, `1e3` → `1000`, `1.5` → `1.500000`).
enum ScalarText {
    static func format(float value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(.towardZero), abs(value) < 9.2e18 {
            return String(Int64(value))
        }
        return String(format: "%f", value)
    }

    /// Classifies an untagged plain YAML scalar with YAML 1.2 core-schema rules, as go-yaml v3
    /// does: `yes`/`on` stay strings, `True`/`TRUE` are booleans, `0x`/`0o`/`0b` are integers.
    static func classifyPlainYAML(_ text: String) -> (String, ScalarKind)? {
        switch text {
        case "", "~", "null", "Null", "NULL":
            return nil
        case "true", "True", "TRUE":
            return ("true", .bool)
        case "false", "False", "FALSE":
            return ("false", .bool)
        case ".nan", ".NaN", ".NAN":
            return (format(float: .nan), .float)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
            return (format(float: .infinity), .float)
        case "-.inf", "-.Inf", "-.INF":
            return (format(float: -.infinity), .float)
        default:
            break
        }
        guard let first = text.unicodeScalars.first, "+-.0123456789".unicodeScalars.contains(first) else {
            return (text, .string)
        }
        if let integer = parseInteger(text) { return (integer, .int) }
        if isYAMLFloat(text), let value = Double(text) { return (format(float: value), .float) }
        return (text, .string)
    }

    /// Go `strconv.ParseInt(s, 0, 64)`-style integer syntax; falls back to an unsigned parse so
    /// huge unsigned integers keep all their digits. Returns the decimal text.
    static func parseInteger(_ raw: String) -> String? {
        var text = Substring(raw)
        var negative = false
        if text.first == "+" || text.first == "-" {
            negative = text.first == "-"
            text = text.dropFirst()
        }
        guard !text.isEmpty else { return nil }
        var radix = 10
        let lower = text.lowercased()
        if lower.hasPrefix("0x") { radix = 16; text = text.dropFirst(2) }
        else if lower.hasPrefix("0o") { radix = 8; text = text.dropFirst(2) }
        else if lower.hasPrefix("0b") { radix = 2; text = text.dropFirst(2) }
        else if text.count > 1 && text.first == "0" { radix = 8; text = text.dropFirst() }
        guard !text.isEmpty, let magnitude = UInt64(text, radix: radix) else { return nil }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == 0 ? "0" : "-\(magnitude)"
        }
        return String(magnitude)
    }

    private static func isYAMLFloat(_ text: String) -> Bool {
        // ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
        var scalars = Substring(text).unicodeScalars[...]
        func digits() -> Int {
            var count = 0
            while let c = scalars.first, ("0"..."9").contains(c) { scalars.removeFirst(); count += 1 }
            return count
        }
        if scalars.first == "+" || scalars.first == "-" { scalars.removeFirst() }
        if scalars.first == "." {
            scalars.removeFirst()
            guard digits() > 0 else { return false }
        } else {
            guard digits() > 0 else { return false }
            if scalars.first == "." { scalars.removeFirst(); _ = digits() }
        }
        if scalars.first == "e" || scalars.first == "E" {
            scalars.removeFirst()
            if scalars.first == "+" || scalars.first == "-" { scalars.removeFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }
}
