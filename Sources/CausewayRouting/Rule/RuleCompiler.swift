/// Turns the syntax tree into matchers, validating arguments in Traefik's order: left to
/// right, first the presence checks, then the argument count, then the matcher's own checks.
enum RuleCompiler {
    static func compile(_ expression: RuleExpression) throws(RuleSyntaxFailure) -> RuleNode {
        switch expression {
        case .and(let left, let right): return .and(try compile(left), try compile(right))
        case .or(let left, let right): return .or(try compile(left), try compile(right))
        case .not(let inner): return .not(try compile(inner))
        case .call(let name, let arguments, let column):
            do {
                return .matcher(try compileMatcher(name, arguments))
            } catch {
                throw RuleSyntaxFailure(column: column, message: error.message)
            }
        }
    }

    private struct Failure: Error {
        let message: String
    }

    private static func compileMatcher(_ name: MatcherName, _ arguments: [String]) throws(Failure) -> Matcher {
        guard !arguments.isEmpty else { throw Failure(message: "no args for matcher \(name.rawValue)") }
        if arguments.contains(where: \.isEmpty) {
            // Go's %v of a string slice: elements joined by spaces inside brackets.
            throw Failure(message: "empty args for matcher \(name.rawValue), [\(arguments.joined(separator: " "))]")
        }
        let accepted = name.acceptedArgumentCounts
        guard accepted.contains(arguments.count) else {
            let list = accepted.map(String.init).joined(separator: " ")
            throw Failure(message: "unexpected number of parameters; got \(arguments.count), expected one of [\(list)]")
        }
        let first = arguments[0]
        switch name {
        case .host:
            try requireASCII(first, name)
            return .host(HostPattern(first))
        case .hostRegexp:
            try requireASCII(first, name)
            let regexp = try compileRegexp(first, name)
            return .hostRegexp(regexp, alwaysTrue: regexp.matches(""))
        case .path:
            try requireLeadingSlash(first)
            return .path(first)
        case .pathPrefix:
            try requireLeadingSlash(first)
            return .pathPrefix(first)
        case .pathRegexp:
            return .pathRegexp(try compileRegexp(first, name))
        case .method:
            return .method(first.uppercased())
        case .header:
            return .header(name: ASCIICase.canonicalHeaderName(first), value: arguments[1])
        case .headerRegexp:
            return .headerRegexp(name: ASCIICase.canonicalHeaderName(first), try compileRegexp(arguments[1], name))
        case .query:
            return .query(key: first, value: arguments.count == 2 ? arguments[1] : "")
        case .queryRegexp:
            guard arguments.count == 2 else { return .query(key: first, value: "") }
            return .queryRegexp(key: first, try compileRegexp(arguments[1], name))
        case .clientIP:
            do {
                return .clientIP(try ClientIPChecker(arguments))
            } catch {
                throw Failure(message: "initializing IP checker for ClientIP matcher: \(error.message)")
            }
        }
    }

    private static func requireASCII(_ value: String, _ name: MatcherName) throws(Failure) {
        guard value.utf8.allSatisfy({ $0 < 0x80 }) else {
            throw Failure(message: "invalid value \(goQuoted(value)) for \(name.rawValue) matcher, non-ASCII characters are not allowed")
        }
    }

    private static func requireLeadingSlash(_ path: String) throws(Failure) {
        guard path.utf8.first == UInt8(ascii: "/") else {
            throw Failure(message: "path \(goQuoted(path)) does not start with a '/'")
        }
    }

    private static func compileRegexp(_ pattern: String, _ name: MatcherName) throws(Failure) -> RuleRegexp {
        do {
            return try RuleRegexp(pattern)
        } catch {
            throw Failure(message: "compiling \(name.rawValue) matcher: \(error.message)")
        }
    }

    /// Go's `%q`: double quotes, with `"` and `\` escaped and control characters written as escapes.
    static func goQuoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\x" + (hex.count == 1 ? "0" + hex : hex)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
