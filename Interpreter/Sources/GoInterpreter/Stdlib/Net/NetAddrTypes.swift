import GoStdlibCore

// net.Addr and the plain address structs (TCPAddr, UDPAddr, IPAddr): data only, for code
// that formats or inspects addresses; nothing here opens a socket.
extension NativeRegistry {
    func installNetAddrTypes() {
        let T = table
        let str = GoType.string, int = GoType.int
        let pkg = PackageRef(path: "net", name: "net")
        guard let ip = packages["net"]?.types["IP"] else { return }
        func field(_ name: String, _ t: GoType) -> StructField { StructField(name: name, type: t, package: pkg) }

        let addr = T.newNamed("Addr", package: pkg)
        addr.named?.setUnderlying(T.interface(methods: [
            Method(name: "Network", package: nil, signature: sig([], [str])),
            Method(name: "String", package: nil, signature: sig([], [str])),
        ]))
        type("net", "Addr", addr)

        // net.Conn: the interface only (no sockets here); ResponseWriter wrappers name it in
        // their Hijack methods.
        let byteSlice = T.slice(of: .byte)
        let timeType = packages["time"]?.types["Time"] ?? .any
        let conn = T.newNamed("Conn", package: pkg)
        conn.named?.setUnderlying(T.interface(methods: [
            Method(name: "Read", package: nil, signature: sig([byteSlice], [int, .error])),
            Method(name: "Write", package: nil, signature: sig([byteSlice], [int, .error])),
            Method(name: "Close", package: nil, signature: sig([], [.error])),
            Method(name: "LocalAddr", package: nil, signature: sig([], [addr])),
            Method(name: "RemoteAddr", package: nil, signature: sig([], [addr])),
            Method(name: "SetDeadline", package: nil, signature: sig([timeType], [.error])),
            Method(name: "SetReadDeadline", package: nil, signature: sig([timeType], [.error])),
            Method(name: "SetWriteDeadline", package: nil, signature: sig([timeType], [.error])),
        ]))
        type("net", "Conn", conn)

        /// The address text: empty for a nil IP, "%zone" appended when set.
        func hostText(_ b: Box, zoneIndex: Int) -> [UInt8] {
            let bytes = bytesOfSlice(b.f[0])
            var host = bytes.isEmpty ? [] : GoNetIP.string(bytes)
            let zone = b.f[zoneIndex].s
            if !zone.isEmpty { host += [UInt8(ascii: "%")] + zone }
            return host
        }
        // TCPAddr and UDPAddr: {IP, Port, Zone}; String is JoinHostPort(ip[%zone], port).
        for (name, network) in [("TCPAddr", "tcp"), ("UDPAddr", "udp")] {
            let t = T.newNamed(name, package: pkg)
            t.named?.setUnderlying(T.structure([field("IP", ip), field("Port", int), field("Zone", str)]))
            type("net", name, t)
            method(t, "Network", pointer: true, sig([], [str])) { _ in [.string(network)] }
            method(t, "String", pointer: true, sig([], [str])) { c in
                guard let b = c[0].o as? Box else { return [.string("<nil>")] }
                var port: [UInt8] = []
                GoStrconv.appendInt(&port, b.f[1].i, base: 10)
                return [.str(GoNetIP.joinHostPort(hostText(b, zoneIndex: 2), port))]
            }
        }
        let ipAddr = T.newNamed("IPAddr", package: pkg)
        ipAddr.named?.setUnderlying(T.structure([field("IP", ip), field("Zone", str)]))
        type("net", "IPAddr", ipAddr)
        method(ipAddr, "Network", pointer: true, sig([], [str])) { _ in [.string("ip")] }
        method(ipAddr, "String", pointer: true, sig([], [str])) { c in
            guard let b = c[0].o as? Box else { return [.string("<nil>")] }
            return [.str(hostText(b, zoneIndex: 1))]
        }
    }
}
