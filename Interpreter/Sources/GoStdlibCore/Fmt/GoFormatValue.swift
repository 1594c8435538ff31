/// A primitive Go value as `fmt` sees it, with its dynamic type name (for %T and for
/// error forms like `%!d(string=hi)`). Composite values stay in the interpreter.
public struct GoFormatValue: Sendable {
    public enum Kind: Sendable {
        case bool(Bool)
        case int(Int64)              // int, int8 … int64 (and rune)
        case uint(UInt64)            // uint, uint8 … uint64, uintptr (and byte)
        case float(Double, bitSize: Int)
        case complex(Double, Double, bitSize: Int)
        case string([UInt8])
        case bytes([UInt8]?)         // []byte; nil slice is distinct from empty for %#v
        case pointer(UInt64)         // pointers, maps, channels, funcs, slices for %p
        case nilInterface
    }

    public var kind: Kind
    public var typeName: String

    public init(_ kind: Kind, typeName: String? = nil) {
        self.kind = kind
        self.typeName = typeName ?? GoFormatValue.defaultTypeName(kind)
    }

    static func defaultTypeName(_ kind: Kind) -> String {
        switch kind {
        case .bool: return "bool"
        case .int: return "int"
        case .uint: return "uint"
        case .float(_, let bits): return bits == 32 ? "float32" : "float64"
        case .complex(_, _, let bits): return bits == 64 ? "complex64" : "complex128"
        case .string: return "string"
        case .bytes: return "[]uint8"
        case .pointer: return "unsafe.Pointer"
        case .nilInterface: return "<nil>"
        }
    }

    public static func int(_ v: Int) -> GoFormatValue { GoFormatValue(.int(Int64(v))) }
    public static func string(_ s: String) -> GoFormatValue { GoFormatValue(.string(Array(s.utf8))) }
    public static func float64(_ v: Double) -> GoFormatValue { GoFormatValue(.float(v, bitSize: 64)) }
    public static func float32(_ v: Float) -> GoFormatValue { GoFormatValue(.float(Double(v), bitSize: 32)) }
    public static func bool(_ v: Bool) -> GoFormatValue { GoFormatValue(.bool(v)) }

    var isString: Bool { if case .string = kind { return true }; return false }
}

