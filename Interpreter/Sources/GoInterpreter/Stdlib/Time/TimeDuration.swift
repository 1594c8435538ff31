import GoStdlibCore

/// `time.Duration`: its unit constants, methods and `ParseDuration`.
extension NativeRegistry {
    func installTimeDuration(_ t: TimeTypes) {
        let d = t.duration
        let units: [(String, Int64)] = [("Nanosecond", GoDuration.nanosecond), ("Microsecond", GoDuration.microsecond),
                                        ("Millisecond", GoDuration.millisecond), ("Second", GoDuration.second),
                                        ("Minute", GoDuration.minute), ("Hour", GoDuration.hour)]
        for (name, value) in units { constant("time", name, d, .integer(value)) }

        method(d, "String", pointer: false, sig([], [.string])) { c in [.string(GoDuration.string(c[0].i))] }
        method(d, "Hours", pointer: false, sig([], [.float64])) { c in [.float(GoDuration.hours(c[0].i))] }
        method(d, "Minutes", pointer: false, sig([], [.float64])) { c in [.float(GoDuration.minutes(c[0].i))] }
        method(d, "Seconds", pointer: false, sig([], [.float64])) { c in [.float(GoDuration.seconds(c[0].i))] }
        method(d, "Milliseconds", pointer: false, sig([], [.int64])) { c in [.int(GoDuration.milliseconds(c[0].i))] }
        method(d, "Microseconds", pointer: false, sig([], [.int64])) { c in [.int(GoDuration.microseconds(c[0].i))] }
        method(d, "Nanoseconds", pointer: false, sig([], [.int64])) { c in [c[0]] }
        method(d, "Round", pointer: false, sig([d], [d])) { c in [.int(GoDuration.round(c[0].i, c[1].i))] }
        method(d, "Truncate", pointer: false, sig([d], [d])) { c in [.int(GoDuration.truncate(c[0].i, c[1].i))] }
        method(d, "Abs", pointer: false, sig([], [d])) { c in [.int(GoDuration.abs(c[0].i))] }

        function("time", "ParseDuration", sig([.string], [d, .error])) { [self] c in
            let (value, error) = GoDuration.parse(String(decoding: c[0].s, as: UTF8.self))
            if let error { return [.int(0), errorValue(error.description)] }
            return [.int(value), .none]
        }
    }
}
