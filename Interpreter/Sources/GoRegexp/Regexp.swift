/// A compiled regular expression with Go's `regexp` (RE2) syntax and semantics, matched in
/// time linear in the input.
///
/// `Regexp` is an immutable value; copies share one compiled program and can be used from many
/// threads at once. Positions reported by the index APIs are byte offsets into the UTF-8 input,
/// exactly as Go reports them; -1 marks a group that did not participate.
public struct Regexp: Sendable, CustomStringConvertible {
    let program: Program
    /// The source text, as Go's `String()` returns it.
    public let pattern: String
    /// Names of the capture groups; index 0 (the whole match) and unnamed groups are "".
    public let subexpNames: [String]
    /// Leftmost-longest instead of leftmost-first matching (Go's `Longest()`).
    public let isLongest: Bool

    /// Compiles `pattern` (Go's `regexp.Compile`).
    public init(_ pattern: String) throws(RegexpError) {
        try self.init(pattern, syntax: Parser.Flags(), longest: false)
    }

    /// Go's `regexp.CompilePOSIX`: POSIX ERE syntax (no Perl extensions or `\p`, `^`/`$` match
    /// at line boundaries, negated classes never match newline) and leftmost-longest matching.
    public static func posix(_ pattern: String) throws(RegexpError) -> Regexp {
        try Regexp(pattern, syntax: .posix, longest: true)
    }

    private init(_ pattern: String, syntax: Parser.Flags, longest: Bool) throws(RegexpError) {
        let parsed = try Parser.parse(pattern, flags: syntax)
        // Go's limit: about 128 MB worth of instructions.
        if Simplifier.estimatedSize(parsed.node) > 3_355_443 {
            throw RegexpError(.large, pattern)
        }
        let simplified = Simplifier.simplify(parsed.node)
        program = Compiler.compile(simplified, groupCount: parsed.names.count - 1)
        self.pattern = pattern
        subexpNames = parsed.names
        isLongest = longest
    }

    private init(copying other: Regexp, longest: Bool) {
        program = other.program
        pattern = other.pattern
        subexpNames = other.subexpNames
        isLongest = longest
    }

    /// A copy that prefers leftmost-longest matches, like Go's `(*Regexp).Longest`.
    public func longest() -> Regexp { Regexp(copying: self, longest: true) }

    public var description: String { pattern }

    /// Number of parenthesized subexpressions (Go's `NumSubexp`).
    public var numSubexp: Int { subexpNames.count - 1 }

    /// Index of the first group with this name, or -1 (Go's `SubexpIndex`).
    public func subexpIndex(_ name: String) -> Int {
        guard !name.isEmpty else { return -1 }
        return subexpNames.firstIndex(of: name) ?? -1
    }

    /// The literal every match must start with, and whether that literal is the whole
    /// expression (Go's `LiteralPrefix`).
    public var literalPrefix: (prefix: String, complete: Bool) {
        (program.reportedPrefix, program.reportedPrefixComplete)
    }

    /// Escapes every regular-expression metacharacter in `s` (Go's `QuoteMeta`).
    public static func quoteMeta(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if "\\.+*?()|[]{}^$".unicodeScalars.contains(scalar) { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    /// Go's `regexp.MatchString(pattern, s)`.
    public static func matchString(_ pattern: String, _ s: String) throws(RegexpError) -> Bool {
        try Regexp(pattern).matches(s)
    }

    /// Go's `regexp.Match(pattern, b)`.
    public static func match(_ pattern: String, _ bytes: [UInt8]) throws(RegexpError) -> Bool {
        try Regexp(pattern).matches(bytes)
    }

    // MARK: - Execution core

    /// Runs `body` with a Pike VM tracking `slots` capture slots (0, 2 or all).
    func withMatcher<R>(slots: Int, _ body: (inout PikeVM) -> R) -> R {
        PikeVM.withMachine(program, slotCount: min(slots, program.slotCount), longest: isLongest, body)
    }

    /// Runs `body` with a search function over `input`, backed by the engine that suits it: the
    /// backtracker for small programs on short inputs, the Pike VM otherwise. The function finds
    /// the leftmost match at or after a position and returns its slots, valid until the next call.
    func withSearch<R>(
        in input: UnsafeBufferPointer<UInt8>, slots: Int,
        _ body: (_ search: (Int) -> UnsafeBufferPointer<Int>?) -> R
    ) -> R {
        let slotCount = min(slots, program.slotCount)
        if Backtracker.fits(program, inputCount: input.count) {
            return Backtracker.withMachine(program, slotCount: slotCount, longest: isLongest,
                                           inputCount: input.count) { machine in
                body { from in
                    machine.search(input, from: from)
                        ? UnsafeBufferPointer(start: machine.matchCaps, count: machine.slotCount) : nil
                }
            }
        }
        return withMatcher(slots: slotCount) { vm in
            body { from in
                vm.search(input, from: from) ? UnsafeBufferPointer(start: vm.matchCaps, count: vm.slotCount) : nil
            }
        }
    }

    var allSlots: Int { program.slotCount }
}

/// Runs `body` over the UTF-8 bytes of `s` without copying when the string is native.
@inline(__always)
func withUTF8Bytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
    var copy = s
    return copy.withUTF8(body)
}
