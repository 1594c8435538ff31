import GoStdlibCore

extension NativeRegistry {
    /// `unicode`: the Is* predicates, case mapping, and range tables for the general
    /// categories. A `*RangeTable` here names a category predicate instead of listing ranges
    /// (GoStdlibCore answers from Swift's Unicode data); scripts such as `unicode.Han` are not
    /// provided.
    func installUnicodePackage() {
        let T = table
        let bool = GoType.bool, rune = GoType.rune
        func r(_ v: Value) -> GoRune { GoRune(truncatingIfNeeded: v.i) }
        let predicates: [(String, (GoRune) -> Bool)] = [
            ("IsLetter", GoUnicode.isLetter), ("IsDigit", GoUnicode.isDigit), ("IsNumber", GoUnicode.isNumber),
            ("IsSpace", GoUnicode.isSpace), ("IsUpper", GoUnicode.isUpper), ("IsLower", GoUnicode.isLower),
            ("IsTitle", GoUnicode.isTitle), ("IsPunct", GoUnicode.isPunct), ("IsPrint", GoUnicode.isPrint),
            ("IsGraphic", GoUnicode.isGraphic), ("IsControl", GoUnicode.isControl), ("IsMark", GoUnicode.isMark),
            ("IsSymbol", GoUnicode.isSymbol),
        ]
        for (name, test) in predicates {
            function("unicode", name, sig([rune], [bool])) { c in [.bool(test(r(c[0])))] }
        }
        function("unicode", "ToUpper", sig([rune], [rune])) { c in [.int(Int64(GoUnicode.toUpper(r(c[0]))))] }
        function("unicode", "ToLower", sig([rune], [rune])) { c in [.int(Int64(GoUnicode.toLower(r(c[0]))))] }
        function("unicode", "ToTitle", sig([rune], [rune])) { c in [.int(Int64(GoUnicode.toTitle(r(c[0]))))] }
        function("unicode", "SimpleFold", sig([rune], [rune])) { c in [.int(Int64(GoUnicode.simpleFold(r(c[0]))))] }
        function("unicode", "To", sig([.int, rune], [rune])) { c in
            switch c[0].i {
            case 0: return [.int(Int64(GoUnicode.toUpper(r(c[1]))))]
            case 1: return [.int(Int64(GoUnicode.toLower(r(c[1]))))]
            case 2: return [.int(Int64(GoUnicode.toTitle(r(c[1]))))]
            default: return [.int(Int64(GoUnicode.replacementChar))]
            }
        }
        for (name, value) in [("UpperCase", 0), ("LowerCase", 1), ("TitleCase", 2), ("MaxCase", 3)] as [(String, Int64)] {
            constant("unicode", name, .untypedInt, .integer(value))
        }
        constant("unicode", "MaxRune", .untypedRune, .integer(0x10FFFF))
        constant("unicode", "ReplacementChar", .untypedRune, .integer(0xFFFD))
        constant("unicode", "MaxASCII", .untypedRune, .integer(0x7F))
        constant("unicode", "MaxLatin1", .untypedRune, .integer(0xFF))

        // Range tables: a named struct whose hidden field indexes `categories`.
        let pkg = PackageRef(path: "unicode", name: "unicode")
        let rangeTable = T.newNamed("RangeTable", package: pkg)
        rangeTable.named?.setUnderlying(T.structure([StructField(name: "category", type: .int, package: pkg)]))
        type("unicode", "RangeTable", rangeTable)
        let tablePointer = T.pointer(to: rangeTable)
        let categories: [([String], (GoRune) -> Bool)] = [
            (["Letter", "L"], GoUnicode.isLetter), (["Upper", "Lu"], GoUnicode.isUpper), (["Lower", "Ll"], GoUnicode.isLower),
            (["Title", "Lt"], GoUnicode.isTitle), (["Digit", "Nd"], GoUnicode.isDigit), (["Number", "N"], GoUnicode.isNumber),
            (["Punct", "P"], GoUnicode.isPunct), (["Symbol", "S"], GoUnicode.isSymbol), (["Mark", "M"], GoUnicode.isMark),
            (["Space", "White_Space"], GoUnicode.isSpace), (["Cc"], GoUnicode.isControl),
        ]
        for (index, (names, _)) in categories.enumerated() {
            for name in names { variable("unicode", name, tablePointer, .obj(Cell(.obj(Box([.int(Int64(index))]))))) }
        }
        func member(_ table: Value, _ rune: GoRune) throws(GoPanicError) -> Bool {
            guard case .obj(let o) = table, let box = o as? Box else { throw .runtime("invalid memory address or nil pointer dereference") }
            return categories[Int(box.f[0].i)].1(rune)
        }
        function("unicode", "Is", sig([tablePointer, rune], [bool])) { c in [.bool(try member(c[0], r(c[1])))] }
        function("unicode", "In", sig([rune, T.slice(of: tablePointer)], [bool], variadic: true)) { c in
            for t in c.vm.sliceElements(c[1]) where try member(t, r(c[0])) { return [.bool(true)] }
            return [.bool(false)]
        }
        function("unicode", "IsOneOf", sig([T.slice(of: tablePointer), rune], [bool])) { c in
            for t in c.vm.sliceElements(c[0]) where try member(t, r(c[1])) { return [.bool(true)] }
            return [.bool(false)]
        }
    }

