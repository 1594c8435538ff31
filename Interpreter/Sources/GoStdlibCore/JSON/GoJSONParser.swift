/// A recursive-descent JSON parser that reports errors with the words and offsets of Go's
/// `encoding/json` scanner ("invalid character 'x' after object key", offset = bytes read).
public struct GoJSONParser {
    /// Go allows 10000 levels; the parser recurses, so it stops earlier to stay within the
    /// stack of a secondary thread.
    public static let maxDepth = 1000

    private let data: [UInt8]
    private var position: Int
    private var depth = 0

    private init(_ data: [UInt8], from start: Int) {
        self.data = data
        self.position = start
    }

    /// Parses a complete document: one value, optionally surrounded by whitespace.
    public static func parse(_ data: [UInt8]) throws(GoJSONSyntaxError) -> GoJSONNode {
        var p = GoJSONParser(data, from: 0)
        p.skipSpace()
        let node = try p.parseValue()
        p.skipSpace()
        if p.position < data.count { throw p.invalid("after top-level value") }
        return node
    }

    /// Whether `data` is one valid JSON document (Go's `json.Valid`).
    public static func isValid(_ data: [UInt8]) -> Bool {
        (try? parse(data)) != nil
    }

    /// Parses the first value at or after `start` (a stream decoder's step); returns the value
    /// and the offset just past it.
    public static func parseFirst(_ data: [UInt8], from start: Int) throws(GoJSONSyntaxError) -> (GoJSONNode, Int) {
        var p = GoJSONParser(data, from: start)
        p.skipSpace()
        let node = try p.parseValue()
        return (node, p.position)
    }

    // MARK: errors

    /// How Go quotes the offending byte in syntax errors (`'x'`, `'\\n'`).
    public static func quoteChar(_ c: UInt8) -> String {
        if c == UInt8(ascii: "'") { return "'\\''" }
        if c == UInt8(ascii: "\"") { return "'\"'" }
        let quoted = GoStrconv.quote(GoUTF8.encodeRune(GoRune(c)))
        return "'" + String(decoding: quoted.dropFirst().dropLast(), as: UTF8.self) + "'"
    }

    /// An error at the current byte.
    private func invalid(_ context: String) -> GoJSONSyntaxError {
        guard position < data.count else { return endOfInput }
        return GoJSONSyntaxError(message: "invalid character " + Self.quoteChar(data[position]) + " " + context,
                                 offset: position + 1, isEndOfInput: false)
    }

    private var endOfInput: GoJSONSyntaxError {
        GoJSONSyntaxError(message: "unexpected end of JSON input", offset: data.count, isEndOfInput: true)
    }

    /// The input ended inside a number, literal or escape. Go's scanner feeds a space at the
    /// end of input, so the error names that space.
    private func truncated(_ context: String) -> GoJSONSyntaxError {
        GoJSONSyntaxError(message: "invalid character ' ' " + context, offset: data.count, isEndOfInput: true)
    }

    // MARK: grammar

