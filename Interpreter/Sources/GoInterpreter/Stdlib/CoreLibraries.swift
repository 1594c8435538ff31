// The remaining core standard-library packages, each in its own folder or file:
// bytes, strings (rest), bufio, sync/atomic, math/bits, unicode, unicode/utf8 in Swift, and
// the generic ones (cmp, iter, slices, maps) as Go source (see Generic/SourcePackages.swift).
extension NativeRegistry {
    func installCoreLibraries() {
        installStringsPackage()
        installBytesPackage()
        installBufioPackage()
        installAtomicPackage()
        installUnicodePackage()
        installUTF8Package()
        installBitsPackage()
        installRuntimePackage()
        installMathConstants()
        installComplexPackages()
        installFmtInterfaces()
    }

    static let standardSourcePackages: [String: String] = [
        "cmp": SourcePackages.cmp,
        "iter": SourcePackages.iter,
        "slices": SourcePackages.slices,
        "maps": SourcePackages.maps,
    ]
}
