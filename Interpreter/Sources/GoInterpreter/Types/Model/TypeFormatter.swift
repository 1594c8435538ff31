/// Prints types the two ways Go does: as `%T` / reflect prints them at run time
/// (`struct { A int }`, `interface {}`, `main.Pair[int,string]`, `uint8` for byte) and as the
/// type checker prints them in errors (`struct{A int}`, `any`, `Pair[int, string]`, `byte`).
public struct TypeFormatter: Sendable {
    public enum Style: Sendable { case runtime, checker }

    public let style: Style
    /// The prefix to print before a named type of this package, or nil for none.
    /// Error messages leave the current package's types unqualified.
    public let qualifier: @Sendable (PackageRef) -> String?

    public init(style: Style, qualifier: @escaping @Sendable (PackageRef) -> String? = { $0.name }) {
        self.style = style
        self.qualifier = qualifier
    }

    public static let runtime = TypeFormatter(style: .runtime)
    public static let checker = TypeFormatter(style: .checker)

    /// A checker-style formatter that leaves types of `package` unqualified.
    public static func checker(relativeTo package: PackageRef) -> TypeFormatter {
        TypeFormatter(style: .checker) { $0 == package ? nil : $0.name }
    }

    public func string(_ type: GoType) -> String {
        var out = ""
        write(type, into: &out)
        return out
    }

    private var isRuntime: Bool { style == .runtime }

    private func write(_ type: GoType, into out: inout String) {
        switch type.kind {
        case .basic(let kind):
            out += isRuntime ? kind.name : (type.aliasName ?? kind.name)
        case .named(let named):
            if let package = named.package, let prefix = qualifier(package) { out += prefix + "." }
            out += named.name
            if !named.typeArguments.isEmpty {
                out += "["
                for (i, argument) in named.typeArguments.enumerated() {
                    if i > 0 { out += isRuntime ? "," : ", " }
                    write(argument, into: &out)
                }
                out += "]"
            }
        case .typeParameter(let parameter):
            out += parameter.name
        case .pointer(let element):
            out += "*"
            write(element, into: &out)
        case .slice(let element):
            out += "[]"
            write(element, into: &out)
        case .array(let element, let length):
            out += "[\(length)]"
            write(element, into: &out)
        case .map(let key, let value):
            out += "map["
            write(key, into: &out)
            out += "]"
            write(value, into: &out)
        case .chan(let element, let direction):
            switch direction {
            case .both: out += "chan "
            case .send: out += "chan<- "
            case .receive: out += "<-chan "
            }
            // `chan (<-chan int)`: without parentheses the arrow would bind to the outer chan.
            var needsParentheses = false
            if direction == .both, case .chan(_, .receive) = element.kind { needsParentheses = true }
            if needsParentheses { out += "(" }
            write(element, into: &out)
            if needsParentheses { out += ")" }
        case .structure(let s):
            writeStruct(s, into: &out)
        case .signature(let s):
            out += "func"
            writeSignature(s, into: &out)
        case .interface(let i):
            if !isRuntime, type.aliasName == "any" {
                out += "any"
            } else {
                writeInterface(i, into: &out)
            }
        case .tuple(let elements):
            out += "("
            for (i, element) in elements.enumerated() {
                if i > 0 { out += ", " }
                write(element, into: &out)
            }
            out += ")"
        }
    }

    private func writeStruct(_ s: StructInfo, into out: inout String) {
        if s.fields.isEmpty {
            out += isRuntime ? "struct {}" : "struct{}"
            return
        }
        out += isRuntime ? "struct { " : "struct{"
        for (i, field) in s.fields.enumerated() {
            if i > 0 { out += "; " }
            if !field.embedded { out += field.name + " " }
            write(field.type, into: &out)
            if !field.tag.isEmpty { out += " " + GoQuote.quote(field.tag) }
        }
        out += isRuntime ? " }" : "}"
    }

    private func writeSignature(_ s: Signature, into out: inout String) {
        out += "("
        for (i, parameter) in s.parameters.enumerated() {
            if i > 0 { out += ", " }
            if s.isVariadic && i == s.parameters.count - 1, case .slice(let element) = parameter.kind {
                out += "..."
                write(element, into: &out)
            } else {
                write(parameter, into: &out)
            }
        }
        out += ")"
        switch s.results.count {
        case 0: break
        case 1:
            out += " "
            write(s.results[0], into: &out)
        default:
            out += " ("
            for (i, result) in s.results.enumerated() {
                if i > 0 { out += ", " }
                write(result, into: &out)
            }
            out += ")"
        }
    }

    private func writeInterface(_ i: InterfaceInfo, into out: inout String) {
        var elements: [String] = []
        if i.isComparableConstraint { elements.append("comparable") }
        if let terms = i.terms {
            elements.append(terms.map { (term: TypeTerm) -> String in
                (term.tilde ? "~" : "") + string(term.type)
            }.joined(separator: " | "))
        }
        for method in i.methods {
            var text = method.name
            if case .signature(let s) = method.signature.kind { writeSignature(s, into: &text) }
            elements.append(text)
        }
        if elements.isEmpty {
            out += isRuntime ? "interface {}" : "interface{}"
        } else if isRuntime {
            out += "interface { " + elements.joined(separator: "; ") + " }"
        } else {
            out += "interface{" + elements.joined(separator: "; ") + "}"
        }
    }
}
