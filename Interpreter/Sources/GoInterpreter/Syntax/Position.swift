// Source positions. A `Pos` is one integer across a whole FileSet (each file owns the range
// base ..< base+size+1), so AST nodes carry 4 bytes instead of a file/line/column triple;
// line and column are computed only when a message is printed.

/// A compact position: an offset into the FileSet's combined address space. 0 means "unknown".
public struct Pos: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: Int32
    public init(_ raw: Int32) { self.raw = raw }
    public init(_ raw: Int) { self.raw = Int32(truncatingIfNeeded: raw) }
    public static let none = Pos(Int32(0))
    public var isKnown: Bool { raw > 0 }
    public static func < (a: Pos, b: Pos) -> Bool { a.raw < b.raw }
    public func advanced(by n: Int) -> Pos { Pos(Int(raw) + n) }
    public var description: String { "Pos(\(raw))" }
}

/// A resolved position as printed in messages: `file:line:column`, line and column 1-based,
/// column counted in bytes as gc does.
public struct Position: Hashable, Sendable, CustomStringConvertible {
    public let filename: String
    public let offset: Int
    public let line: Int
    public let column: Int
    public init(filename: String, offset: Int, line: Int, column: Int) {
        self.filename = filename; self.offset = offset; self.line = line; self.column = column
    }
    public var isValid: Bool { line > 0 }
    public var description: String {
        if !isValid { return filename.isEmpty ? "-" : filename }
        return filename.isEmpty ? "\(line):\(column)" : "\(filename):\(line):\(column)"
    }
}

/// One source file: its name, bytes and the offsets where lines start.
public final class SourceFile: Sendable {
    public let name: String
    public let bytes: [UInt8]
    /// Pos of byte offset 0 in this file.
    public let base: Int
    /// Byte offsets of the first byte of each line (lineStarts[0] == 0).
    public let lineStarts: [Int]

    public init(name: String, bytes: [UInt8], base: Int) {
        self.name = name
        self.bytes = bytes
        self.base = base
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        self.lineStarts = starts
    }

    public var size: Int { bytes.count }
    public func pos(atOffset offset: Int) -> Pos { Pos(base + offset) }
    public func contains(_ p: Pos) -> Bool { Int(p.raw) >= base && Int(p.raw) <= base + size }
    public func offset(of p: Pos) -> Int { Int(p.raw) - base }

    /// Line and column (1-based) of a byte offset; binary search over line starts.
    public func lineColumn(ofOffset offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - lineStarts[lo] + 1)
    }

    public func position(of p: Pos) -> Position {
        let off = offset(of: p)
        let (l, c) = lineColumn(ofOffset: off)
        return Position(filename: name, offset: off, line: l, column: c)
    }
}

/// The set of files of one program. It also hands out dense node ids, so that every AST node
/// of every file parsed into this set has a distinct small integer usable as an array index.
public struct FileSet: Sendable {
    public private(set) var files: [SourceFile] = []
    /// Number of AST node ids handed out so far (ids are 0 ..< nodeCount).
    public internal(set) var nodeCount: Int = 0
    private var nextBase = 1

    public init() {}

    public mutating func addFile(name: String, bytes: [UInt8]) -> SourceFile {
        let f = SourceFile(name: name, bytes: bytes, base: nextBase)
        nextBase += bytes.count + 1
        files.append(f)
        return f
    }

    public func file(of p: Pos) -> SourceFile? {
        guard p.isKnown else { return nil }
        var lo = 0, hi = files.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let f = files[mid]
            if Int(p.raw) < f.base { hi = mid - 1 }
            else if Int(p.raw) > f.base + f.size { lo = mid + 1 }
            else { return f }
        }
        return nil
    }

    public func position(of p: Pos) -> Position {
        guard let f = file(of: p) else { return Position(filename: "", offset: 0, line: 0, column: 0) }
        return f.position(of: p)
    }
}

/// A message tied to a source position (syntax and type errors, warnings).
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: Sendable, Hashable { case error, warning }
    public let pos: Pos
    public let message: String
    public let severity: Severity
    public init(pos: Pos, message: String, severity: Severity = .error) {
        self.pos = pos; self.message = message; self.severity = severity
    }
    /// `file:line:col: message`, as gc prints it.
    public func formatted(in fset: FileSet) -> String {
        "\(fset.position(of: pos)): \(message)"
    }
}
