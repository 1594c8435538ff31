import GoStdlibCore

// net/netip: Addr, Prefix and AddrPort as comparable value structs, so `==`, map keys and
// copies behave as in Go. Layouts (unexported fields, mirroring GoStdlibCore's model):
//   Addr     Box [hi uint64, lo uint64, family int (0 invalid, 4, 6), zone string]
//   Prefix   Box [ip Addr (inline), bitsPlusOne int]   (the zero value is invalid)
//   AddrPort Box [ip Addr (inline), port uint16]
enum NetipValues {
    static func addr(_ a: GoIPAddr) -> Value {
        .obj(Box([.int(Int64(bitPattern: a.hi)), .int(Int64(bitPattern: a.lo)), .int(Int64(a.family.rawValue)), .str(a.zone)]))
    }
    static func goAddr(_ v: Value) -> GoIPAddr {
        guard let b = v.o as? Box, b.f.count == 4 else { return .invalid }
        return GoIPAddr(hi: UInt64(bitPattern: b.f[0].i), lo: UInt64(bitPattern: b.f[1].i),
                        family: GoIPAddr.Family(rawValue: Int(b.f[2].i)) ?? .invalid, zone: b.f[3].s)
    }
    static func prefix(_ p: GoIPPrefix) -> Value { .obj(Box([addr(p.addr), .int(Int64(p.bitsPlusOne))], inline: [0])) }
    static func goPrefix(_ v: Value) -> GoIPPrefix {
        guard let b = v.o as? Box, b.f.count == 2 else { return GoIPPrefix(addr: .invalid, bitsPlusOne: 0) }
        return GoIPPrefix(addr: goAddr(b.f[0]), bitsPlusOne: Int(b.f[1].i))
    }
    static func addrPort(_ p: GoIPAddrPort) -> Value { .obj(Box([addr(p.addr), .int(Int64(p.port))], inline: [0])) }
    static func goAddrPort(_ v: Value) -> GoIPAddrPort {
        guard let b = v.o as? Box, b.f.count == 2 else { return GoIPAddrPort(addr: .invalid, port: 0) }
        return GoIPAddrPort(addr: goAddr(b.f[0]), port: UInt16(truncatingIfNeeded: b.f[1].i))
    }
}

