import Causeway
import GoInterpreter
import Logging

/// One instance of a plugin in one router: its `http.Handler` from `New`. Each request becomes
/// a goroutine on the plugin's scheduler running `ServeHTTP(rw, req)` under the call budget; a
/// panic or an exhausted budget answers 500 (if nothing was sent yet) and is logged with the
/// plugin name and the Go message.
final class PluginMiddleware: HandlerMiddleware, @unchecked Sendable {
    let runtime: PluginRuntime
    let name: String
    let router: String
    private let serveHTTP: GoValue
    private let cancel: GoValue?
    /// The configuration New received, as the option decoder saw it (for `plugin check`).
    var decodedConfig: ConfigValue?

    init(runtime: PluginRuntime, name: String, router: String, serveHTTP: GoValue, cancel: GoValue?) {
        self.runtime = runtime
        self.name = name
        self.router = router
        self.serveHTTP = serveHTTP
        self.cancel = cancel
    }

    func serve(_ exchange: HandlerExchange) {
        let writer = ResponseWriterState(exchange: exchange)
        let runtime = self.runtime
        let name = self.name
        // The Go values are built on the plugin's thread: the event loop only hands over.
        runtime.program.callAsync(function: serveHTTP, budget: runtime.budget, includeTrace: true, arguments: {
            let http = runtime.packages.http
            let rw = GoValue.interface(.structure([.hostObject(writer)]), type: http.types.hostResponsePointer)
            return [rw, http.values.make(exchange, context: runtime.packages.runtime.background)]
        }) { result in
            switch result {
            case .success:
                writer.finish()
            case .failure(let error):
                runtime.logger.error("plugin failed while serving a request: \(PluginRuntime.describe(error))", metadata: [
                    "middlewareName": "\(name)", "routerName": "\(exchange.routerName)",
                ])
                writer.abort()
            }
        }
    }

    /// The configuration that built this instance was replaced: cancel the context given to New.
    func release() {
        guard let cancel else { return }
        runtime.program.callAsync(function: cancel, []) { _ in }
    }
}
