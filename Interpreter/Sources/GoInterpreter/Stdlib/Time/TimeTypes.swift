import GoStdlibCore

/// The types of the `time` package, created once and shared by the files that install its
/// functions and methods.
///
/// Representation (see `TimeValues`):
/// - `Time` is a struct of unexported fields `sec` (seconds since January 1, year 1 UTC),
///   `nsec` (0…999_999_999) and `loc` (`*Location`, nil meaning UTC), so the zero struct is
///   Go's zero time.
/// - `Location` is a struct of `name` (what `String` returns), `zone` (the abbreviation
///   printed by "MST") and `offset` (seconds east of UTC): only fixed zones exist.
/// - `Duration`, `Month` and `Weekday` are named integers.
struct TimeTypes {
    let package: PackageRef
    let duration: GoType
    let month: GoType
    let weekday: GoType
    let location: GoType
    let locationPointer: GoType
    let time: GoType
    let parseError: GoType
    let parseErrorPointer: GoType
    let timer: GoType
    let ticker: GoType
    /// The `*Location` values behind `time.UTC` and `time.Local`.
    let utc: Box
    let local: Box

    init(_ registry: NativeRegistry) {
        let T = registry.table
        let pkg = PackageRef(path: "time", name: "time")
        package = pkg
        func named(_ name: String, _ underlying: GoType) -> GoType {
            let t = T.newNamed(name, package: pkg)
            t.named?.setUnderlying(underlying)
            registry.type("time", name, t)
            return t
        }
        func fields(_ list: [(String, GoType)]) -> GoType {
            T.structure(list.map { StructField(name: $0.0, type: $0.1, package: pkg) })
        }
        duration = named("Duration", .int64)
        month = named("Month", .int)
        weekday = named("Weekday", .int)
        location = named("Location", fields([("name", .string), ("zone", .string), ("offset", .int)]))
        locationPointer = T.pointer(to: location)
        time = named("Time", fields([("sec", .int64), ("nsec", .int64), ("loc", locationPointer)]))
        parseError = named("ParseError", fields([("Layout", .string), ("Value", .string), ("LayoutElem", .string),
                                                   ("ValueElem", .string), ("Message", .string)]))
        parseErrorPointer = T.pointer(to: parseError)
        let receiveTimes = T.chan(of: time, direction: .receive)
        // `state` holds the scheduler-side `TimerState` object.
        timer = named("Timer", fields([("C", receiveTimes), ("state", .any)]))
        ticker = named("Ticker", fields([("C", receiveTimes), ("state", .any)]))
        utc = Box([.string("UTC"), .string("UTC"), .int(0)])
        local = Box([.string("Local"), .string(GoZone.local.name), .int(Int64(GoZone.local.offset))])
    }
}
