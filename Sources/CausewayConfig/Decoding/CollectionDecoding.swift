// Lists, maps and optional values.
import Foundation

extension Array: ConfigDecodable where Element: ConfigDecodable {
    public static var nullMeansAbsent: Bool { true }
    public static var configTypeName: String { "[]\(Element.configTypeName)" }

    /// A list decodes element-wise; a scalar string is split on commas and each item trimmed
    /// (`entryPoints: "web, websecure"`), as Traefik does.
    public init(from decoder: ConfigDecoder) throws {
        switch decoder.node.value {
        case .null:
            self = []
        case .scalar(let text, _):
            let items = text.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                self = []
                return
            }
            self = try items.enumerated().map { index, item in
                try Element(from: decoder.child(ConfigNode(.scalar(item, .string), line: decoder.node.line),
                                                path: decoder.path.appending(index: index)))
            }
        case .list(let nodes):
            self = try nodes.enumerated().map { index, node in
                try Element(from: decoder.child(node, path: decoder.path.appending(index: index)))
            }
        case .map(let entries):
            guard entries.isEmpty else { throw decoder.error("expected a list, got a section") }
            self = []
        }
    }
}

extension Dictionary: ConfigDecodable where Key == String, Value: ConfigDecodable {
    public static var configTypeName: String { "map[string]\(Value.configTypeName)" }

    /// Map keys keep their case (router names, header names, plugin aliases).
    public init(from decoder: ConfigDecoder) throws {
        guard let entries = decoder.node.entries else {
            if decoder.node.hasNoChildren { throw decoder.standaloneError(Self.self) }
            throw decoder.error("expected a section (type \(Self.configTypeName)), got \(decoder.node)")
        }
        guard !entries.isEmpty else { throw decoder.standaloneError(Self.self) }
        self = [:]
        for entry in entries {
            let child = decoder.child(entry.node, path: decoder.path.appending(entry.key))
            self[entry.key] = try Value(from: child)
        }
    }
}

extension Optional: ConfigDecodable where Wrapped: ConfigDecodable {
    public static var allowsEmptySection: Bool { Wrapped.allowsEmptySection }
    public static var nullMeansAbsent: Bool { Wrapped.nullMeansAbsent }
    public static var configTypeName: String { Wrapped.configTypeName }

    public init(from decoder: ConfigDecoder) throws {
        if decoder.node.isNull && Wrapped.nullMeansAbsent {
            self = .none
            return
        }
        // "Allow empty" sections: `true` enables, any other scalar disables.
        if Wrapped.allowsEmptySection, let text = decoder.node.scalarText, text.lowercased() != "true" {
            self = .none
            return
        }
        self = .some(try Wrapped(from: decoder))
    }
}

/// A subtree kept as written, for parts decoded later by their consumer (middleware options,
/// TCP/UDP/TLS sections) or accepted but not implemented.
extension ConfigNode: ConfigDecodable {
    public static var nullMeansAbsent: Bool { true }
    public init(from decoder: ConfigDecoder) throws {
        self = decoder.node
    }
}
