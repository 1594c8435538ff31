import ArgumentParser
import CausewayPlugins
import Foundation

/// `causeway plugin …`: tools for Go middleware plugins.
struct PluginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin",
        abstract: "Work with Go middleware plugins.",
        subcommands: [PluginCheckCommand.self]
    )
}

/// `causeway plugin check <dir>`: validates a plugin folder (its `.traefik.yml`, its Go code
/// against the host packages, and its `testData` against the config type). Exit status 1 on
/// any error.
struct PluginCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a plugin folder: manifest, Go code, and testData decoding."
    )

    @Argument(help: "The plugin's module folder, e.g. plugins-local/src/github.com/acme/myplugin.")
    var directory: String

    func run() throws {
        let report = PluginFolderCheck(directory: directory, workingDirectory: FileManager.default.currentDirectoryPath).run()
        for note in report.notes {
            print("ok: \(note)")
        }
        guard report.succeeded else {
            for error in report.errors {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
            }
            FileHandle.standardError.write(Data("plugin check failed: \(report.errors.count) error(s)\n".utf8))
            throw ExitCode(1)
        }
        print("plugin check passed")
    }
}