    /// `unicode/utf8`, complete.
    func installUTF8Package() {
        let T = table
        let int = GoType.int, bool = GoType.bool, rune = GoType.rune, str = GoType.string
        let bs = T.slice(of: .byte)
        func r(_ v: Value) -> GoRune { GoRune(truncatingIfNeeded: v.i) }
        func f(_ name: String, _ params: [GoType], _ results: [GoType], _ body: @escaping (NativeCall) throws -> [Value]) {
            function("unicode/utf8", name, sig(params, results), body)
        }
        constant("unicode/utf8", "RuneError", .untypedRune, .integer(0xFFFD))
        constant("unicode/utf8", "RuneSelf", .untypedInt, .integer(0x80))
        constant("unicode/utf8", "MaxRune", .untypedRune, .integer(0x10FFFF))
        constant("unicode/utf8", "UTFMax", .untypedInt, .integer(4))

        f("EncodeRune", [bs, rune], [int]) { c in
            let encoded = GoUTF8.encodeRune(r(c[1]))
            let length = sliceLength(c[0])
            if length < encoded.count {
                throw GoPanicError.runtime("index out of range [\(encoded.count - 1)] with length \(length)")
            }
            return [.int(Int64(fillByteSlice(c[0], encoded)))]
        }
        f("AppendRune", [bs, rune], [bs]) { c in
            var bytes = bytesOfSlice(c[0])
            GoUTF8.appendRune(r(c[1]), to: &bytes)
            return [byteSliceValue(bytes)]
        }
        f("DecodeRune", [bs], [rune, int]) { c in let (v, n) = GoUTF8.decodeRune(bytesOfSlice(c[0])); return [.int(Int64(v)), .int(Int64(n))] }
        f("DecodeRuneInString", [str], [rune, int]) { c in let (v, n) = GoUTF8.decodeRune(c[0].s); return [.int(Int64(v)), .int(Int64(n))] }
        f("DecodeLastRune", [bs], [rune, int]) { c in let (v, n) = GoUTF8.decodeLastRune(bytesOfSlice(c[0])); return [.int(Int64(v)), .int(Int64(n))] }
        f("DecodeLastRuneInString", [str], [rune, int]) { c in let (v, n) = GoUTF8.decodeLastRune(c[0].s); return [.int(Int64(v)), .int(Int64(n))] }
        f("RuneCount", [bs], [int]) { c in [.int(Int64(GoUTF8.runeCount(bytesOfSlice(c[0]))))] }
        f("RuneCountInString", [str], [int]) { c in [.int(Int64(GoUTF8.runeCount(c[0].s)))] }
        f("RuneLen", [rune], [int]) { c in [.int(Int64(GoUTF8.runeLen(r(c[0]))))] }
        f("Valid", [bs], [bool]) { c in [.bool(GoUTF8.valid(bytesOfSlice(c[0])))] }
        f("ValidString", [str], [bool]) { c in [.bool(GoUTF8.valid(c[0].s))] }
        f("ValidRune", [rune], [bool]) { c in [.bool(GoUTF8.validRune(r(c[0])))] }
        f("FullRune", [bs], [bool]) { c in [.bool(GoUTF8.fullRune(bytesOfSlice(c[0])))] }
        f("FullRuneInString", [str], [bool]) { c in [.bool(GoUTF8.fullRune(c[0].s))] }
        f("RuneStart", [.byte], [bool]) { c in [.bool(GoUTF8.isRuneStart(UInt8(truncatingIfNeeded: c[0].i)))] }
    }

