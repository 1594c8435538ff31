import Foundation

/// Which files of a directory belong to the build, as `go build` decides: `_test.go` files
/// never, `name_GOOS_GOARCH.go` suffixes and `//go:build` (or legacy `// +build`) lines
/// must match the target. The interpreter cannot run assembly, so `purego` and `noasm` are
/// set, which makes vendored libraries pick their portable Go code.
public struct BuildContext: Sendable {
    public var goos: String
    public var goarch: String
    public var tags: Set<String>

    public static let knownOS: Set<String> = ["aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios",
                                              "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos"]
    public static let knownArch: Set<String> = ["386", "amd64", "arm", "arm64", "loong64", "mips", "mips64", "mips64le", "mipsle",
                                                "ppc64", "ppc64le", "riscv64", "s390x", "sparc64", "wasm"]
    static let unixOS: Set<String> = ["aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "linux",
                                      "netbsd", "openbsd", "solaris"]

    public init(goos: String = BuildContext.hostOS, goarch: String = BuildContext.hostArch, tags: Set<String> = ["purego", "noasm"]) {
        self.goos = goos
        self.goarch = goarch
        self.tags = tags
    }

    public static var hostOS: String {
        #if os(macOS)
        return "darwin"
        #else
        return "linux"
        #endif
    }

    public static var hostArch: String {
        #if arch(arm64)
        return "arm64"
        #else
        return "amd64"
        #endif
    }

    /// Whether a build tag is satisfied.
    public func satisfies(_ tag: String) -> Bool {
        if tag == goos || tag == goarch || tags.contains(tag) { return true }
        if tag == "unix" { return BuildContext.unixOS.contains(goos) }
        if tag == "gc" { return true }
        // go1.1 … go1.22: the language versions this interpreter implements.
        if tag.hasPrefix("go1."), let minor = Int(tag.dropFirst(4)) { return minor <= 22 }
        return false
    }

    /// Whether the file (name and source) is part of the build.
    public func includes(fileName: String, source: String) -> Bool {
        guard fileName.hasSuffix(".go"), !fileName.hasSuffix("_test.go"), !fileName.hasPrefix("."), !fileName.hasPrefix("_") else { return false }
        return matchesName(fileName) && matchesConstraints(source)
    }

    func matchesName(_ fileName: String) -> Bool {
        var parts = fileName.dropLast(3).split(separator: "_").map(String.init)
        guard parts.count > 1 else { return true }
        parts.removeFirst()
        let last = parts[parts.count - 1]
        if parts.count >= 2, BuildContext.knownOS.contains(parts[parts.count - 2]), BuildContext.knownArch.contains(last) {
            return parts[parts.count - 2] == goos && last == goarch
        }
        if BuildContext.knownOS.contains(last) { return last == goos || (last == "unix" && BuildContext.unixOS.contains(goos)) }
        if BuildContext.knownArch.contains(last) { return last == goarch }
        return true
    }

    /// Evaluates the `//go:build` line (or, without one, the `// +build` lines) of the header.
    func matchesConstraints(_ source: String) -> Bool {
        var plusBuild: [String] = []
        for raw in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("package ") { break }
            if line.hasPrefix("//go:build ") {
                var p = ConstraintParser(text: String(line.dropFirst(11)), context: self)
                return p.parse()
            }
            if line.hasPrefix("// +build ") { plusBuild.append(String(line.dropFirst(10))) }
        }
        // Legacy form: lines AND together; on a line spaces are OR, commas AND, ! negates.
        return plusBuild.allSatisfy { line in
            line.split(separator: " ").contains { option in
                option.split(separator: ",").allSatisfy { term in
                    term.hasPrefix("!") ? !satisfies(String(term.dropFirst())) : satisfies(String(term))
                }
            }
        }
    }
}

/// `||`, `&&`, `!`, parentheses and tags, with Go's precedence.
private struct ConstraintParser {
    let chars: [Character]
    var i = 0
    let context: BuildContext

    init(text: String, context: BuildContext) {
        chars = Array(text)
        self.context = context
    }

    mutating func parse() -> Bool { or() }

    private mutating func skipSpaces() { while i < chars.count && chars[i] == " " { i += 1 } }

    private mutating func or() -> Bool {
        var v = and()
        while true {
            skipSpaces()
            guard i + 1 < chars.count, chars[i] == "|", chars[i + 1] == "|" else { return v }
            i += 2
            let r = and()
            v = v || r
        }
    }

    private mutating func and() -> Bool {
        var v = not()
        while true {
            skipSpaces()
            guard i + 1 < chars.count, chars[i] == "&", chars[i + 1] == "&" else { return v }
            i += 2
            let r = not()
            v = v && r
        }
    }

    private mutating func not() -> Bool {
        skipSpaces()
        if i < chars.count && chars[i] == "!" { i += 1; return !not() }
        if i < chars.count && chars[i] == "(" {
            i += 1
            let v = or()
            skipSpaces()
            if i < chars.count && chars[i] == ")" { i += 1 }
            return v
        }
        var tag = ""
        while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" || chars[i] == "." { tag.append(chars[i]); i += 1 }
        return context.satisfies(tag)
    }
}