extension NativeRegistry {
    func installNetip() {
        let T = table
        let str = GoType.string, bool = GoType.bool, int = GoType.int
        let pkg = PackageRef(path: "net/netip", name: "netip")
        func field(_ name: String, _ t: GoType) -> StructField { StructField(name: name, type: t, package: pkg) }
        let byte4 = T.array(of: .byte, length: 4), byte16 = T.array(of: .byte, length: 16)

        let addr = T.newNamed("Addr", package: pkg)
        addr.named?.setUnderlying(T.structure([field("hi", .uint64), field("lo", .uint64), field("family", int), field("zone", str)]))
        type("net/netip", "Addr", addr)
        let prefix = T.newNamed("Prefix", package: pkg)
        prefix.named?.setUnderlying(T.structure([field("ip", addr), field("bitsPlusOne", int)]))
        type("net/netip", "Prefix", prefix)
        let addrPort = T.newNamed("AddrPort", package: pkg)
        addrPort.named?.setUnderlying(T.structure([field("ip", addr), field("port", .uint16)]))
        type("net/netip", "AddrPort", addrPort)

        // ParseAddr's and ParsePrefix's errors are unexported struct types in Go; one
        // message-carrying type stands in for both (only %T would tell them apart).
        let parseError = T.newNamed("parseAddrError", package: pkg)
        parseError.named?.setUnderlying(T.structure([field("msg", str)]))
        method(parseError, "Error", pointer: false, sig([], [str])) { c in [(c[0].o as? Box)?.f[0] ?? .str([])] }
        func parseErrorValue(_ text: [UInt8]) -> Value { .obj(IfaceVal(type: parseError, value: .obj(Box([.str(text)])))) }
        let errorStringPointer = self.errorStringPointer
        func plainError(_ text: [UInt8]) -> Value { .obj(IfaceVal(type: errorStringPointer, value: .obj(Box([.str(text)])))) }
        func mustPanic(_ error: Value) -> GoPanicError { GoPanicError(value: error, isRuntimeError: false) }

        let A = NetipValues.addr, a = NetipValues.goAddr
        let P = NetipValues.prefix, p = NetipValues.goPrefix

        // Constructors and parsers.
        function("net/netip", "ParseAddr", sig([str], [addr, .error])) { c in
            switch GoIPAddr.parse(c[0].s) {
            case .success(let x): return [A(x), .none]
            case .failure(let e): return [A(.invalid), parseErrorValue(e.text)]
            }
        }
        function("net/netip", "MustParseAddr", sig([str], [addr])) { c in
            switch GoIPAddr.parse(c[0].s) {
            case .success(let x): return [A(x)]
            case .failure(let e): throw mustPanic(parseErrorValue(e.text))
            }
        }
        function("net/netip", "AddrFrom4", sig([byte4], [addr])) { c in
            [A(GoIPAddr.from4(((c[0].o as? Box)?.f ?? []).map { UInt8(truncatingIfNeeded: $0.i) }))]
        }
        function("net/netip", "AddrFrom16", sig([byte16], [addr])) { c in
            [A(GoIPAddr.from16(((c[0].o as? Box)?.f ?? []).map { UInt8(truncatingIfNeeded: $0.i) }))]
        }
        function("net/netip", "AddrFromSlice", sig([T.slice(of: .byte)], [addr, bool])) { c in
            let b = bytesOfSlice(c[0])
            switch b.count {
            case 4: return [A(GoIPAddr.from4(b)), .bool(true)]
            case 16: return [A(GoIPAddr.from16(b)), .bool(true)]
            default: return [A(.invalid), .bool(false)]
            }
        }
        function("net/netip", "IPv4Unspecified", sig([], [addr])) { _ in [A(GoIPAddr.from4([0, 0, 0, 0]))] }
        function("net/netip", "IPv6Unspecified", sig([], [addr])) { _ in [A(GoIPAddr(hi: 0, lo: 0, family: .v6))] }
        function("net/netip", "IPv6Loopback", sig([], [addr])) { _ in [A(GoIPAddr(hi: 0, lo: 1, family: .v6))] }
        function("net/netip", "ParsePrefix", sig([str], [prefix, .error])) { c in
            switch GoIPPrefix.parse(c[0].s) {
            case .success(let x): return [P(x), .none]
            case .failure(let e): return [P(GoIPPrefix(addr: .invalid, bitsPlusOne: 0)), parseErrorValue(e.text)]
            }
        }
        function("net/netip", "MustParsePrefix", sig([str], [prefix])) { c in
            switch GoIPPrefix.parse(c[0].s) {
            case .success(let x): return [P(x)]
            case .failure(let e): throw mustPanic(parseErrorValue(e.text))
            }
        }
        function("net/netip", "PrefixFrom", sig([addr, int], [prefix])) { c in [P(GoIPPrefix.from(a(c[0]), bits: Int(c[1].i)))] }
        function("net/netip", "ParseAddrPort", sig([str], [addrPort, .error])) { c in
            switch GoIPAddrPort.parse(c[0].s) {
            case .success(let x): return [NetipValues.addrPort(x), .none]
            case .failure(let e): return [NetipValues.addrPort(GoIPAddrPort(addr: .invalid, port: 0)), plainError(e.text)]
            }
        }
        function("net/netip", "MustParseAddrPort", sig([str], [addrPort])) { c in
            switch GoIPAddrPort.parse(c[0].s) {
            case .success(let x): return [NetipValues.addrPort(x)]
            case .failure(let e): throw mustPanic(plainError(e.text))
            }
        }
        function("net/netip", "AddrPortFrom", sig([addr, .uint16], [addrPort])) { c in
            [NetipValues.addrPort(GoIPAddrPort(addr: a(c[0]), port: UInt16(truncatingIfNeeded: c[1].i)))]
        }

        // Addr methods (value receivers).
        func addrPredicate(_ name: String, _ test: @escaping @Sendable (GoIPAddr) -> Bool) {
            method(addr, name, pointer: false, sig([], [bool])) { c in [.bool(test(a(c[0])))] }
        }
        addrPredicate("IsValid") { $0.isValid }
        addrPredicate("Is4") { $0.is4 }
        addrPredicate("Is6") { $0.is6 }
        addrPredicate("Is4In6") { $0.is4In6 }
        addrPredicate("IsLoopback") { $0.isLoopback }
        addrPredicate("IsPrivate") { $0.isPrivate }
        addrPredicate("IsUnspecified") { $0.isUnspecified }
        addrPredicate("IsMulticast") { $0.isMulticast }
        addrPredicate("IsLinkLocalUnicast") { $0.isLinkLocalUnicast }
        addrPredicate("IsGlobalUnicast") { $0.isGlobalUnicast }
        method(addr, "Next", pointer: false, sig([], [addr])) { c in [A(a(c[0]).next)] }
        method(addr, "Prev", pointer: false, sig([], [addr])) { c in [A(a(c[0]).previous)] }
        method(addr, "StringExpanded", pointer: false, sig([], [str])) { c in [.str(a(c[0]).expandedString)] }
        method(addr, "Unmap", pointer: false, sig([], [addr])) { c in [A(a(c[0]).unmapped)] }
        method(addr, "String", pointer: false, sig([], [str])) { c in [.str(a(c[0]).string)] }
        method(addr, "BitLen", pointer: false, sig([], [int])) { c in [.int(Int64(a(c[0]).bitLength))] }
        method(addr, "Zone", pointer: false, sig([], [str])) { c in [.str(a(c[0]).zone)] }
        method(addr, "WithZone", pointer: false, sig([str], [addr])) { c in
            var x = a(c[0])
            if x.is6 { x.zone = c[1].s }
            return [A(x)]
        }
        method(addr, "Compare", pointer: false, sig([addr], [int])) { c in [.int(Int64(a(c[0]).compare(a(c[1]))))] }
        method(addr, "Less", pointer: false, sig([addr], [bool])) { c in [.bool(a(c[0]).compare(a(c[1])) < 0)] }
        method(addr, "As4", pointer: false, sig([], [byte4])) { c in
            let x = a(c[0])
            if x.is4 || x.is4In6 { return [.obj(Box(x.bytes16[12...].map { .int(Int64($0)) }))] }
            throw GoPanicError.plain(x.isValid ? "As4 called on IPv6 address" : "As4 called on IP zero value")
        }
        method(addr, "As16", pointer: false, sig([], [byte16])) { c in [.obj(Box(a(c[0]).bytes16.map { .int(Int64($0)) }))] }
        method(addr, "AsSlice", pointer: false, sig([], [T.slice(of: .byte)])) { c in
            let x = a(c[0])
            return [x.isValid ? byteSliceValue(x.bytes) : .none]
        }
        method(addr, "Prefix", pointer: false, sig([int], [prefix, .error])) { c in
            let x = a(c[0]), bits = Int(c[1].i)
            if bits < 0 { return [P(GoIPPrefix(addr: .invalid, bitsPlusOne: 0)), plainError(Array("negative Prefix bits".utf8))] }
            if !x.isValid { return [P(GoIPPrefix(addr: .invalid, bitsPlusOne: 0)), .none] }
            if bits > x.bitLength {
                return [P(GoIPPrefix(addr: .invalid, bitsPlusOne: 0)),
                        plainError(Array("prefix length \(bits) too large for IPv\(x.is4 ? 4 : 6)".utf8))]
            }
            return [P(GoIPPrefix(addr: x.masked(bits: bits), bitsPlusOne: bits + 1)), .none]
        }

        // Prefix methods.
        method(prefix, "Addr", pointer: false, sig([], [addr])) { c in [A(p(c[0]).addr)] }
        method(prefix, "Bits", pointer: false, sig([], [int])) { c in [.int(Int64(p(c[0]).bits))] }
        method(prefix, "IsValid", pointer: false, sig([], [bool])) { c in [.bool(p(c[0]).isValid)] }
        method(prefix, "IsSingleIP", pointer: false, sig([], [bool])) { c in
            let x = p(c[0])
            return [.bool(x.isValid && x.bits == x.addr.bitLength)]
        }
        method(prefix, "Masked", pointer: false, sig([], [prefix])) { c in [P(p(c[0]).masked)] }
        method(prefix, "Contains", pointer: false, sig([addr], [bool])) { c in [.bool(p(c[0]).contains(a(c[1])))] }
        method(prefix, "Overlaps", pointer: false, sig([prefix], [bool])) { c in [.bool(p(c[0]).overlaps(p(c[1])))] }
        method(prefix, "String", pointer: false, sig([], [str])) { c in [.str(p(c[0]).string)] }

        // AddrPort methods.
        method(addrPort, "Addr", pointer: false, sig([], [addr])) { c in [A(NetipValues.goAddrPort(c[0]).addr)] }
        method(addrPort, "Port", pointer: false, sig([], [.uint16])) { c in [.int(Int64(NetipValues.goAddrPort(c[0]).port))] }
        method(addrPort, "IsValid", pointer: false, sig([], [bool])) { c in [.bool(NetipValues.goAddrPort(c[0]).addr.isValid)] }
        method(addrPort, "String", pointer: false, sig([], [str])) { c in [.str(NetipValues.goAddrPort(c[0]).string)] }
    }
}
