// The remaining core standard-library packages, each in its own folder or file:
// bytes, strings (rest), bufio, sync/atomic, slices, maps, math/bits, unicode, unicode/utf8.
extension NativeRegistry {
    func installCoreLibraries() {
        installStringsPackage()
        installBytesPackage()
        installBufioPackage()
        installAtomicPackage()
        installUnicodePackage()
        installUTF8Package()
        installBitsPackage()
    }
}
