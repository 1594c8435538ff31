import GoStdlibCore

// The text/template lexer: splits template text into text runs and action tokens, applying
// the `{{- ` / ` -}}` trim markers. It tokenizes the whole input up front (the parser looks at
// most three tokens ahead) and stops at the first error token, as Go's lexer does.

enum TemplateTokenKind: Equatable {
    case error, eof, text, leftDelim, rightDelim, space
    case bool, char, charConstant, number, string, rawString
    case assign, declare, pipe, leftParen, rightParen
    case field, identifier, variable
    // keywords
    case dot, block, breakKeyword, continueKeyword, define, elseKeyword, end, ifKeyword, nilKeyword, range, template, with

    var isKeyword: Bool {
        switch self {
        case .block, .breakKeyword, .continueKeyword, .define, .elseKeyword, .end, .ifKeyword, .nilKeyword, .range, .template, .with, .dot: return true
        default: return false
        }
    }
}

struct TemplateToken {
    var kind: TemplateTokenKind
    var text: [UInt8]
    /// Byte offset in the template text.
    var pos: Int
    /// 1-based line of the token's start.
    var line: Int

    /// How Go's parser names a token in "unexpected ..." messages.
    var description: String {
        let s = String(decoding: text, as: UTF8.self)
        switch kind {
        case .eof: return "EOF"
        case .error: return s
        default:
            if kind.isKeyword { return "<\(s)>" }
            if text.count > 10 { return GoStrconv.quote(String(decoding: text.prefix(10), as: UTF8.self)) + "..." }
            return GoStrconv.quote(s)
        }
    }
}

struct TemplateLexer {
    let input: [UInt8]
    let leftDelim: [UInt8]
    let rightDelim: [UInt8]
    private var pos = 0
    private var start = 0
    private var line = 1
    private var startLine = 1
    private var parenDepth = 0
    private(set) var tokens: [TemplateToken] = []

    static let keywords: [String: TemplateTokenKind] = [
        "block": .block, "break": .breakKeyword, "continue": .continueKeyword, "define": .define, "else": .elseKeyword,
        "end": .end, "if": .ifKeyword, "range": .range, "nil": .nilKeyword, "template": .template, "with": .with,
    ]

    init(_ input: [UInt8], left: [UInt8], right: [UInt8]) {
        self.input = input
        leftDelim = left.isEmpty ? Array("{{".utf8) : left
        rightDelim = right.isEmpty ? Array("}}".utf8) : right
    }

    static func tokenize(_ input: [UInt8], left: [UInt8], right: [UInt8]) -> [TemplateToken] {
        var l = TemplateLexer(input, left: left, right: right)
        l.run()
        return l.tokens
    }

    // MARK: helpers

