import GoInterpreter

/// `net`: IP addresses and networks (no sockets: plugins do not dial through this package).
enum NetPackage {
    static func declare(table: TypeTable) -> PackageScope {
        let w = HostPackageWriter(table: table, path: "net")
        let ip = w.type("IP", table.slice(of: .byte))
        let mask = w.type("IPMask", table.slice(of: .byte))
        let network = w.type("IPNet", table.structure([w.field("IP", ip), w.field("Mask", mask)]))
        w.method(ip, "String", [], [.string])
        w.method(ip, "To4", [], [ip])
        w.method(ip, "To16", [], [ip])
        w.method(ip, "Equal", [ip], [.bool])
        w.method(ip, "IsLoopback", [], [.bool])
        w.method(ip, "IsPrivate", [], [.bool])
        w.method(ip, "IsUnspecified", [], [.bool])
        w.method(ip, "Mask", [mask], [ip])
        w.method(mask, "Size", [], [.int, .int])
        w.method(mask, "String", [], [.string])
        w.method(network, "Contains", [ip], [.bool], pointer: true)
        w.method(network, "String", [], [.string], pointer: true)
        w.method(network, "Network", [], [.string], pointer: true)
        w.function("ParseIP", [.string], [ip])
        w.function("ParseCIDR", [.string], [ip, table.pointer(to: network), .error])
        w.function("SplitHostPort", [.string], [.string, .string, .error])
        w.function("JoinHostPort", [.string, .string], [.string])
        w.function("CIDRMask", [.int, .int], [mask])
        w.function("IPv4", [.byte, .byte, .byte, .byte], [ip])
        w.function("IPv4Mask", [.byte, .byte, .byte, .byte], [mask])
        w.constant("IPv4len", .untypedInt, .integer(4))
        w.constant("IPv6len", .untypedInt, .integer(16))
        return w.build()
    }
}
