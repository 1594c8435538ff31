import CausewayConfig
import Foundation
import GoInterpreter

/// Compiles a plugin's package with the interpreter's front end (parse, build constraints,
/// vendor/GOPATH resolution, type check against the host packages) and checks the exported API
/// Traefik calls: `CreateConfig() T` and `New(context.Context, http.Handler, T, string)
/// (http.Handler, error)`.
public struct PluginChecker {
    /// Directory file names are shown relative to (usually the gateway's working directory).
    public var displayBase: String

    public init(displayBase: String) {
        self.displayBase = displayBase
    }

    public func check(_ plugin: ResolvedPlugin) -> PluginCheckResult {
        let interpreter = GoInterpreter()
        let table = interpreter.typeTable
        let hosts = PluginPackages(interpreter: interpreter).importer
        let base = displayBase.hasSuffix("/") ? displayBase : displayBase + "/"
        let loader = PackageLoader(table: table, native: hosts, gopaths: [plugin.gopathRoot],
                                   displayName: { $0.hasPrefix(base) ? String($0.dropFirst(base.count)) : $0 })
        var result = PluginCheckResult()
        let loaded = loader.loadRoot(importPath: plugin.importPath)
        result.errors = loader.allDiagnostics.filter { $0.severity == .error }.map { $0.formatted(in: loader.fileSet) }
        guard let loaded, result.errors.isEmpty else {
            if result.errors.isEmpty { result.errors = ["failed to import plugin code \"\(plugin.importPath)\""] }
            return result
        }
        let packageName = loaded.files.first?.packageName.name ?? ""
        result.packageName = packageName
        let manifestFile = displayPath(plugin.moduleDirectory + "/" + PluginManifest.fileName, base: base)
        if packageName != plugin.manifest.effectiveBasePackage {
            let hint = plugin.manifest.basePkg.isEmpty ? "set basePkg: \(packageName)" : "basePkg must be \(packageName)"
            result.errors.append("\(manifestFile): field \"basePkg\": the package is named \"\(packageName)\" but Traefik evaluates \(plugin.manifest.effectiveBasePackage).New (\(hint))")
        }
        let scope = loaded.result.package.scope
        let position = { (object: Object) in loader.fileSet.position(of: object.pos).description }
        guard let createConfig = scope.lookupLocal("CreateConfig"), createConfig.kind == .function,
              let createSignature = createConfig.type.signature else {
            result.errors.append("\(plugin.importPath): failed to eval CreateConfig: the package must declare func CreateConfig()")
            return result
        }
        var configType: GoType?
        if !createSignature.parameters.isEmpty {
            result.errors.append("\(position(createConfig)): CreateConfig must take no arguments, it takes \(createSignature.parameters.count)")
        }
        if createSignature.results.count != 1 {
            result.errors.append("\(position(createConfig)): invalid number of return for the CreateConfig function: \(createSignature.results.count)")
        } else {
            configType = createSignature.results[0]
            result.configTypeName = TypeFormatter.checker.string(createSignature.results[0])
            result.configType = ConfigTypeDescription.describe(createSignature.results[0])
            if createSignature.results[0].pointerElement == nil, !(plugin.manifest.testData ?? [:]).isEmpty {
                result.errors.append("\(position(createConfig)): CreateConfig must return a pointer for options to be decoded into it (failed to create configuration decoder: result must be a pointer)")
            }
        }
        guard let new = scope.lookupLocal("New"), new.kind == .function, let newSignature = new.type.signature else {
            result.errors.append("\(plugin.importPath): failed to eval New: the package must declare func New(ctx context.Context, next http.Handler, config \(result.configTypeName ?? "*Config"), name string) (http.Handler, error)")
            return result
        }
        result.errors += checkNew(newSignature, configType: configType, at: position(new))
        return result
    }

    private func checkNew(_ signature: Signature, configType: GoType?, at position: String) -> [String] {
        let format = { (type: GoType) in TypeFormatter.checker.string(type) }
        let config = configType.map(format) ?? "*Config"
        let expected = "func New(ctx context.Context, next http.Handler, config \(config), name string) (http.Handler, error)"
        let parameters = signature.parameters.map(format)
        let results = signature.results.map(format)
        var errors: [String] = []
        // When CreateConfig itself is wrong, its type cannot be compared: accept any config.
        let expectedParameters = ["context.Context", "http.Handler", configType == nil ? parameters.dropFirst(2).first ?? "" : config, "string"]
        if signature.isVariadic || parameters != expectedParameters {
            errors.append("\(position): New has parameters (\(parameters.joined(separator: ", "))); Traefik calls \(expected)")
        }
        let handlerOK = results.first.map { $0 == "http.Handler" || Self.hasServeHTTP(signature.results[0]) } ?? false
        if !handlerOK || results.count > 2 || (results.count == 2 && results[1] != "error") {
            errors.append("\(position): New returns (\(results.joined(separator: ", "))); Traefik expects (http.Handler, error) as in \(expected)")
        }
        return errors
    }

    /// A concrete result type is accepted when it has a ServeHTTP method (Traefik only checks
    /// that the returned value implements http.Handler).
    private static func hasServeHTTP(_ type: GoType) -> Bool {
        let named = type.pointerElement?.named ?? type.named
        return named?.method(named: "ServeHTTP", package: nil) != nil
    }

    private func displayPath(_ path: String, base: String) -> String {
        path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
