extension PluginManifest {
    /// Checks the manifest as Traefik does at startup (§1.4 of the compatibility notes) for a
    /// plugin declared with `moduleName`, returning every problem found, in Traefik's order.
    /// Wasm plugins are valid manifests for Traefik but cannot run here, so they are rejected.
    public func validate(moduleName: String, file: String) -> [PluginManifestError] {
        var errors: [PluginManifestError] = []
        func fail(_ field: String, _ message: String) {
            errors.append(PluginManifestError(file: file, field: field, message: message))
        }
        switch type {
        case "middleware":
            if !["", "yaegi", "wasm"].contains(runtime) { fail("runtime", "unsupported runtime '\"\(runtime)\"'") }
        case "provider":
            if !["", "yaegi"].contains(runtime) { fail("runtime", "unsupported runtime '\"\(runtime)\"'") }
        case "":
            fail("type", "missing type (expected \"middleware\")")
        default:
            fail("type", "unsupported type \"\(type)\"")
        }
        if runtime == "wasm" {
            fail("runtime", "wasm plugins are not supported by Causeway: only Go (yaegi) plugins run in its interpreter")
        }
        if isInterpreted {
            if importPath.isEmpty {
                fail("import", "missing import")
            } else if !importPath.hasPrefix(moduleName) {
                fail("import", "the import \"\(importPath)\" must be related to the module name \"\(moduleName)\"")
            }
        }
        if displayName.isEmpty { fail("displayName", "missing DisplayName") }
        if summary.isEmpty { fail("summary", "missing Summary") }
        if testData == nil { fail("testData", "missing TestData") }
        if !basePkg.isEmpty && !Self.isGoIdentifier(basePkg) {
            fail("basePkg", "\"\(basePkg)\" is not a Go identifier")
        }
        return errors
    }

    static func isGoIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || $0.properties.numericType == .decimal }
    }
}