    private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }
    private func isAlphaNumeric(_ c: UInt8) -> Bool {
        c == 0x5F || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80
    }
    private func hasPrefix(_ p: [UInt8], at i: Int) -> Bool {
        guard i + p.count <= input.count else { return false }
        for k in 0..<p.count where input[i + k] != p[k] { return false }
        return true
    }
    private func peek() -> UInt8? { pos < input.count ? input[pos] : nil }
    private mutating func emit(_ kind: TemplateTokenKind) {
        tokens.append(TemplateToken(kind: kind, text: Array(input[start..<pos]), pos: start, line: startLine))
        countLines(start, pos)
        start = pos
        startLine = line
    }
    private mutating func countLines(_ from: Int, _ to: Int) {
        for i in from..<to where input[i] == 0x0A { line += 1 }
    }
    private mutating func ignore() {
        countLines(start, pos)
        start = pos
        startLine = line
    }
    private mutating func fail(_ message: String) {
        tokens.append(TemplateToken(kind: .error, text: Array(message.utf8), pos: start, line: startLine))
    }

    /// " -}}" at the current position: (at a right delimiter, with a trim marker).
    private func atRightDelim() -> (Bool, Bool) {
        if pos + 1 < input.count, isSpace(input[pos]), input[pos + 1] == 0x2D, hasPrefix(rightDelim, at: pos + 2) { return (true, true) }
        if hasPrefix(rightDelim, at: pos) { return (true, false) }
        return (false, false)
    }

    // MARK: states

    private enum State { case text, action, stop }

    private mutating func run() {
        var state = State.text
        while true {
            switch state {
            case .text: state = lexText()
            case .action: state = lexInsideAction() ? .text : .stop
            case .stop: return
            }
        }
    }

    /// Lexes text up to the next left delimiter, then the delimiter (or a whole comment).
    private mutating func lexText() -> State {
        var x = pos
        while x < input.count && !hasPrefix(leftDelim, at: x) { x += 1 }
        if x >= input.count {
            pos = input.count
            if pos > start { emit(.text) }
            emit(.eof)
            return .stop
        }
        var textEnd = x
        let afterDelim = x + leftDelim.count
        let trimLeft = afterDelim + 1 < input.count && input[afterDelim] == 0x2D && isSpace(input[afterDelim + 1])
        if trimLeft { while textEnd > start && isSpace(input[textEnd - 1]) { textEnd -= 1 } }
        pos = textEnd
        if pos > start { emit(.text) }
        pos = x
        ignore()
        if hasPrefix(Array("/*".utf8), at: afterDelim + (trimLeft ? 2 : 0)) {
            pos = afterDelim + (trimLeft ? 2 : 0)
            return lexComment()
        }
        pos = afterDelim
        emit(.leftDelim)
        if trimLeft { pos += 2; ignore() }
        parenDepth = 0
        return .action
    }

    /// A comment must end with "*/" immediately followed by the right delimiter.
    private mutating func lexComment() -> State {
        var x = pos + 2
        while x + 1 < input.count && !(input[x] == 0x2A && input[x + 1] == 0x2F) { x += 1 }
        if x + 1 >= input.count { fail("unclosed comment"); return .stop }
        pos = x + 2
        let (delim, trim) = atRightDelim()
        if !delim { fail("comment ends before closing delimiter"); return .stop }
        if trim { pos += 2 }
        pos += rightDelim.count
        if trim { while pos < input.count && isSpace(input[pos]) { pos += 1 } }
        ignore()
        return .text
    }

    /// Lexes one action up to and including its right delimiter; returns false after an error.
    private mutating func lexInsideAction() -> Bool {
        while true {
            let (delim, trim) = atRightDelim()
            if delim {
                if parenDepth != 0 { fail("unclosed left paren"); return false }
                if trim { pos += 2; ignore() }
                pos += rightDelim.count
                emit(.rightDelim)
                if trim { while pos < input.count && isSpace(input[pos]) { pos += 1 }; ignore() }
                return true
            }
            guard let c = peek() else { fail("unclosed action"); return false }
            pos += 1
            switch c {
            case _ where isSpace(c):
                while let n = peek(), isSpace(n) { pos += 1 }
                // The last space may belong to a " -}}" trim marker.
                if peek() == 0x2D, hasPrefix(rightDelim, at: pos + 1) {
                    pos -= 1
                    if pos == start { continue }
                }
                emit(.space)
            case 0x3D: emit(.assign)
            case 0x3A:
                if peek() != 0x3D { fail("expected :="); return false }
                pos += 1
                emit(.declare)
            case 0x7C: emit(.pipe)
            case 0x22:
                guard lexQuote() else { return false }
            case 0x60:
                while let n = peek(), n != 0x60 { pos += 1 }
                if peek() == nil { fail("unterminated raw quoted string"); return false }
                pos += 1
                emit(.rawString)
            case 0x24:
                guard lexFieldOrVariable(.variable) else { return false }
            case 0x27:
                guard lexChar() else { return false }
            case 0x2E where !(peek().map { $0 >= 0x30 && $0 <= 0x39 } ?? false):
                guard lexFieldOrVariable(.field) else { return false }
            case 0x2B, 0x2D, 0x2E, 0x30...0x39:
                pos -= 1
                guard lexNumber() else { return false }
            case _ where isAlphaNumeric(c):
                pos -= 1
                guard lexIdentifier() else { return false }
            case 0x28:
                emit(.leftParen); parenDepth += 1
            case 0x29:
                parenDepth -= 1
                if parenDepth < 0 { fail("unexpected right paren"); return false }
                emit(.rightParen)
            case 0x21...0x7E:
                emit(.char)
            default:
                pos -= 1
                let (r, _) = GoUTF8.decodeRune(Array(input[pos..<min(input.count, pos + 4)]))
                fail("unrecognized character in action: " + Self.describeRune(r))
                return false
            }
        }
    }

    /// `%#U` formatting: U+0041 'A'.
    static func describeRune(_ r: GoRune) -> String {
        var hex = String(UInt32(bitPattern: r), radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        var s = "U+" + hex
        if GoUnicode.isPrint(r) {
            var out: [UInt8] = []
            _ = GoUTF8.appendRune(r, to: &out)
            s += " '" + String(decoding: out, as: UTF8.self) + "'"
        }
        return s
    }

    private func atTerminator() -> Bool {
        guard let c = peek() else { return true }
        if isSpace(c) { return true }
        switch c {
        case 0x2E, 0x2C, 0x7C, 0x3A, 0x29, 0x28: return true
        default: return hasPrefix(rightDelim, at: pos)
        }
    }

    private mutating func badCharacter() {
        let (r, _) = GoUTF8.decodeRune(Array(input[pos..<min(input.count, pos + 4)]))
        pos += 1
        fail("bad character " + Self.describeRune(r))
    }

    private mutating func lexFieldOrVariable(_ kind: TemplateTokenKind) -> Bool {
        if atTerminator() {
            emit(kind == .variable ? .variable : .dot)
            return true
        }
        while let c = peek(), isAlphaNumeric(c) { pos += 1 }
        if !atTerminator() { badCharacter(); return false }
        emit(kind)
        return true
    }

    private mutating func lexIdentifier() -> Bool {
        while let c = peek(), isAlphaNumeric(c) { pos += 1 }
        if !atTerminator() { badCharacter(); return false }
        let word = String(decoding: input[start..<pos], as: UTF8.self)
        if let k = Self.keywords[word] { emit(k) }
        else if word == "true" || word == "false" { emit(.bool) }
        else { emit(.identifier) }
        return true
    }

    private mutating func lexQuote() -> Bool {
        while true {
            guard let c = peek(), c != 0x0A else { fail("unterminated quoted string"); return false }
            pos += 1
            if c == 0x5C {
                guard let n = peek(), n != 0x0A else { fail("unterminated quoted string"); return false }
                pos += 1
            } else if c == 0x22 { break }
        }
        emit(.string)
        return true
    }

    private mutating func lexChar() -> Bool {
        while true {
            guard let c = peek(), c != 0x0A else { fail("unterminated character constant"); return false }
            pos += 1
            if c == 0x5C {
                guard let n = peek(), n != 0x0A else { fail("unterminated character constant"); return false }
                pos += 1
            } else if c == 0x27 { break }
        }
        emit(.charConstant)
        return true
    }

    private mutating func lexNumber() -> Bool {
        func accept(_ set: String) -> Bool {
            if let c = peek(), set.utf8.contains(c) { pos += 1; return true }
            return false
        }
        func acceptRun(_ set: String) { while let c = peek(), set.utf8.contains(c) { pos += 1 } }
        _ = accept("+-")
        var digits = "0123456789_"
        var base = 10
        if accept("0") {
            if accept("xX") { digits = "0123456789abcdefABCDEF_"; base = 16 }
            else if accept("oO") { digits = "01234567_"; base = 8 }
            else if accept("bB") { digits = "01_"; base = 2 }
        }
        acceptRun(digits)
        if accept(".") { acceptRun(digits) }
        // Decimal numbers take an e exponent, hexadecimal ones a p exponent.
        if base == 10 && accept("eE") || base == 16 && accept("pP") { _ = accept("+-"); acceptRun("0123456789_") }
        _ = accept("i")
        if let c = peek(), isAlphaNumeric(c) {
            pos += 1
            fail("bad number syntax: " + GoStrconv.quote(String(decoding: input[start..<pos], as: UTF8.self)))
            return false
        }
        emit(.number)
        return true
    }
}
