import GoStdlibCore

// net: IP, IPMask and IPNet as Go declares them (an IP is a []byte of 4 or 16 bytes),
// ParseIP/ParseCIDR, masks, SplitHostPort/JoinHostPort, and the error types they return.
extension NativeRegistry {
    func installNet() {
        let T = table
        let str = GoType.string, bool = GoType.bool, int = GoType.int
        let pkg = PackageRef(path: "net", name: "net")
        func field(_ name: String, _ t: GoType) -> StructField { StructField(name: name, type: t, package: pkg) }

        let ip = T.newNamed("IP", package: pkg)
        ip.named?.setUnderlying(T.slice(of: .byte))
        type("net", "IP", ip)
        let ipMask = T.newNamed("IPMask", package: pkg)
        ipMask.named?.setUnderlying(T.slice(of: .byte))
        type("net", "IPMask", ipMask)
        let ipNet = T.newNamed("IPNet", package: pkg)
        ipNet.named?.setUnderlying(T.structure([field("IP", ip), field("Mask", ipMask)]))
        type("net", "IPNet", ipNet)
        let ipNetPointer = T.pointer(to: ipNet)
        constant("net", "IPv4len", .untypedInt, .integer(4))
        constant("net", "IPv6len", .untypedInt, .integer(16))

        // Error types: both are pointers to structs with exported fields, as in Go.
        let parseError = T.newNamed("ParseError", package: pkg)
        parseError.named?.setUnderlying(T.structure([field("Type", str), field("Text", str)]))
        type("net", "ParseError", parseError)
        let parseErrorPointer = T.pointer(to: parseError)
        method(parseError, "Error", pointer: true, sig([], [str])) { c in
            guard let b = c[0].o as? Box else { return [.string("<nil>")] }
            return [.str(Array("invalid ".utf8) + b.f[0].s + Array(": ".utf8) + b.f[1].s)]
        }
        let addrError = T.newNamed("AddrError", package: pkg)
        addrError.named?.setUnderlying(T.structure([field("Err", str), field("Addr", str)]))
        type("net", "AddrError", addrError)
        let addrErrorPointer = T.pointer(to: addrError)
        method(addrError, "Error", pointer: true, sig([], [str])) { c in
            guard let b = c[0].o as? Box else { return [.string("<nil>")] }
            let address = b.f[1].s
            return [.str(address.isEmpty ? b.f[0].s : Array("address ".utf8) + address + Array(": ".utf8) + b.f[0].s)]
        }
        // net.Error: what callers test timeouts with (`err.(net.Error)`).
        let netError = T.newNamed("Error", package: pkg)
        netError.named?.setUnderlying(T.interface(methods: [
            Method(name: "Error", package: nil, signature: sig([], [str])),
            Method(name: "Temporary", package: nil, signature: sig([], [bool])),
            Method(name: "Timeout", package: nil, signature: sig([], [bool])),
        ]))
        type("net", "Error", netError)
        for t in [parseError, addrError] {
            method(t, "Timeout", pointer: true, sig([], [bool])) { _ in [.bool(false)] }
            method(t, "Temporary", pointer: true, sig([], [bool])) { _ in [.bool(false)] }
        }

        /// nil for a nil result, as Go's functions return nil IPs and masks.
        func bytesValue(_ b: [UInt8]?) -> Value { b.map { byteSliceValue($0) } ?? .none }

        // Functions and variables.
        function("net", "ParseIP", sig([str], [ip])) { c in [bytesValue(GoNetIP.parseIP(c[0].s))] }
        function("net", "IPv4", sig([.byte, .byte, .byte, .byte], [ip])) { c in
            let b = (0..<4).map { UInt8(truncatingIfNeeded: c[$0].i) }
            return [byteSliceValue(GoNetIP.ipv4(b[0], b[1], b[2], b[3]))]
        }
        function("net", "IPv4Mask", sig([.byte, .byte, .byte, .byte], [ipMask])) { c in
            [byteSliceValue((0..<4).map { UInt8(truncatingIfNeeded: c[$0].i) })]
        }
        function("net", "CIDRMask", sig([int, int], [ipMask])) { c in [bytesValue(GoNetIP.cidrMask(ones: Int(c[0].i), bits: Int(c[1].i)))] }
        function("net", "ParseCIDR", sig([str], [ip, ipNetPointer, .error])) { c in
            guard let r = GoNetIP.parseCIDR(c[0].s) else {
                let e = Box([.string("CIDR address"), .str(c[0].s)])
                return [.none, .none, .obj(IfaceVal(type: parseErrorPointer, value: .obj(e)))]
            }
            return [byteSliceValue(r.ip), .obj(Box([byteSliceValue(r.network), byteSliceValue(r.mask)])), .none]
        }
        function("net", "SplitHostPort", sig([str], [str, str, .error])) { c in
            switch GoNetIP.splitHostPort(c[0].s) {
            case .success(let r): return [.str(r.host), .str(r.port), .none]
            case .failure(let e):
                let box = Box([.string(e.reason), .str(e.address)])
                return [.str([]), .str([]), .obj(IfaceVal(type: addrErrorPointer, value: .obj(box)))]
            }
        }
        function("net", "JoinHostPort", sig([str, str], [str])) { c in [.str(GoNetIP.joinHostPort(c[0].s, c[1].s))] }
        for (name, bytes) in [("IPv4bcast", GoNetIP.ipv4(255, 255, 255, 255)), ("IPv4allsys", GoNetIP.ipv4(224, 0, 0, 1)),
                              ("IPv4allrouter", GoNetIP.ipv4(224, 0, 0, 2)), ("IPv4zero", GoNetIP.ipv4(0, 0, 0, 0)),
                              ("IPv6zero", [UInt8](repeating: 0, count: 16)), ("IPv6unspecified", [UInt8](repeating: 0, count: 16)),
                              ("IPv6loopback", [UInt8](repeating: 0, count: 15) + [1])] {
            variable("net", name, ip, .obj(Cell(byteSliceValue(bytes))))
        }

        // IP methods (value receivers on the byte slice).
        func predicate(_ name: String, _ test: @escaping @Sendable ([UInt8]) -> Bool) {
            method(ip, name, pointer: false, sig([], [bool])) { c in [.bool(test(bytesOfSlice(c[0])))] }
        }
        predicate("IsLoopback", GoNetIP.isLoopback)
        predicate("IsPrivate", GoNetIP.isPrivate)
        predicate("IsUnspecified", GoNetIP.isUnspecified)
        predicate("IsGlobalUnicast", GoNetIP.isGlobalUnicast)
        predicate("IsMulticast", GoNetIP.isMulticast)
        predicate("IsLinkLocalUnicast", GoNetIP.isLinkLocalUnicast)
        method(ip, "String", pointer: false, sig([], [str])) { c in [.str(GoNetIP.string(bytesOfSlice(c[0])))] }
        method(ip, "Equal", pointer: false, sig([ip], [bool])) { c in [.bool(GoNetIP.equal(bytesOfSlice(c[0]), bytesOfSlice(c[1])))] }
        method(ip, "To4", pointer: false, sig([], [ip])) { c in
            // A 4-byte IP is returned as is (sharing its bytes), as Go does.
            if sliceLength(c[0]) == 4 { return [c[0]] }
            return [bytesValue(GoNetIP.to4(bytesOfSlice(c[0])))]
        }
        method(ip, "To16", pointer: false, sig([], [ip])) { c in
            if sliceLength(c[0]) == 16 { return [c[0]] }
            return [bytesValue(GoNetIP.to16(bytesOfSlice(c[0])))]
        }
        method(ip, "DefaultMask", pointer: false, sig([], [ipMask])) { c in [bytesValue(GoNetIP.defaultMask(bytesOfSlice(c[0])))] }
        method(ip, "Mask", pointer: false, sig([ipMask], [ip])) { c in [bytesValue(GoNetIP.mask(bytesOfSlice(c[0]), bytesOfSlice(c[1])))] }

        // IPMask methods.
        method(ipMask, "Size", pointer: false, sig([], [int, int])) { c in
            let (ones, bits) = GoNetIP.maskSize(bytesOfSlice(c[0]))
            return [.int(Int64(ones)), .int(Int64(bits))]
        }
        method(ipMask, "String", pointer: false, sig([], [str])) { c in [.str(GoNetIP.maskString(bytesOfSlice(c[0])))] }

        // *IPNet methods.
        func network(_ v: Value) -> (ip: [UInt8], mask: [UInt8])? {
            guard let b = v.o as? Box else { return nil }
            return (bytesOfSlice(b.f[0]), bytesOfSlice(b.f[1]))
        }
        method(ipNet, "Contains", pointer: true, sig([ip], [bool])) { c in
            guard let n = network(c[0]) else { throw GoPanicError.runtime("invalid memory address or nil pointer dereference") }
            return [.bool(GoNetIP.networkContains(ip: n.ip, mask: n.mask, bytesOfSlice(c[1])))]
        }
        method(ipNet, "String", pointer: true, sig([], [str])) { c in
            guard let n = network(c[0]) else { return [.string("<nil>")] }
            return [.str(GoNetIP.networkString(ip: n.ip, mask: n.mask))]
        }
        method(ipNet, "Network", pointer: true, sig([], [str])) { _ in [.string("ip+net")] }
    }
}
