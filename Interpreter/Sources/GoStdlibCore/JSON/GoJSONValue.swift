/// A parsed JSON document. Every node keeps the byte range it came from, so decoders can hand
/// the raw text to a `json.Unmarshaler` or store it in a `json.RawMessage`.
public struct GoJSONNode: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        /// The literal digits, validated against the JSON grammar but not converted.
        case number([UInt8])
        /// The decoded string (escapes resolved, invalid UTF-8 replaced by U+FFFD).
        case string([UInt8])
        case array([GoJSONNode])
        /// Members in document order; duplicate keys are kept (the last wins when decoding).
        case object([(key: [UInt8], value: GoJSONNode)])
    }
    public var value: Value
    public var range: Range<Int>

    public init(_ value: Value, range: Range<Int>) {
        self.value = value
        self.range = range
    }

    /// How Go names the JSON kind in `UnmarshalTypeError` ("string", "number", "object", ...).
    public var kindName: String {
        switch value {
        case .null: return "null"
        case .bool: return "bool"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

/// Go's `*json.SyntaxError`: the message and the number of bytes read before the error.
public struct GoJSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public let offset: Int
    /// Whether the input simply ended (a stream decoder may read more and retry).
    public let isEndOfInput: Bool
    public init(message: String, offset: Int, isEndOfInput: Bool) {
        self.message = message
        self.offset = offset
        self.isEndOfInput = isEndOfInput
    }
    public var description: String { message }
}
