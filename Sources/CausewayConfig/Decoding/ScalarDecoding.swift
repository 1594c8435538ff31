// Weak scalar conversions, as Traefik's decoder does them: every scalar is text, so numbers may
// be written as strings and vice versa. Error texts follow Go's strconv messages.

extension ConfigDecoder {
    /// The scalar text of this node; null and empty sections read as "" (Go's zero value).
    func scalarText(expecting what: String) throws -> String {
        switch node.value {
        case .scalar(let text, _): return text
        case .null: return ""
        case .list(let items) where items.isEmpty: return ""
        case .map(let entries) where entries.isEmpty: return ""
        case .list: throw error("expected \(what), got a list")
        case .map: throw error("expected \(what), got a section")
        }
    }
}

extension String: ConfigDecodable {
    public static var nullMeansAbsent: Bool { true }
    public init(from decoder: ConfigDecoder) throws {
        self = try decoder.scalarText(expecting: "a string")
    }
}

extension Int: ConfigDecodable {
    public static var nullMeansAbsent: Bool { true }
    public init(from decoder: ConfigDecoder) throws {
        let text = try decoder.scalarText(expecting: "an integer")
        if text.isEmpty { self = 0; return }
        guard let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else {
            let digits = text.drop { $0 == "+" || $0 == "-" }
            let outOfRange = !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
            throw decoder.error("strconv.ParseInt: parsing \"\(text)\": \(outOfRange ? "value out of range" : "invalid syntax")")
        }
        self = value
    }
}

extension Bool: ConfigDecodable {
    public static var nullMeansAbsent: Bool { true }
    public init(from decoder: ConfigDecoder) throws {
        let text = try decoder.scalarText(expecting: "a boolean")
        switch text {
        case "": self = false
        case "1", "t", "T", "true", "TRUE", "True": self = true
        case "0", "f", "F", "false", "FALSE", "False": self = false
        default: throw decoder.error("strconv.ParseBool: parsing \"\(text)\": invalid syntax")
        }
    }
}

extension Double: ConfigDecodable {
    public static var nullMeansAbsent: Bool { true }
    public init(from decoder: ConfigDecoder) throws {
        let text = try decoder.scalarText(expecting: "a number")
        if text.isEmpty { self = 0; return }
        guard let value = Double(text) else {
            throw decoder.error("strconv.ParseFloat: parsing \"\(text)\": invalid syntax")
        }
        self = value
    }
}

extension GoDuration: ConfigDecodable {
    public static var nullMeansAbsent: Bool { true }
    /// An integer means seconds; anything else is Go duration syntax (`1m30s`, `100ms`).
    public init(from decoder: ConfigDecoder) throws {
        let text = try decoder.scalarText(expecting: "a duration")
        if text.isEmpty { self = .zero; return }
        do {
            self = try GoDuration(configText: text)
        } catch let error as GoDuration.ParseError {
            throw decoder.error(error.description)
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
