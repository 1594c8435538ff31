/// Go's `strconv` parsing rules that mapstructure's weak typing relies on, with Go's error texts.
enum GoScalarParsing {
    /// `strconv.ParseInt(text, 0, bits)`: sign, then `0x`/`0o`/`0b`/leading-`0` base prefixes,
    /// underscores only with a prefix.
    static func parseInt(_ text: String, bits: Int) -> Result<Int64, GoParseError> {
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard let magnitude = parseMagnitude(digits) else { return .failure(syntaxError("ParseInt", text)) }
        let limit = UInt64(1) << UInt64(bits - 1)
        if negative {
            guard magnitude <= limit else { return .failure(rangeError("ParseInt", text)) }
            return .success(magnitude == limit ? Int64(truncatingIfNeeded: 0 &- magnitude) : -Int64(magnitude))
        }
        guard magnitude < limit else { return .failure(rangeError("ParseInt", text)) }
        return .success(Int64(magnitude))
    }

    /// `strconv.ParseUint(text, 0, bits)`.
    static func parseUint(_ text: String, bits: Int) -> Result<UInt64, GoParseError> {
        guard let magnitude = parseMagnitude(Substring(text)) else { return .failure(syntaxError("ParseUint", text)) }
        if bits < 64 && magnitude >= (UInt64(1) << UInt64(bits)) { return .failure(rangeError("ParseUint", text)) }
        return .success(magnitude)
    }

    /// `strconv.ParseBool`.
    static func parseBool(_ text: String) -> Result<Bool, GoParseError> {
        switch text {
        case "1", "t", "T", "TRUE", "true", "True": return .success(true)
        case "0", "f", "F", "FALSE", "false", "False": return .success(false)
        default: return .failure(syntaxError("ParseBool", text))
        }
    }

    /// `strconv.ParseFloat` for decimal and special spellings.
    static func parseFloat(_ text: String) -> Result<Double, GoParseError> {
        let cleaned = text.replacingOccurrences(of: "_", with: "")
        if let value = Double(cleaned), !cleaned.isEmpty { return .success(value) }
        return .failure(syntaxError("ParseFloat", text))
    }

    /// Go's `strconv.FormatFloat(f, 'f', -1, 64)` for the values options produce.
    static func formatFloat(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static func parseMagnitude(_ text: Substring) -> UInt64? {
        var digits = text
        var radix = 10
        let lower = digits.lowercased()
        if lower.hasPrefix("0x") { radix = 16; digits = digits.dropFirst(2) }
        else if lower.hasPrefix("0o") { radix = 8; digits = digits.dropFirst(2) }
        else if lower.hasPrefix("0b") { radix = 2; digits = digits.dropFirst(2) }
        else if digits.count > 1 && digits.hasPrefix("0") { radix = 8; digits = digits.dropFirst() }
        if radix != 10 {
            // Underscores may separate digits only when a base prefix is present.
            if digits.hasPrefix("_") && radix == 8 && !lower.hasPrefix("0o") { digits = digits.dropFirst() }
            digits = Substring(digits.replacingOccurrences(of: "_", with: ""))
        }
        guard !digits.isEmpty else { return nil }
        return UInt64(digits, radix: radix)
    }

    private static func syntaxError(_ function: String, _ text: String) -> GoParseError {
        GoParseError(message: "strconv.\(function): parsing \(goQuote(text)): invalid syntax")
    }

    private static func rangeError(_ function: String, _ text: String) -> GoParseError {
        GoParseError(message: "strconv.\(function): parsing \(goQuote(text)): value out of range")
    }

    static func goQuote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// A `strconv` error text.
struct GoParseError: Error {
    let message: String
}
