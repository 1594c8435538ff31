import GoStdlibCore

/// Layout constants, `Format`/`AppendFormat`/`String`/`GoString`, `Parse`/`ParseInLocation`
/// with `*time.ParseError`, and the JSON/text marshalling of `time.Time` (RFC 3339).
extension NativeRegistry {
    func installTimeFormatting(_ t: TimeTypes) {
        let time = t.time, str = GoType.string
        let bytes = table.slice(of: .uint8)
        let layouts: [(String, String)] = [
            ("Layout", GoTimeLayout.layout), ("ANSIC", GoTimeLayout.ansic), ("UnixDate", GoTimeLayout.unixDate),
            ("RubyDate", GoTimeLayout.rubyDate), ("RFC822", GoTimeLayout.rfc822), ("RFC822Z", GoTimeLayout.rfc822Z),
            ("RFC850", GoTimeLayout.rfc850), ("RFC1123", GoTimeLayout.rfc1123), ("RFC1123Z", GoTimeLayout.rfc1123Z),
            ("RFC3339", GoTimeLayout.rfc3339), ("RFC3339Nano", GoTimeLayout.rfc3339Nano), ("Kitchen", GoTimeLayout.kitchen),
            ("Stamp", GoTimeLayout.stamp), ("StampMilli", GoTimeLayout.stampMilli), ("StampMicro", GoTimeLayout.stampMicro),
            ("StampNano", GoTimeLayout.stampNano), ("DateTime", GoTimeLayout.dateTime), ("DateOnly", GoTimeLayout.dateOnly),
            ("TimeOnly", GoTimeLayout.timeOnly),
        ]
        for (name, layout) in layouts { constant("time", name, .untypedString, .string(Array(layout.utf8))) }

        method(time, "Format", pointer: false, sig([str], [str])) { c in
            var out: [UInt8] = []
            t.goTime(c[0]).appendFormat(&out, c[1].s)
            return [.str(out)]
        }
        method(time, "AppendFormat", pointer: false, sig([bytes, str], [bytes])) { c in
            var out = bytesOfSlice(c[1])
            t.goTime(c[0]).appendFormat(&out, c[2].s)
            return [byteSliceValue(out)]
        }
        method(time, "String", pointer: false, sig([], [str])) { c in [.string(t.goTime(c[0]).description)] }
        method(time, "GoString", pointer: false, sig([], [str])) { c in [.string(Self.goSyntax(t, c[0]))] }

        // *ParseError
        method(t.parseError, "Error", pointer: true, sig([], [str])) { c in
            let b = unsafeDowncast(c[0].o!, to: Box.self)
            let e = GoTimeParseError(layout: b.f[0].s, value: b.f[1].s, layoutElement: b.f[2].s, valueElement: b.f[3].s,
                                     message: String(decoding: b.f[4].s, as: UTF8.self))
            return [.string(e.description)]
        }
        func parseErrorValue(_ e: GoTimeParseError) -> Value {
            .obj(IfaceVal(type: t.parseErrorPointer, value: .obj(Box([.str(e.layout), .str(e.value), .str(e.layoutElement),
                                                                      .str(e.valueElement), .string(e.message)]))))
        }
        /// Parses `value`; times without a zone are in `defaultLocation`, and offsets matching
        /// it (or UTC) get that location rather than a fabricated fixed zone.
        func parse(_ layout: [UInt8], _ value: [UInt8], in defaultLocation: Value) -> (GoTime, Value, GoTimeParseError?) {
            let zone = t.zone(ofLocation: defaultLocation)
            let (parsed, error) = GoTime.parse(layout, value, defaultZone: zone, localZone: zone)
            if let error { return (parsed, .none, error) }
            return (parsed, t.location(for: parsed.zone, preferring: defaultLocation), nil)
        }
        /// A fresh zero Time (results must not share a mutable Box).
        func zeroTime() -> Value { .obj(Box([.int(0), .int(0), .none])) }
        function("time", "Parse", sig([str, str], [time, .error])) { c in
            let (parsed, loc, error) = parse(c[0].s, c[1].s, in: .obj(t.utc))
            if let error { return [zeroTime(), parseErrorValue(error)] }
            return [t.timeValue(parsed, location: loc), .none]
        }
        function("time", "ParseInLocation", sig([str, str, t.locationPointer], [time, .error])) { c in
            guard case .obj = c[2] else { throw GoPanicError.plain("time: missing Location in call to ParseInLocation") }
            let (parsed, loc, error) = parse(c[0].s, c[1].s, in: c[2])
            if let error { return [zeroTime(), parseErrorValue(error)] }
            return [t.timeValue(parsed, location: loc), .none]
        }

        // JSON and text forms: RFC 3339 with as many fractional digits as needed.
        func rfc3339(_ v: Value) -> [UInt8]? {
            let g = t.goTime(v)
            let year = g.fields.year
            if year < 0 || year > 9999 { return nil }
            var out: [UInt8] = []
            g.appendFormat(&out, Array(GoTimeLayout.rfc3339Nano.utf8))
            return out
        }
        method(time, "MarshalJSON", pointer: false, sig([], [bytes, .error])) { [self] c in
            guard let text = rfc3339(c[0]) else { return [.none, errorValue("Time.MarshalJSON: year outside of range [0,9999]")] }
            return [byteSliceValue([UInt8(ascii: "\"")] + text + [UInt8(ascii: "\"")]), .none]
        }
        method(time, "MarshalText", pointer: false, sig([], [bytes, .error])) { [self] c in
            guard let text = rfc3339(c[0]) else { return [.none, errorValue("Time.MarshalText: year outside of range [0,9999]")] }
            return [byteSliceValue(text), .none]
        }
        /// Stores the parsed RFC 3339 `text` into the Time that `target` points to.
        func unmarshal(_ target: Value, _ text: [UInt8]) -> Value {
            let (parsed, loc, error) = parse(Array(GoTimeLayout.rfc3339.utf8), text, in: .obj(t.utc))
            let b = unsafeDowncast(target.o!, to: Box.self)
            // As in Go, a failed parse leaves the zero Time behind.
            if let error { b.f = [.int(0), .int(0), .none]; return parseErrorValue(error) }
            b.f = t.timeBox(parsed, location: loc).f
            return .none
        }
        method(time, "UnmarshalJSON", pointer: true, sig([bytes], [.error])) { [self] c in
            let data = bytesOfSlice(c[1])
            if data == Array("null".utf8) { return [.none] }
            guard data.count >= 2, data.first == UInt8(ascii: "\""), data.last == UInt8(ascii: "\"") else {
                return [errorValue("Time.UnmarshalJSON: input is not a JSON string")]
            }
            return [unmarshal(c[0], Array(data.dropFirst().dropLast()))]
        }
        method(time, "UnmarshalText", pointer: true, sig([bytes], [.error])) { c in
            [unmarshal(c[0], bytesOfSlice(c[1]))]
        }
    }

    /// `Time.GoString`: the `time.Date(...)` call that makes the same time.
    private static func goSyntax(_ t: TimeTypes, _ v: Value) -> String {
        let g = t.goTime(v)
        let f = g.fields
        let monthName = (1...12).contains(f.month) ? "time." + GoTime.monthName(f.month) : "time.Month(\(f.month))"
        var location = "time.UTC"
        if case .obj(let o) = t.location(of: v), o !== t.utc {
            location = o === t.local ? "time.Local" : "time.Location(" + GoTime.quote(unsafeDowncast(o, to: Box.self).f[0].s) + ")"
        }
        return "time.Date(\(f.year), \(monthName), \(f.day), \(f.hour), \(f.minute), \(f.second), \(g.nanosecond), \(location))"
    }
}
