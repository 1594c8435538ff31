// The Go token set: literals, operators, delimiters and the 25 keywords.

public enum Token: UInt8, Sendable, CaseIterable {
    case eof, illegal
    // Literals.
    case ident, int, float, imag, char, string
    // Operators.
    case add, sub, mul, quo, rem            // + - * / %
    case and, or, xor, shl, shr, andNot     // & | ^ << >> &^
    case addAssign, subAssign, mulAssign, quoAssign, remAssign
    case andAssign, orAssign, xorAssign, shlAssign, shrAssign, andNotAssign
    case land, lor, arrow, inc, dec         // && || <- ++ --
    case eql, lss, gtr, assign, not         // == < > = !
    case neq, leq, geq, define, ellipsis    // != <= >= := ...
    case tilde                              // ~
    // Delimiters.
    case lparen, lbrack, lbrace, comma, period
    case rparen, rbrack, rbrace, semicolon, colon
    // Keywords.
    case kwBreak, kwCase, kwChan, kwConst, kwContinue, kwDefault, kwDefer, kwElse
    case kwFallthrough, kwFor, kwFunc, kwGo, kwGoto, kwIf, kwImport, kwInterface
    case kwMap, kwPackage, kwRange, kwReturn, kwSelect, kwStruct, kwSwitch, kwType, kwVar

    /// The source spelling of operators, delimiters and keywords; a class name otherwise.
    public var text: String {
        switch self {
        case .eof: return "EOF"
        case .illegal: return "ILLEGAL"
        case .ident: return "name"
        case .int, .float, .imag, .char, .string: return "literal"
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .quo: return "/"
        case .rem: return "%"
        case .and: return "&"
        case .or: return "|"
        case .xor: return "^"
        case .shl: return "<<"
        case .shr: return ">>"
        case .andNot: return "&^"
        case .addAssign: return "+="
        case .subAssign: return "-="
        case .mulAssign: return "*="
        case .quoAssign: return "/="
        case .remAssign: return "%="
        case .andAssign: return "&="
        case .orAssign: return "|="
        case .xorAssign: return "^="
        case .shlAssign: return "<<="
        case .shrAssign: return ">>="
        case .andNotAssign: return "&^="
        case .land: return "&&"
        case .lor: return "||"
        case .arrow: return "<-"
        case .inc: return "++"
        case .dec: return "--"
        case .eql: return "=="
        case .lss: return "<"
        case .gtr: return ">"
        case .assign: return "="
        case .not: return "!"
        case .neq: return "!="
        case .leq: return "<="
        case .geq: return ">="
        case .define: return ":="
        case .ellipsis: return "..."
        case .tilde: return "~"
        case .lparen: return "("
        case .lbrack: return "["
        case .lbrace: return "{"
        case .comma: return ","
        case .period: return "."
        case .rparen: return ")"
        case .rbrack: return "]"
        case .rbrace: return "}"
        case .semicolon: return ";"
        case .colon: return ":"
        case .kwBreak: return "break"
        case .kwCase: return "case"
        case .kwChan: return "chan"
        case .kwConst: return "const"
        case .kwContinue: return "continue"
        case .kwDefault: return "default"
        case .kwDefer: return "defer"
        case .kwElse: return "else"
        case .kwFallthrough: return "fallthrough"
        case .kwFor: return "for"
        case .kwFunc: return "func"
        case .kwGo: return "go"
        case .kwGoto: return "goto"
        case .kwIf: return "if"
        case .kwImport: return "import"
        case .kwInterface: return "interface"
        case .kwMap: return "map"
        case .kwPackage: return "package"
        case .kwRange: return "range"
        case .kwReturn: return "return"
        case .kwSelect: return "select"
        case .kwStruct: return "struct"
        case .kwSwitch: return "switch"
        case .kwType: return "type"
        case .kwVar: return "var"
        }
    }

    public var isKeyword: Bool { rawValue >= Token.kwBreak.rawValue }
    public var isLiteral: Bool { rawValue >= Token.int.rawValue && rawValue <= Token.string.rawValue }

    /// Keyword table, keyed by spelling.
    public static let keywords: [String: Token] = {
        var m: [String: Token] = [:]
        for t in Token.allCases where t.isKeyword { m[t.text] = t }
        return m
    }()

    /// Binary operator precedence (5 highest); 0 for non-binary tokens.
    public var precedence: Int {
        switch self {
        case .lor: return 1
        case .land: return 2
        case .eql, .neq, .lss, .leq, .gtr, .geq: return 3
        case .add, .sub, .or, .xor: return 4
        case .mul, .quo, .rem, .shl, .shr, .and, .andNot: return 5
        default: return 0
        }
    }

    /// For `x op= y`, the binary operator `op`.
    public var assignOpBase: Token? {
        switch self {
        case .addAssign: return .add
        case .subAssign: return .sub
        case .mulAssign: return .mul
        case .quoAssign: return .quo
        case .remAssign: return .rem
        case .andAssign: return .and
        case .orAssign: return .or
        case .xorAssign: return .xor
        case .shlAssign: return .shl
        case .shrAssign: return .shr
        case .andNotAssign: return .andNot
        default: return nil
        }
    }
}
