import ArgumentParser
import Causeway
import CausewayConfig
import CausewayPlugins
import Foundation
import Logging
import ServiceLifecycle

/// `causeway [traefik-style flags]`: runs the gateway. Static configuration comes from one
/// source, as in Traefik: `--configFile` (or causeway.yml / traefik.yml here), else the flags,
/// else `CAUSEWAY_*` / `TRAEFIK_*` environment variables.
@main
struct CausewayRootCommand: AsyncParsableCommand {
    // `causeway [flags]` still runs the gateway: `run` is the default subcommand.
    static let configuration = CommandConfiguration(
        commandName: "causeway",
        abstract: CausewayCommand.configuration.abstract,
        version: Causeway.version,
        subcommands: [CausewayCommand.self, PluginCommand.self],
        defaultSubcommand: CausewayCommand.self
    )
}

struct CausewayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "An API gateway configured like Traefik, with Go plugins run by its own interpreter.",
        discussion: """
            Static configuration flags use Traefik's names, e.g.
              causeway --entryPoints.web.address=:8080 --providers.file.filename=dynamic.yml
              causeway --configFile=examples/quickstart/causeway.yml
            """,
        version: Causeway.version
    )

    @Argument(parsing: .allUnrecognized, help: "Static configuration flags (--configFile, --entryPoints.<name>.address, …).")
    var flags: [String] = []

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let loaded: LoadedStaticConfiguration
        do {
            loaded = try StaticConfiguration.load(
                arguments: flags, environment: environment,
                workingDirectory: FileManager.default.currentDirectoryPath
            )
        } catch {
            FileHandle.standardError.write(Data("causeway: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let log = loaded.configuration.log
        guard let level = GatewayLogHandler.level(named: log.level) else {
            FileHandle.standardError.write(Data("causeway: log.level: unknown level \"\(log.level)\"\n".utf8))
            throw ExitCode(1)
        }
        let format: GatewayLogHandler.Format = log.format.lowercased() == "json" ? .json : .common
        LoggingSystem.bootstrap { label in GatewayLogHandler(label: label, level: level, format: format) }
        let logger = Logger(label: "causeway")
        logger.info("starting Causeway \(Causeway.version)", metadata: ["configuration": "\(loaded.source)"])
        for warning in loaded.warnings {
            logger.warning("\(warning)")
        }
        let workingDirectory = FileManager.default.currentDirectoryPath
        let catalog: LocalPluginCatalog
        do {
            catalog = try LocalPluginCatalog.load(loaded.configuration.experimental, workingDirectory: workingDirectory, logger: logger)
        } catch {
            logger.critical("\(error)")
            throw ExitCode(1)
        }
        let pluginHost = loaded.configuration.experimental == nil
            ? nil : PluginHost(catalog: catalog, workingDirectory: workingDirectory, logger: logger)
        let service = CausewayService(
            staticConfiguration: loaded.configuration, logger: logger, environment: environment, handlerBuilder: pluginHost
        )
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: service)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
        )
        do {
            try await group.run()
        } catch {
            logger.critical("\(error)")
            throw ExitCode(1)
        }
    }
}
