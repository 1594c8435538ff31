/// Named Unicode classes for `\p{...}`: general categories (from the standard library's
/// `generalCategory`) and scripts (from `ScriptData`), built lazily once per process.
enum UnicodeTables {
    /// Resolves a `\p` name the way Go's `unicodeTable` does: exact category and script names,
    /// and (as newer Go releases allow) the same names ignoring case, `_`, `-` and spaces, the
    /// long category aliases such as `Uppercase_Letter`, and `Any`, `Assigned`, `ASCII`, `LC`.
    static func table(named name: String) -> CharClass? {
        if name == "Any" { return CharClass.anyRune }
        if let category = categories[name] { return category }
        if let script = scripts[name] { return script }
        let key = canonicalName(name)
        switch key {
        case "Any": return CharClass.anyRune
        case "Assigned": return categories["Cn"]?.negated()
        case "Ascii": return CharClass(pairs: [0, 0x7F])
        case "Lc": return categories["LC"]
        default: break
        }
        if let category = categories[key] { return category }
        if let script = canonicalScripts[key] { return scripts[script] }
        if let alias = categoryAliases[key] { return categories[alias] }
        return nil
    }

    /// Go's lookup key: first letter upper case, the rest lower case, no `_`, `-` or spaces.
    static func canonicalName(_ name: String) -> String {
        var out = ""
        for c in name.unicodeScalars where c != "_" && c != "-" && c != " " {
            out.unicodeScalars.append(contentsOf: out.isEmpty ? String(c).uppercased().unicodeScalars
                                                               : String(c).lowercased().unicodeScalars)
        }
        return out
    }

    private static let canonicalScripts: [String: String] =
        Dictionary(ScriptData.encoded.keys.map { (canonicalName($0), $0) }, uniquingKeysWith: { a, _ in a })

    /// Unicode's long names for the general categories (PropertyValueAliases), canonicalized.
    private static let categoryAliases: [String: String] = {
        let pairs: [(String, String)] = [
            ("Other", "C"), ("Control", "Cc"), ("cntrl", "Cc"), ("Format", "Cf"), ("Unassigned", "Cn"),
            ("Private_Use", "Co"), ("Surrogate", "Cs"), ("Letter", "L"), ("Cased_Letter", "LC"),
            ("Lowercase_Letter", "Ll"), ("Modifier_Letter", "Lm"), ("Other_Letter", "Lo"),
            ("Titlecase_Letter", "Lt"), ("Uppercase_Letter", "Lu"), ("Mark", "M"), ("Combining_Mark", "M"),
            ("Spacing_Mark", "Mc"), ("Enclosing_Mark", "Me"), ("Nonspacing_Mark", "Mn"), ("Number", "N"),
            ("Decimal_Number", "Nd"), ("digit", "Nd"), ("Letter_Number", "Nl"), ("Other_Number", "No"),
            ("Punctuation", "P"), ("punct", "P"), ("Connector_Punctuation", "Pc"), ("Dash_Punctuation", "Pd"),
            ("Close_Punctuation", "Pe"), ("Final_Punctuation", "Pf"), ("Initial_Punctuation", "Pi"),
            ("Other_Punctuation", "Po"), ("Open_Punctuation", "Ps"), ("Symbol", "S"), ("Currency_Symbol", "Sc"),
            ("Modifier_Symbol", "Sk"), ("Math_Symbol", "Sm"), ("Other_Symbol", "So"), ("Separator", "Z"),
            ("Line_Separator", "Zl"), ("Paragraph_Separator", "Zp"), ("Space_Separator", "Zs"),
        ]
        return Dictionary(pairs.map { (canonicalName($0.0), $0.1) }, uniquingKeysWith: { a, _ in a })
    }()

    static let categories: [String: CharClass] = buildCategories()
    static let scripts: [String: CharClass] = buildScripts()

    private static func code(_ category: Unicode.GeneralCategory) -> String? {
        switch category {
        case .uppercaseLetter: return "Lu"
        case .lowercaseLetter: return "Ll"
        case .titlecaseLetter: return "Lt"
        case .modifierLetter: return "Lm"
        case .otherLetter: return "Lo"
        case .nonspacingMark: return "Mn"
        case .spacingMark: return "Mc"
        case .enclosingMark: return "Me"
        case .decimalNumber: return "Nd"
        case .letterNumber: return "Nl"
        case .otherNumber: return "No"
        case .connectorPunctuation: return "Pc"
        case .dashPunctuation: return "Pd"
        case .openPunctuation: return "Ps"
        case .closePunctuation: return "Pe"
        case .initialPunctuation: return "Pi"
        case .finalPunctuation: return "Pf"
        case .otherPunctuation: return "Po"
        case .mathSymbol: return "Sm"
        case .currencySymbol: return "Sc"
        case .modifierSymbol: return "Sk"
        case .otherSymbol: return "So"
        case .spaceSeparator: return "Zs"
        case .lineSeparator: return "Zl"
        case .paragraphSeparator: return "Zp"
        case .control: return "Cc"
        case .format: return "Cf"
        case .surrogate: return "Cs"
        case .privateUse: return "Co"
        case .unassigned: return "Cn"
        @unknown default: return nil
        }
    }