extension GoFormatter {
    /// Go's `printArg` for primitive values: dispatches the verb and reports bad verbs.
    public mutating func printValue(_ value: GoFormatValue, verb: GoRune) {
        let v = UInt8(truncatingIfNeeded: verb)
        let ascii = verb < 0x80
        if case .nilInterface = value.kind {
            if verb == 0x54 || verb == 0x76 { padString("<nil>") } else { badVerb(verb, value) }   // %T %v
            return
        }
        if verb == 0x54 { formatString(Array(value.typeName.utf8)); return }                       // %T
        switch value.kind {
        case .bool(let b):
            if ascii && (v == UInt8(ascii: "t") || v == UInt8(ascii: "v")) { formatBoolean(b) } else { badVerb(verb, value) }
        case .int(let i):
            if verb == 0x70 { badVerb(verb, value); return }   // %p needs a pointer
            printInteger(UInt64(bitPattern: i), signed: true, verb: verb, value)
        case .uint(let u):
            if verb == 0x70 { badVerb(verb, value); return }
            printInteger(u, signed: false, verb: verb, value)
        case .float(let f, let bits):
            printFloat(f, bitSize: bits, verb: verb, value)
        case .complex(let re, let im, let bits):
            switch ascii ? v : 0 {
            case UInt8(ascii: "v"), UInt8(ascii: "b"), UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "x"),
                 UInt8(ascii: "X"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "e"), UInt8(ascii: "E"):
                let oldPlus = plus
                output.append(UInt8(ascii: "("))
                printFloat(re, bitSize: bits / 2, verb: verb, value)
                plus = true   // the imaginary part always has a sign
                printFloat(im, bitSize: bits / 2, verb: verb, value)
                output.append(contentsOf: "i)".utf8)
                plus = oldPlus
            default:
                badVerb(verb, value)
            }
        case .string(let s):
            switch ascii ? v : 0 {
            case UInt8(ascii: "v"): if sharpV { formatQuoted(s) } else { formatString(s) }
            case UInt8(ascii: "s"): formatString(s)
            case UInt8(ascii: "x"): formatHexBytes(s, upper: false)
            case UInt8(ascii: "X"): formatHexBytes(s, upper: true)
            case UInt8(ascii: "q"): formatQuoted(s)
            default: badVerb(verb, value)
            }
        case .bytes(let b):
            printBytes(b, verb: verb, value)
        case .pointer(let p):
            printPointer(p, verb: verb, value)
        case .nilInterface:
            break
        }
    }

    mutating func printInteger(_ u: UInt64, signed: Bool, verb: GoRune, _ value: GoFormatValue) {
        switch verb < 0x80 ? UInt8(verb) : 0 {
        case UInt8(ascii: "v"):
            if sharpV && !signed { format0x64(u, leading0x: true) } else { formatInteger(u, base: 10, signed: signed, verb: verb) }
        case UInt8(ascii: "d"): formatInteger(u, base: 10, signed: signed, verb: verb)
        case UInt8(ascii: "b"): formatInteger(u, base: 2, signed: signed, verb: verb)
        case UInt8(ascii: "o"), UInt8(ascii: "O"): formatInteger(u, base: 8, signed: signed, verb: verb)
        case UInt8(ascii: "x"): formatInteger(u, base: 16, signed: signed, verb: verb)
        case UInt8(ascii: "X"): formatInteger(u, base: 16, signed: signed, verb: verb, upper: true)
        case UInt8(ascii: "c"): formatCharacter(u)
        case UInt8(ascii: "q"): formatQuotedCharacter(u)
        case UInt8(ascii: "U"): formatUnicode(u)
        default: badVerb(verb, value)
        }
    }

    mutating func printFloat(_ f: Double, bitSize: Int, verb: GoRune, _ value: GoFormatValue) {
        switch verb < 0x80 ? UInt8(verb) : 0 {
        case UInt8(ascii: "v"): formatFloat(f, bitSize: bitSize, verb: UInt8(ascii: "g"), defaultPrecision: -1)
        case let c where c == UInt8(ascii: "b") || c == UInt8(ascii: "g") || c == UInt8(ascii: "G") || c == UInt8(ascii: "x") || c == UInt8(ascii: "X"):
            formatFloat(f, bitSize: bitSize, verb: c, defaultPrecision: -1)
        case let c where c == UInt8(ascii: "f") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E"):
            formatFloat(f, bitSize: bitSize, verb: c, defaultPrecision: 6)
        case UInt8(ascii: "F"): formatFloat(f, bitSize: bitSize, verb: UInt8(ascii: "f"), defaultPrecision: 6)
        default: badVerb(verb, value)
        }
    }

    mutating func printBytes(_ b: [UInt8]?, verb: GoRune, _ value: GoFormatValue) {
        let bytes = b ?? []
        switch verb < 0x80 ? UInt8(verb) : 0 {
        case UInt8(ascii: "v"), UInt8(ascii: "d"):
            if sharpV {
                // An unnamed byte slice is spelled []byte here, although %T says []uint8.
                write(value.typeName == "[]uint8" ? "[]byte" : value.typeName)
                if b == nil { write("(nil)"); return }
                output.append(UInt8(ascii: "{"))
                for (i, c) in bytes.enumerated() {
                    if i > 0 { write(", ") }
                    format0x64(UInt64(c), leading0x: true)
                }
                output.append(UInt8(ascii: "}"))
            } else {
                output.append(UInt8(ascii: "["))
                for (i, c) in bytes.enumerated() {
                    if i > 0 { output.append(UInt8(ascii: " ")) }
                    formatInteger(UInt64(c), base: 10, signed: false, verb: verb)
                }
                output.append(UInt8(ascii: "]"))
            }
        case UInt8(ascii: "s"): formatString(bytes)
        case UInt8(ascii: "x"): formatHexBytes(bytes, upper: false)
        case UInt8(ascii: "X"): formatHexBytes(bytes, upper: true)
        case UInt8(ascii: "q"): formatQuoted(bytes)
        case UInt8(ascii: "p"): printPointer(0, verb: verb, value)
        default:
            // Other verbs print the slice element by element, like any slice.
            output.append(UInt8(ascii: "["))
            for (i, c) in bytes.enumerated() {
                if i > 0 { output.append(UInt8(ascii: " ")) }
                printValue(GoFormatValue(.uint(UInt64(c)), typeName: "uint8"), verb: verb)
            }
            output.append(UInt8(ascii: "]"))
        }
    }

    mutating func printPointer(_ p: UInt64, verb: GoRune, _ value: GoFormatValue) {
        switch verb < 0x80 ? UInt8(verb) : 0 {
        case UInt8(ascii: "v"):
            if sharpV {
                output.append(UInt8(ascii: "(")); write(value.typeName); write(")(")
                if p == 0 { write("nil") } else { format0x64(p, leading0x: true) }
                output.append(UInt8(ascii: ")"))
            } else if p == 0 {
                padString("<nil>")
            } else {
                format0x64(p, leading0x: !sharp)
            }
        case UInt8(ascii: "p"): format0x64(p, leading0x: !sharp)
        case UInt8(ascii: "b"), UInt8(ascii: "o"), UInt8(ascii: "d"), UInt8(ascii: "x"), UInt8(ascii: "X"):
            printInteger(p, signed: false, verb: verb, value)
        default: badVerb(verb, value)
        }
    }

    /// `%!verb(type=value)`; the value is printed with %v under the current flags, as Go does.
    public mutating func badVerb(_ verb: GoRune, _ value: GoFormatValue) {
        write("%!")
        GoUTF8.appendRune(verb, to: &output)
        output.append(UInt8(ascii: "("))
        if case .nilInterface = value.kind {
            write("<nil>")
        } else {
            write(value.typeName)
            output.append(UInt8(ascii: "="))
            printValue(value, verb: 0x76)
        }
        output.append(UInt8(ascii: ")"))
    }

    /// `%!verb(type=` … `)` around a composite value printed by the caller.
    public mutating func badVerb(_ verb: GoRune, typeName: String, printValue: (inout GoFormatter) -> Void) {
        write("%!")
        GoUTF8.appendRune(verb, to: &output)
        output.append(UInt8(ascii: "("))
        write(typeName)
        output.append(UInt8(ascii: "="))
        printValue(&self)
        output.append(UInt8(ascii: ")"))
    }
}
