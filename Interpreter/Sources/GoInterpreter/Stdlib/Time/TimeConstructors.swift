import GoStdlibCore

/// Functions that make or measure Times: `Now`, `Unix*`, `Date`, `Since`, `Until`.
/// `Now` reads the wall clock only (no monotonic reading), in `Local`.
extension NativeRegistry {
    func installTimeConstructors(_ t: TimeTypes) {
        let time = t.time, int = GoType.int, i64 = GoType.int64
        let local = Value.obj(t.local)
        let localZone = t.zone(ofLocation: local)
        func now() -> GoTime { GoTime.now().in(localZone) }
        function("time", "Now", sig([], [time])) { _ in [t.timeValue(now(), location: local)] }
        function("time", "Since", sig([time], [t.duration])) { c in [.int(now().sub(t.goTime(c[0])))] }
        function("time", "Until", sig([time], [t.duration])) { c in [.int(t.goTime(c[0]).sub(now()))] }
        function("time", "Unix", sig([i64, i64], [time])) { c in
            [t.timeValue(GoTime(unixSeconds: c[0].i, nanosecond: 0, zone: localZone).adding(nanoseconds: c[1].i), location: local)]
        }
        function("time", "UnixMilli", sig([i64], [time])) { c in [t.timeValue(GoTime(unixMilli: c[0].i).in(localZone), location: local)] }
        function("time", "UnixMicro", sig([i64], [time])) { c in [t.timeValue(GoTime(unixMicro: c[0].i).in(localZone), location: local)] }
        function("time", "Date", sig([int, t.month, int, int, int, int, int, t.locationPointer], [time])) { c in
            guard case .obj = c[7] else { throw GoPanicError.plain("time: missing Location in call to Date") }
            let g = GoTime(year: c[0].i, month: Int(c[1].i), day: Int(c[2].i), hour: Int(c[3].i), minute: Int(c[4].i),
                           second: Int(c[5].i), nanosecond: Int(c[6].i), zone: t.zone(ofLocation: c[7]))
            return [t.timeValue(g, location: c[7])]
        }
    }
}
