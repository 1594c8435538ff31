import GoInterpreter

/// `regexp`: compiled RE2 expressions (backed by the GoRegexp engine at run time).
enum RegexpPackage {
    static func declare(table: TypeTable) -> PackageScope {
        let w = HostPackageWriter(table: table, path: "regexp")
        let regexp = w.type("Regexp", w.opaqueStruct())
        let pointer = table.pointer(to: regexp)
        let bytes = table.slice(of: .byte)
        let strings = table.slice(of: .string)
        w.method(regexp, "MatchString", [.string], [.bool], pointer: true)
        w.method(regexp, "Match", [bytes], [.bool], pointer: true)
        w.method(regexp, "FindString", [.string], [.string], pointer: true)
        w.method(regexp, "FindStringIndex", [.string], [table.slice(of: .int)], pointer: true)
        w.method(regexp, "FindStringSubmatch", [.string], [strings], pointer: true)
        w.method(regexp, "FindAllString", [.string, .int], [strings], pointer: true)
        w.method(regexp, "ReplaceAllString", [.string, .string], [.string], pointer: true)
        w.method(regexp, "ReplaceAllLiteralString", [.string, .string], [.string], pointer: true)
        w.method(regexp, "ReplaceAll", [bytes, bytes], [bytes], pointer: true)
        w.method(regexp, "Split", [.string, .int], [strings], pointer: true)
        w.method(regexp, "SubexpNames", [], [strings], pointer: true)
        w.method(regexp, "SubexpIndex", [.string], [.int], pointer: true)
        w.method(regexp, "NumSubexp", [], [.int], pointer: true)
        w.method(regexp, "String", [], [.string], pointer: true)
        w.function("Compile", [.string], [pointer, .error])
        w.function("MustCompile", [.string], [pointer])
        w.function("MatchString", [.string, .string], [.bool, .error])
        w.function("QuoteMeta", [.string], [.string])
        return w.build()
    }
}
