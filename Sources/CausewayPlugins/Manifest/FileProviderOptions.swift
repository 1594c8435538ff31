import CausewayConfig
import Foundation
import Yams

/// Types a YAML options mapping the way Traefik's file provider types plugin options (stage A):
/// scalars become their text, null keys disappear, empty collections become `""`, lists of
/// scalars get one element type. Used for a manifest's `testData`.
enum FileProviderOptions {
    struct ConversionError: Error { let message: String }

    static func convert(_ mapping: Node.Mapping) throws(ConversionError) -> [String: PluginOptionValue] {
        var result: [String: PluginOptionValue] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { continue }
            if let converted = try convert(value) { result[name] = converted }
        }
        return result
    }

    private static func convert(_ node: Node) throws(ConversionError) -> PluginOptionValue? {
        switch node {
        case .scalar(let scalar):
            if node.null != nil { return nil }
            return .string(scalar.string)
        case .mapping(let mapping):
            return mapping.isEmpty ? .string("") : .map(try convert(mapping))
        case .sequence(let sequence):
            let items = Array(sequence)
            if items.isEmpty { return .string("") }
            return try convertList(items)
        case .alias:
            throw ConversionError(message: "YAML aliases are not supported in plugin options")
        }
    }

    private static func convertList(_ items: [Node]) throws(ConversionError) -> PluginOptionValue {
        if items.contains(where: { $0.sequence != nil }) {
            throw ConversionError(message: "unsupported simple value type: slice")
        }
        if items.contains(where: { $0.mapping != nil }) {
            var maps: [PluginOptionValue] = []
            for item in items {
                guard let mapping = item.mapping else { throw ConversionError(message: "a list cannot mix mappings and values") }
                maps.append(.map(try convert(mapping)))
            }
            return .list(maps)
        }
        let tags = items.map { $0.tag.description }
        let bool = Tag.Name.bool.rawValue, int = Tag.Name.int.rawValue, float = Tag.Name.float.rawValue
        if tags.contains(where: { $0 != bool && $0 != int && $0 != float }) {
            return .list(items.map { .string($0.scalar?.string ?? "") })
        }
        if tags.allSatisfy({ $0 == bool }) {
            return .list(items.map { .bool($0.bool ?? false) })
        }
        if let index = tags.firstIndex(of: bool) {
            let text = items[index].scalar?.string ?? ""
            throw ConversionError(message: "parse int: \(text), strconv.ParseInt: parsing \"\(text)\": invalid syntax")
        }
        if tags.contains(float) {
            return .list(items.map { .float($0.float ?? 0) })
        }
        return .list(items.map { .int(Int64($0.int ?? 0)) })
    }
}
