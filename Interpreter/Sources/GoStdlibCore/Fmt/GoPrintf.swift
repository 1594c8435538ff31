/// The arguments of a `Printf`-style call, as the format walker needs them. The interpreter
/// implements this over its own values so that composites (structs, maps, slices, values with
/// String/Error methods) are printed by its code with the flags the walker has set.
public protocol GoFormatArguments {
    var count: Int { get }
    /// The argument as a Go int, if it has an integer type (for `*` width and precision).
    func intValue(at index: Int) -> Int?
    /// Prints argument `index` for `verb` using the flags currently set in `formatter`.
    func print(_ index: Int, verb: GoRune, into formatter: inout GoFormatter)
    /// The dynamic type name for `%!(EXTRA type=value)`; nil for a nil interface.
    func typeName(at index: Int) -> String?
}

/// Arguments that are all primitives.
public struct GoFormatValues: GoFormatArguments {
    public var values: [GoFormatValue]
    public init(_ values: [GoFormatValue]) { self.values = values }
    public var count: Int { values.count }

    public func intValue(at index: Int) -> Int? {
        switch values[index].kind {
        case .int(let v): return Int(v)
        case .uint(let v): return v <= UInt64(Int.max) ? Int(v) : nil
        default: return nil
        }
    }

    public func print(_ index: Int, verb: GoRune, into formatter: inout GoFormatter) {
        formatter.printValue(values[index], verb: verb)
    }

    public func typeName(at index: Int) -> String? {
        if case .nilInterface = values[index].kind { return nil }
        return values[index].typeName
    }
}

/// Go's `fmt` entry points: the `Printf` format walker and the `Print`/`Println` spacing rules.
public enum GoPrintf {
    /// Walks `format`, writing literal text and one formatted argument per verb into `f`.
    public static func format(_ format: [UInt8], _ args: some GoFormatArguments, into f: inout GoFormatter) {
        var walker = Walker(format: format, argCount: args.count)
        walker.run(args, &f)
    }

    public static func sprintf(_ format: String, _ args: [GoFormatValue]) -> String {
        var f = GoFormatter()
        GoPrintf.format(Array(format.utf8), GoFormatValues(args), into: &f)
        return String(decoding: f.output, as: UTF8.self)
    }

    /// `Print`/`Sprint`: a space between operands when neither side is a string.
    public static func print(_ args: some GoFormatArguments, isString: (Int) -> Bool, into f: inout GoFormatter) {
        var previousIsString = false
        for i in 0..<args.count {
            let s = isString(i)
            if i > 0 && !s && !previousIsString { f.output.append(UInt8(ascii: " ")) }
            f.clearFlags()
            args.print(i, verb: 0x76, into: &f)
            previousIsString = s
        }
    }

    /// `Println`/`Sprintln`: always a space between operands, and a final newline.
    public static func println(_ args: some GoFormatArguments, into f: inout GoFormatter) {
        for i in 0..<args.count {
            if i > 0 { f.output.append(UInt8(ascii: " ")) }
            f.clearFlags()
            args.print(i, verb: 0x76, into: &f)
        }
        f.output.append(UInt8(ascii: "\n"))
    }

    public static func sprint(_ args: [GoFormatValue]) -> String {
        var f = GoFormatter()
        print(GoFormatValues(args), isString: { args[$0].isString }, into: &f)
        return String(decoding: f.output, as: UTF8.self)
    }

    public static func sprintln(_ args: [GoFormatValue]) -> String {
        var f = GoFormatter()
        println(GoFormatValues(args), into: &f)
        return String(decoding: f.output, as: UTF8.self)
    }

    /// One pass over a format string (Go's `doPrintf`).
    struct Walker {
        let format: [UInt8]
        let argCount: Int
        var argNum = 0
        var reordered = false
        var goodArgNum = true

        init(format: [UInt8], argCount: Int) {
            self.format = format
            self.argCount = argCount
        }

        static let tooLarge = 1_000_000

        /// Decimal number at i, or nil; stops at `end`.
        func parseNumber(_ i: Int, _ end: Int) -> (Int, Bool, Int) {
            if i >= end { return (0, false, end) }
            var n = 0, j = i, found = false
            while j < end && format[j] >= 48 && format[j] <= 57 {
                if n > Walker.tooLarge { return (0, false, end) }   // absurdly long number
                n = n * 10 + Int(format[j] - 48)
                found = true
                j += 1
            }
            return (n, found, j)
        }

        /// An explicit argument index "[n]" at i. Returns the new index, position, and whether one was found.
        mutating func argumentIndex(_ i: Int) -> (Int, Bool) {
            guard i < format.count, format[i] == UInt8(ascii: "[") else { return (i, false) }
            reordered = true
            // Find the closing bracket; "[n]" needs at least three bytes.
            var close = -1
            if format.count - i >= 3 {
                var j = i + 1
                while j < format.count { if format[j] == UInt8(ascii: "]") { close = j; break }; j += 1 }
            }
            guard close >= 0 else { goodArgNum = false; return (i + 1, false) }
            let (n, ok, next) = parseNumber(i + 1, close)
            if !ok || next != close { goodArgNum = false; return (close + 1, false) }
            let index = n - 1
            if index >= 0 && index < argCount {
                argNum = index
                return (close + 1, true)
            }
            goodArgNum = false
            return (close + 1, true)
        }

