import GoStdlibCore

/// `time.Month` and `time.Weekday` with their constants and names.
extension NativeRegistry {
    func installTimeCalendar(_ t: TimeTypes) {
        for month in 1...12 { constant("time", GoTime.monthName(month), t.month, .integer(Int64(month))) }
        for day in 0...6 { constant("time", GoTime.weekdayName(day), t.weekday, .integer(Int64(day))) }
        method(t.month, "String", pointer: false, sig([], [.string])) { c in [.string(GoTime.monthName(Int(c[0].i)))] }
        method(t.weekday, "String", pointer: false, sig([], [.string])) { c in [.string(GoTime.weekdayName(Int(c[0].i)))] }
    }
}
