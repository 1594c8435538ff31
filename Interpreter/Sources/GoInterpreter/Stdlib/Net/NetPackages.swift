// net/url, net and net/netip: parsing and formatting only (no sockets, no name lookups).
extension NativeRegistry {
    func installNetPackages() {
        installURL()
        installNet()
        installNetAddrTypes()
        installNetip()
    }
}
