// One entry point for the data-encoding and hashing packages (after io, which they use).
extension NativeRegistry {
    func installEncodingAndCrypto() {
        installBase64()
        installBase32()
        installHex()
        installCrypto()
        installJSON()
    }
}
