/// Source lines of TOML keys and table headers, found by a light scan of the text, because
/// TOMLKit reports positions only for syntax errors. Paths are key components with array-of-
/// tables elements written `[index]` (`http`, `services`, `s`, `weighted`, `services`, `[1]`).
/// Keys inside inline tables are not indexed; they fall back to their parent's line.
struct TOMLLineIndex {
    private var lines: [[String]: Int] = [:]

    func line(of path: [String]) -> Int? {
        lines[path]
    }

    init(_ text: String) {
        var currentTable: [String] = []
        var arrayCounts: [[String]: Int] = [:]
        var openBrackets = 0
        var multilineDelimiter: String?

        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let line = rawLine.trimmingPrefixWhitespace()
            if let delimiter = multilineDelimiter {
                if line.components(separatedBy: delimiter).count % 2 == 0 { multilineDelimiter = nil }
                continue
            }
            if openBrackets > 0 {
                openBrackets += Self.bracketBalance(line)
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }

            if line.hasPrefix("[[") {
                guard let close = line.range(of: "]]") else { continue }
                let keys = Self.parseKeys(String(line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound]))
                let arrayPath = resolve(keys, arrayCounts: arrayCounts)
                let index = (arrayCounts[arrayPath] ?? -1) + 1
                arrayCounts[arrayPath] = index
                currentTable = arrayPath + ["[\(index)]"]
                if lines[arrayPath] == nil { lines[arrayPath] = lineNumber }
                lines[currentTable] = lineNumber
                recordPrefixes(of: arrayPath, line: lineNumber)
            } else if line.hasPrefix("[") {
                guard let close = line.firstIndex(of: "]") else { continue }
                let keys = Self.parseKeys(String(line[line.index(after: line.startIndex)..<close]))
                currentTable = resolve(keys, arrayCounts: arrayCounts)
                lines[currentTable] = lineNumber
                recordPrefixes(of: currentTable, line: lineNumber)
            } else if let equals = Self.firstUnquoted("=", in: line) {
                let keys = Self.parseKeys(String(line[..<equals]))
                let path = currentTable + keys
                lines[path] = lineNumber
                recordPrefixes(of: path, line: lineNumber)
                let value = line[line.index(after: equals)...]
                openBrackets = Self.bracketBalance(value)
                for delimiter in ["\"\"\"", "'''"] where value.components(separatedBy: delimiter).count == 2 {
                    multilineDelimiter = delimiter
                }
            }
        }
    }

    /// Inserts the current element index after every array-of-tables prefix of `keys`.
    private func resolve(_ keys: [String], arrayCounts: [[String]: Int]) -> [String] {
        var path: [String] = []
        for (position, key) in keys.enumerated() {
            path.append(key)
            if position < keys.count - 1, let index = arrayCounts[path] {
                path.append("[\(index)]")
            }
        }
        return path
    }

    /// Implicitly created tables take the line where they first appear.
    private mutating func recordPrefixes(of path: [String], line: Int) {
        for length in stride(from: path.count - 1, through: 1, by: -1) {
            let prefix = Array(path.prefix(length))
            if lines[prefix] != nil { break }
            lines[prefix] = line
        }
    }

    private static func parseKeys(_ text: String) -> [String] {
        var keys: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                keys.append(current.trimmingWhitespace())
                current = ""
            } else {
                current.append(character)
            }
        }
        keys.append(current.trimmingWhitespace())
        return keys
    }

    private static func firstUnquoted(_ target: Character, in text: Substring) -> Substring.Index? {
        var quote: Character?
        for index in text.indices {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == target {
                return index
            } else if character == "#" {
                return nil
            }
        }
        return nil
    }

    /// Net count of `[`/`{` minus `]`/`}` outside strings and comments.
    private static func bracketBalance(_ text: Substring) -> Int {
        var balance = 0
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                break
            } else if character == "[" || character == "{" {
                balance += 1
            } else if character == "]" || character == "}" {
                balance -= 1
            }
        }
        return max(balance, 0)
    }
}

extension StringProtocol {
    func trimmingPrefixWhitespace() -> Substring {
        let text = Substring(self)
        return text.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
    }

    func trimmingWhitespace() -> String {
        String(trimmingPrefixWhitespace().reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
}