    private mutating func skipSpace() {
        while position < data.count {
            switch data[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(GoJSONSyntaxError) -> GoJSONNode {
        guard position < data.count else { throw endOfInput }
        let start = position
        switch data[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""):
            let s = try parseString()
            return GoJSONNode(.string(s), range: start..<position)
        case UInt8(ascii: "t"):
            try literal("true")
            return GoJSONNode(.bool(true), range: start..<position)
        case UInt8(ascii: "f"):
            try literal("false")
            return GoJSONNode(.bool(false), range: start..<position)
        case UInt8(ascii: "n"):
            try literal("null")
            return GoJSONNode(.null, range: start..<position)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try parseNumber()
            return GoJSONNode(.number(Array(data[start..<position])), range: start..<position)
        default:
            throw invalid("looking for beginning of value")
        }
    }

    private mutating func enter() throws(GoJSONSyntaxError) {
        depth += 1
        if depth > Self.maxDepth {
            throw GoJSONSyntaxError(message: "exceeded max depth", offset: position + 1, isEndOfInput: false)
        }
    }

    private mutating func parseObject() throws(GoJSONSyntaxError) -> GoJSONNode {
        let start = position
        try enter()
        position += 1
        var members: [(key: [UInt8], value: GoJSONNode)] = []
        skipSpace()
        if position < data.count && data[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return GoJSONNode(.object([]), range: start..<position)
        }
        while true {
            skipSpace()
            guard position < data.count else { throw endOfInput }
            guard data[position] == UInt8(ascii: "\"") else { throw invalid("looking for beginning of object key string") }
            let key = try parseString()
            skipSpace()
            guard position < data.count else { throw endOfInput }
            guard data[position] == UInt8(ascii: ":") else { throw invalid("after object key") }
            position += 1
            skipSpace()
            let value = try parseValue()
            members.append((key, value))
            skipSpace()
            guard position < data.count else { throw endOfInput }
            if data[position] == UInt8(ascii: ",") { position += 1; continue }
            if data[position] == UInt8(ascii: "}") { position += 1; break }
            throw invalid("after object key:value pair")
        }
        depth -= 1
        return GoJSONNode(.object(members), range: start..<position)
    }

    private mutating func parseArray() throws(GoJSONSyntaxError) -> GoJSONNode {
        let start = position
        try enter()
        position += 1
        var elements: [GoJSONNode] = []
        skipSpace()
        if position < data.count && data[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return GoJSONNode(.array([]), range: start..<position)
        }
        while true {
            skipSpace()
            elements.append(try parseValue())
            skipSpace()
            guard position < data.count else { throw endOfInput }
            if data[position] == UInt8(ascii: ",") { position += 1; continue }
            if data[position] == UInt8(ascii: "]") { position += 1; break }
            throw invalid("after array element")
        }
        depth -= 1
        return GoJSONNode(.array(elements), range: start..<position)
    }

    private mutating func literal(_ word: StaticString) throws(GoJSONSyntaxError) {
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        position += 1
        for i in 1..<bytes.count {
            let context = "in literal \(word) (expecting " + Self.quoteChar(bytes[i]) + ")"
            guard position < data.count else { throw truncated(context) }
            if data[position] != bytes[i] { throw invalid(context) }
            position += 1
        }
    }

    private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
    private var current: UInt8? { position < data.count ? data[position] : nil }

    /// Consumes a number by the JSON grammar; the byte after it is left to the caller's context.
    private mutating func parseNumber() throws(GoJSONSyntaxError) {
        if current == UInt8(ascii: "-") {
            position += 1
            guard let c = current else { throw truncated("in numeric literal") }
            if !isDigit(c) { throw invalid("in numeric literal") }
        }
        if current == UInt8(ascii: "0") {
            position += 1
        } else {
            while let c = current, isDigit(c) { position += 1 }
        }
        if current == UInt8(ascii: ".") {
            position += 1
            guard let c = current else { throw truncated("after decimal point in numeric literal") }
            if !isDigit(c) { throw invalid("after decimal point in numeric literal") }
            while let c = current, isDigit(c) { position += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard let c = current else { throw truncated("in exponent of numeric literal") }
            if !isDigit(c) { throw invalid("in exponent of numeric literal") }
            while let c = current, isDigit(c) { position += 1 }
        }
    }

    private func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// Reads four hex digits after `\u`.
    private mutating func parseHex4() throws(GoJSONSyntaxError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let c = current else { throw truncated("in \\u hexadecimal character escape") }
            guard let d = hexValue(c) else { throw invalid("in \\u hexadecimal character escape") }
            v = v << 4 | d
            position += 1
        }
        return v
    }

    /// Parses a string starting at its opening quote and returns its decoded bytes.
    private mutating func parseString() throws(GoJSONSyntaxError) -> [UInt8] {
        position += 1
        var out: [UInt8] = []
        while true {
            guard let c = current else { throw endOfInput }
            if c == UInt8(ascii: "\"") { position += 1; return out }
            if c < 0x20 { throw invalid("in string literal") }
            if c == UInt8(ascii: "\\") {
                position += 1
                guard let e = current else { throw truncated("in string escape code") }
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    position += 1
                    var rune = GoRune(try parseHex4())
                    if GoUTF16.isSurrogate(rune) {
                        // A high surrogate pairs with an immediately following \u low surrogate;
                        // anything else decodes as U+FFFD, as in Go.
                        let save = position
                        var paired = false
                        if position + 1 < data.count && data[position] == UInt8(ascii: "\\") && data[position + 1] == UInt8(ascii: "u") {
                            position += 2
                            let second = GoRune(try parseHex4())
                            let combined = GoUTF16.decodeRune(rune, second)
                            if combined != GoUTF8.runeError { rune = combined; paired = true } else { position = save }
                        }
                        if !paired { rune = GoUTF8.runeError }
                    }
                    _ = GoUTF8.appendRune(rune, to: &out)
                    continue
                default:
                    throw invalid("in string escape code")
                }
                position += 1
                continue
            }
            if c < 0x80 { out.append(c); position += 1; continue }
            let (rune, size) = data.withUnsafeBufferPointer { GoUTF8.decodeRune($0, at: position) }
            if rune == GoUTF8.runeError && size == 1 {
                _ = GoUTF8.appendRune(GoUTF8.runeError, to: &out)
            } else {
                out.append(contentsOf: data[position..<(position + size)])
            }
            position += size
        }
    }
}
