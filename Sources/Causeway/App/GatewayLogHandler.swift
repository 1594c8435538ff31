import Foundation
import Logging

/// Writes log records to standard error in Traefik's two formats: `common` (one readable line)
/// or `json` (one object per line, for log shippers).
public struct GatewayLogHandler: LogHandler {
    public enum Format: Sendable { case common, json }

    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let format: Format

    public init(label: String, level: Logger.Level, format: Format) {
        self.label = label
        self.logLevel = level
        self.format = format
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields = metadata
        if let extra = event.metadata { fields.merge(extra) { _, new in new } }
        let time = ISO8601DateFormatter().string(from: Date())
        let line: String
        switch format {
        case .common:
            let rendered = fields.keys.sorted().map { "\($0)=\(fields[$0]!)" }.joined(separator: " ")
            line = "\(time) \(Self.levelName(event.level)) \(event.message)\(rendered.isEmpty ? "" : " " + rendered)\n"
        case .json:
            var object: [String: String] = ["time": time, "level": Self.levelName(event.level).lowercased(), "message": "\(event.message)"]
            for (key, value) in fields { object[key] = "\(value)" }
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            line = String(decoding: data, as: UTF8.self) + "\n"
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func levelName(_ level: Logger.Level) -> String {
        switch level {
        case .trace: return "TRC"
        case .debug: return "DBG"
        case .info: return "INF"
        case .notice: return "INF"
        case .warning: return "WRN"
        case .error: return "ERR"
        case .critical: return "FTL"
        }
    }

    /// Traefik's level names (TRACE, DEBUG, INFO, WARN, ERROR, FATAL, PANIC), case-insensitive.
    public static func level(named name: String) -> Logger.Level? {
        switch name.uppercased() {
        case "TRACE": return .trace
        case "DEBUG": return .debug
        case "INFO": return .info
        case "WARN", "WARNING": return .warning
        case "ERROR": return .error
        case "FATAL", "PANIC": return .critical
        default: return nil
        }
    }
}