    /// `math/bits`, on Go's unsigned representation (uint and uint64 as 64-bit patterns).
    func installBitsPackage() {
        let int = GoType.int, uint = GoType.uint
        let p = "math/bits"
        func u64(_ v: Value) -> UInt64 { UInt64(bitPattern: v.i) }
        func v64(_ x: UInt64) -> Value { .int(Int64(bitPattern: x)) }
        func n(_ x: Int) -> Value { .int(Int64(x)) }
        constant(p, "UintSize", .untypedInt, .integer(64))
        // (suffix, type, bit width)
        let widths: [(String, GoType, Int)] = [("", uint, 64), ("64", .uint64, 64), ("32", .uint32, 32), ("16", .uint16, 16), ("8", .uint8, 8)]
        for (suffix, t, width) in widths {
            let mask: UInt64 = width == 64 ? .max : (1 << UInt64(width)) - 1
            func masked(_ v: Value) -> UInt64 { u64(v) & mask }
            function(p, "LeadingZeros" + suffix, sig([t], [int])) { c in [n(masked(c[0]).leadingZeroBitCount - (64 - width))] }
            function(p, "TrailingZeros" + suffix, sig([t], [int])) { c in
                let x = masked(c[0]); return [n(x == 0 ? width : x.trailingZeroBitCount)]
            }
            function(p, "OnesCount" + suffix, sig([t], [int])) { c in [n(masked(c[0]).nonzeroBitCount)] }
            function(p, "Len" + suffix, sig([t], [int])) { c in [n(64 - masked(c[0]).leadingZeroBitCount)] }
            function(p, "RotateLeft" + suffix, sig([t, int], [t])) { c in
                let x = masked(c[0])
                let k = Int(((c[1].i % Int64(width)) + Int64(width)) % Int64(width))
                if k == 0 { return [v64(x)] }
                return [v64(((x << UInt64(k)) | (x >> UInt64(width - k))) & mask)]
            }
            function(p, "Reverse" + suffix, sig([t], [t])) { c in [v64(GoBits.reverse64(masked(c[0])) >> UInt64(64 - width))] }
            if width >= 16 {
                function(p, "ReverseBytes" + suffix, sig([t], [t])) { c in [v64(masked(c[0]).byteSwapped >> UInt64(64 - width))] }
            }
        }
        for (suffix, t, width) in widths where width >= 32 {
            let mask: UInt64 = width == 64 ? .max : 0xFFFF_FFFF
            function(p, "Add" + suffix, sig([t, t, t], [t, t])) { c in
                let x = u64(c[0]) & mask, y = u64(c[1]) & mask, carry = u64(c[2]) & mask
                if width == 64 { let r = GoBits.add64(x, y, carry); return [v64(r.sum), v64(r.carryOut)] }
                let s = x + y + carry
                return [v64(s & mask), v64(s >> 32)]
            }
            function(p, "Sub" + suffix, sig([t, t, t], [t, t])) { c in
                let x = u64(c[0]) & mask, y = u64(c[1]) & mask, borrow = u64(c[2]) & mask
                if width == 64 { let r = GoBits.sub64(x, y, borrow); return [v64(r.diff), v64(r.borrowOut)] }
                let r = GoBits.sub32(UInt32(x), UInt32(y), UInt32(borrow))
                return [v64(UInt64(r.diff)), v64(UInt64(r.borrowOut))]
            }
            function(p, "Mul" + suffix, sig([t, t], [t, t])) { c in
                let x = u64(c[0]) & mask, y = u64(c[1]) & mask
                if width == 64 { let r = GoBits.mul64(x, y); return [v64(r.hi), v64(r.lo)] }
                let product = x * y
                return [v64(product >> 32), v64(product & mask)]
            }
            function(p, "Div" + suffix, sig([t, t, t], [t, t])) { c in
                do {
                    if width == 64 { let r = try GoBits.div64(u64(c[0]), u64(c[1]), u64(c[2])); return [v64(r.quo), v64(r.rem)] }
                    let r = try GoBits.div32(UInt32(u64(c[0]) & mask), UInt32(u64(c[1]) & mask), UInt32(u64(c[2]) & mask))
                    return [v64(UInt64(r.quo)), v64(UInt64(r.rem))]
                } catch {
                    let message = (error as? GoPanic)?.message ?? "\(error)"
                    throw GoPanicError.runtime(message.hasPrefix("runtime error: ") ? String(message.dropFirst(15)) : message)
                }
            }
        }
    }
}