        mutating func intArgument(_ args: some GoFormatArguments) -> (Int, Bool) {
            guard argNum < argCount else { return (0, false) }
            let v = args.intValue(at: argNum)
            argNum += 1
            guard let v, v <= Walker.tooLarge, v >= -Walker.tooLarge else { return (0, false) }
            return (v, true)
        }

        mutating func run(_ args: some GoFormatArguments, _ f: inout GoFormatter) {
            let end = format.count
            var i = 0
            var afterIndex = false
            formatLoop: while i < end {
                goodArgNum = true
                let start = i
                while i < end && format[i] != UInt8(ascii: "%") { i += 1 }
                if i > start { f.output.append(contentsOf: format[start..<i]) }
                if i >= end { break }
                i += 1
                f.clearFlags()
                flags: while i < end {
                    let c = format[i]
                    switch c {
                    case UInt8(ascii: "#"): f.sharp = true
                    case UInt8(ascii: "0"): f.zero = !f.minus   // zero padding only on the left
                    case UInt8(ascii: "+"): f.plus = true
                    case UInt8(ascii: "-"): f.minus = true; f.zero = false
                    case UInt8(ascii: " "): f.space = true
                    default:
                        // Fast path: a lower-case verb right after the flags.
                        if c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") && argNum < argCount {
                            if c == UInt8(ascii: "v") { moveFlagsForV(&f) }
                            args.print(argNum, verb: GoRune(c), into: &f)
                            argNum += 1
                            i += 1
                            continue formatLoop
                        }
                        break flags
                    }
                    i += 1
                }
                (i, afterIndex) = argumentIndex(i)
                if i < end && format[i] == UInt8(ascii: "*") {
                    i += 1
                    (f.width, f.widthPresent) = intArgument(args)
                    if !f.widthPresent { f.write("%!(BADWIDTH)") }
                    if f.width < 0 {
                        f.width = -f.width
                        f.minus = true
                        f.zero = false
                    }
                    afterIndex = false
                } else {
                    (f.width, f.widthPresent, i) = parseNumber(i, end)
                    if afterIndex && f.widthPresent { goodArgNum = false }   // "%[3]2d"
                }
                if i + 1 < end && format[i] == UInt8(ascii: ".") {
                    i += 1
                    if afterIndex { goodArgNum = false }   // "%[3].2d"
                    (i, afterIndex) = argumentIndex(i)
                    if i < end && format[i] == UInt8(ascii: "*") {
                        i += 1
                        (f.precision, f.precisionPresent) = intArgument(args)
                        if f.precision < 0 { f.precision = 0; f.precisionPresent = false }
                        if !f.precisionPresent { f.write("%!(BADPREC)") }
                        afterIndex = false
                    } else {
                        (f.precision, f.precisionPresent, i) = parseNumber(i, end)
                        if !f.precisionPresent { f.precision = 0; f.precisionPresent = true }
                    }
                }
                if !afterIndex { (i, afterIndex) = argumentIndex(i) }
                if i >= end {
                    f.write("%!(NOVERB)")
                    break
                }
                var verb = GoRune(format[i])
                var size = 1
                if format[i] >= 0x80 { (verb, size) = format.withUnsafeBufferPointer { GoUTF8.decodeRune($0, at: i) } }
                i += size
                if verb == 0x25 {                       // "%%" ignores flags and arguments
                    f.output.append(UInt8(ascii: "%"))
                } else if !goodArgNum {
                    f.write("%!"); GoUTF8.appendRune(verb, to: &f.output); f.write("(BADINDEX)")
                } else if argNum >= argCount {
                    f.write("%!"); GoUTF8.appendRune(verb, to: &f.output); f.write("(MISSING)")
                } else {
                    if verb == 0x76 { moveFlagsForV(&f) }
                    args.print(argNum, verb: verb, into: &f)
                    argNum += 1
                }
            }
            // Unused arguments are reported unless explicit indexes reordered them.
            if !reordered && argNum < argCount {
                f.clearFlags()
                f.write("%!(EXTRA ")
                for k in argNum..<argCount {
                    if k > argNum { f.write(", ") }
                    if let name = args.typeName(at: k) {
                        f.write(name)
                        f.output.append(UInt8(ascii: "="))
                        args.print(k, verb: 0x76, into: &f)
                    } else {
                        f.write("<nil>")
                    }
                }
                f.output.append(UInt8(ascii: ")"))
            }
        }

        /// For %v, '#' means Go syntax and '+' means field names, not the numeric flags.
        func moveFlagsForV(_ f: inout GoFormatter) {
            f.sharpV = f.sharp
            f.sharp = false
            f.plusV = f.plus
            f.plus = false
        }
    }
}
