import CausewayConfig
import Foundation
import Logging

/// `causeway plugin check <dir>`: validates one plugin folder the way the gateway would load
/// it — manifest, Go code, and the manifest's `testData` decoded into the config type.
public struct PluginFolderCheck {
    /// Report lines (what was checked and found) and errors; the check failed when `errors`
    /// is not empty.
    public struct Report: Sendable {
        public var notes: [String] = []
        public var errors: [String] = []
        public var succeeded: Bool { errors.isEmpty }
    }

    public let directory: String
    public let workingDirectory: String

    public init(directory: String, workingDirectory: String) {
        self.directory = directory
        self.workingDirectory = workingDirectory
    }

    public func run() -> Report {
        var report = Report()
        let absolute = URL(fileURLWithPath: directory, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
            .standardizedFileURL.path
        let shown = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let manifestFile = shown + "/" + PluginManifest.fileName
        let manifest: PluginManifest
        do {
            manifest = try PluginManifest.load(moduleDirectory: absolute, displayPath: manifestFile)
        } catch {
            report.errors.append(error.description)
            return report
        }
        guard let (gopath, moduleName, cleanup) = gopathLayout(of: absolute, manifest: manifest) else {
            report.errors.append("\(manifestFile): cannot work out the module name: put the plugin under <gopath>/src/<moduleName>/ or give it a go.mod")
            return report
        }
        defer { cleanup() }
        report.notes.append("module \(moduleName), import \(manifest.importPath)")
        let problems = manifest.validate(moduleName: moduleName, file: manifestFile)
        if !problems.isEmpty {
            report.errors += problems.map(\.description)
            return report
        }
        let plugin = ResolvedPlugin(alias: "check", moduleName: moduleName, gopathRoot: gopath,
                                    moduleDirectory: gopath + "/src/" + moduleName, manifest: manifest, settings: nil)
        let result = PluginChecker(displayBase: gopath + "/src/" + moduleName).check(plugin)
        // Show checker file names relative to the folder the user named.
        report.errors += result.errors.map { $0.hasPrefix(manifest.importPath + ":") || $0.hasPrefix("/") ? $0 : shown + "/" + $0 }
        guard result.succeeded else { return report }
        report.notes.append("package \(result.packageName ?? "?") compiles; CreateConfig returns \(result.configTypeName ?? "?"); New has Traefik's signature")
        // Instantiate as the gateway would: CreateConfig, testData decoded into it, New.
        do {
            let runtime = try PluginRuntime(plugin: plugin, displayBase: gopath + "/src/" + moduleName,
                                            budget: PluginHost.defaultBudget, logger: Logger(label: "causeway.plugin-check"))
            let middleware = try runtime.instantiate(name: "check@file", options: manifest.testData ?? [:], router: "check@file")
            report.notes.append("CreateConfig ran; New(ctx, next, config, \"check@file\") returned a handler; testData decoded into \(result.configTypeName ?? "the config"): \(middleware.decodedConfig?.goDescription ?? "?")")
        } catch {
            let decoding = error.description.hasPrefix("plugin: failed to decode")
            report.errors.append("\(manifestFile): \(decoding ? "field \"testData\"" : "instantiating with testData"): \(error.description)")
        }
        return report
    }

    /// The GOPATH root and module name of a plugin folder: `<root>/src/<module>` when the folder
    /// sits in such a tree and the import path agrees, else a temporary GOPATH whose
    /// `src/<module>` links to the folder (module from go.mod, else the manifest's import).
    private func gopathLayout(of directory: String, manifest: PluginManifest) -> (String, String, () -> Void)? {
        var searchRange = directory.startIndex..<directory.endIndex
        while let found = directory.range(of: "/src/", range: searchRange) {
            let module = String(directory[found.upperBound...])
            if !module.isEmpty, manifest.importPath == module || manifest.importPath.hasPrefix(module + "/") {
                return (String(directory[..<found.lowerBound]), module, {})
            }
            searchRange = found.upperBound..<directory.endIndex
        }
        let module = Self.goModModule(directory) ?? manifest.importPath
        guard !module.isEmpty else { return nil }
        let root = NSTemporaryDirectory() + "causeway-plugin-check-\(UUID().uuidString)"
        let link = root + "/src/" + module
        do {
            try FileManager.default.createDirectory(atPath: (link as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory)
        } catch {
            return nil
        }
        return (root, module, { try? FileManager.default.removeItem(atPath: root) })
    }

    static func goModModule(_ directory: String) -> String? {
        guard let text = try? String(contentsOfFile: directory + "/go.mod", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("module ") {
            return line.dropFirst(7).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}
