import GoStdlibCore

/// Conversions between interpreter values of `time.Time` / `*time.Location` and the
/// `GoStdlibCore` algorithms' `GoTime` / `GoZone`.
extension TimeTypes {
    /// Unix seconds of January 1, year 1 UTC: `Time.sec` counts from there.
    static let yearOneUnixSeconds: Int64 = -62_135_596_800

    /// The zone a `*Location` value describes (nil is UTC).
    func zone(ofLocation loc: Value) -> GoZone {
        guard case .obj(let o) = loc else { return .utc }
        let b = unsafeDowncast(o, to: Box.self)
        return GoZone(name: String(decoding: b.f[1].s, as: UTF8.self), offset: Int(b.f[2].i))
    }

    /// The instant and display zone of a `Time` value.
    func goTime(_ v: Value) -> GoTime {
        let b = unsafeDowncast(v.o!, to: Box.self)
        return goTime(b)
    }

    func goTime(_ b: Box) -> GoTime {
        GoTime(unixSeconds: b.f[0].i &+ TimeTypes.yearOneUnixSeconds, nanosecond: Int(b.f[1].i), zone: zone(ofLocation: b.f[2]))
    }

    /// The `loc` field of a Time value.
    func location(of v: Value) -> Value { unsafeDowncast(v.o!, to: Box.self).f[2] }

    /// A `Time` for `t` shown in `loc`; UTC is stored as nil, as Go does, so that times
    /// in UTC compare equal with `==` however they were made.
    func timeValue(_ t: GoTime, location loc: Value) -> Value {
        .obj(timeBox(t, location: loc))
    }

    func timeBox(_ t: GoTime, location loc: Value) -> Box {
        var stored = loc
        if case .obj(let o) = loc, o === utc { stored = .none }
        return TimeTypes.box(t, storedLocation: stored)
    }

    /// The Time struct for the instant `t`, with `loc` stored as is.
    static func box(_ t: GoTime, storedLocation loc: Value) -> Box {
        Box([.int(t.unixSeconds &- yearOneUnixSeconds), .int(Int64(t.nanosecond)), loc])
    }

    /// A time in the same location as `original`.
    func timeValue(_ t: GoTime, like original: Value) -> Value { timeValue(t, location: location(of: original)) }

    /// The `*Location` that `t.Location()` returns: never nil.
    func locationValue(of v: Value) -> Value {
        let loc = location(of: v)
        if case .obj = loc { return loc }
        return .obj(utc)
    }

    /// A new fixed `*Location` (`time.FixedZone`).
    func fixedZone(name: String, offset: Int) -> Value {
        .obj(Box([.string(name), .string(name), .int(Int64(offset))]))
    }

    /// The location for a zone `Parse` produced: the given local/default location when it
    /// matches, UTC for UTC, otherwise a fixed zone of that name and offset.
    func location(for zone: GoZone, preferring preferred: Value) -> Value {
        if zone == self.zone(ofLocation: preferred) { return preferred }
        if zone == .utc { return .obj(utc) }
        return fixedZone(name: zone.name, offset: zone.offset)
    }
}
