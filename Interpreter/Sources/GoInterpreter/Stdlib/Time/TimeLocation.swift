import GoStdlibCore

/// `*time.Location`: `UTC`, `Local`, `FixedZone` and `LoadLocation`. There is no zone
/// database, so `Local` is UTC (named "Local") and only "UTC"/"Local" load.
extension NativeRegistry {
    func installTimeLocation(_ t: TimeTypes) {
        let locPtr = t.locationPointer
        variable("time", "UTC", locPtr, .obj(Cell(.obj(t.utc))))
        variable("time", "Local", locPtr, .obj(Cell(.obj(t.local))))
        method(t.location, "String", pointer: true, sig([], [.string])) { c in
            // A nil *Location is UTC, as in Go.
            guard case .obj(let o) = c[0] else { return [.string("UTC")] }
            return [unsafeDowncast(o, to: Box.self).f[0]]
        }
        function("time", "FixedZone", sig([.string, .int], [locPtr])) { c in
            [t.fixedZone(name: String(decoding: c[0].s, as: UTF8.self), offset: Int(c[1].i))]
        }
        function("time", "LoadLocation", sig([.string], [locPtr, .error])) { [self] c in
            let name = String(decoding: c[0].s, as: UTF8.self)
            switch name {
            case "", "UTC": return [.obj(t.utc), .none]
            case "Local": return [.obj(t.local), .none]
            default:
                // Go rejects names that could escape the zoneinfo directory before looking.
                if name.hasPrefix("/") || name.hasPrefix("\\") || name.contains("..") || name.contains(":") {
                    return [.none, errorValue("time: invalid location name")]
                }
                return [.none, errorValue("unknown time zone " + name)]
            }
        }
    }
}