    private static func buildCategories() -> [String: CharClass] {
        var tables: [String: CharClass] = [:]
        var runStart: UInt32 = 0
        var runCode: String? = nil
        func flush(_ end: UInt32) {
            if let c = runCode { tables[c, default: CharClass()].add(runStart, end) }
        }
        // Planes 4-13 hold no assigned code points; skipping them keeps the one-time scan short.
        let spans: [ClosedRange<UInt32>] = [0...0xD7FF, 0xE000...0x3FFFF, 0xE0000...0x10FFFF]
        for span in spans {
            runCode = nil
            for v in span {
                let c = code(Unicode.Scalar(v)!.properties.generalCategory)
                if c != runCode {
                    flush(v &- 1)
                    runStart = v
                    runCode = c
                }
            }
            flush(span.upperBound)
        }
        tables["Cs", default: CharClass()].add(0xD800, 0xDFFF)
        tables["Cn", default: CharClass()].add(0x40000, 0xDFFFF)
        // One-letter groups are the union of their two-letter categories; like Go, C leaves out Cn.
        var groups: [String: CharClass] = [:]
        for (name, table) in tables where name != "Cn" {
            groups[String(name.prefix(1)), default: CharClass()].add(table)
        }
        for (name, table) in groups { tables[name] = table }
        var cased = CharClass()
        for name in ["Lu", "Ll", "Lt"] { cased.add(tables[name] ?? CharClass()) }
        tables["LC"] = cased
        return tables.mapValues { $0.normalized() }
    }

    private static func buildScripts() -> [String: CharClass] {
        ScriptData.encoded.mapValues { encoded in
            var cls = CharClass()
            for item in encoded.split(separator: " ") {
                let bounds = item.split(separator: "-")
                guard let lo = UInt32(bounds[0], radix: 16) else { continue }
                let hi = bounds.count > 1 ? UInt32(bounds[1], radix: 16) ?? lo : lo
                cls.add(lo, hi)
            }
            return cls.normalized()
        }
    }
}

/// The ASCII classes behind `\d \s \w` and `[[:name:]]`.
enum ASCIIClasses {
    static let perl: [UInt32: CharClass] = [
        UInt32(UInt8(ascii: "d")): CharClass(pairs: [0x30, 0x39]),
        UInt32(UInt8(ascii: "s")): CharClass(pairs: [0x09, 0x0A, 0x0C, 0x0D, 0x20, 0x20]),
        UInt32(UInt8(ascii: "w")): CharClass(pairs: [0x30, 0x39, 0x41, 0x5A, 0x5F, 0x5F, 0x61, 0x7A]),
    ]

    static let posix: [String: CharClass] = [
        "alnum": CharClass(pairs: [0x30, 0x39, 0x41, 0x5A, 0x61, 0x7A]),
        "alpha": CharClass(pairs: [0x41, 0x5A, 0x61, 0x7A]),
        "ascii": CharClass(pairs: [0x00, 0x7F]),
        "blank": CharClass(pairs: [0x09, 0x09, 0x20, 0x20]),
        "cntrl": CharClass(pairs: [0x00, 0x1F, 0x7F, 0x7F]),
        "digit": CharClass(pairs: [0x30, 0x39]),
        "graph": CharClass(pairs: [0x21, 0x7E]),
        "lower": CharClass(pairs: [0x61, 0x7A]),
        "print": CharClass(pairs: [0x20, 0x7E]),
        "punct": CharClass(pairs: [0x21, 0x2F, 0x3A, 0x40, 0x5B, 0x60, 0x7B, 0x7E]),
        "space": CharClass(pairs: [0x09, 0x0D, 0x20, 0x20]),
        "upper": CharClass(pairs: [0x41, 0x5A]),
        "word": CharClass(pairs: [0x30, 0x39, 0x41, 0x5A, 0x5F, 0x5F, 0x61, 0x7A]),
        "xdigit": CharClass(pairs: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66]),
    ]
}
