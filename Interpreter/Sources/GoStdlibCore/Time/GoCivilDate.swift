/// Proleptic Gregorian calendar arithmetic on day counts relative to 1970-01-01, valid for
/// the whole Int64 range Go's `time` uses. Based on 400-year eras of 146097 days.
public enum GoCivilDate {
    /// Days from 1970-01-01 to year-month-day (month 1…12; out-of-range days just count on).
    public static func daysFromCivil(year: Int64, month: Int, day: Int) -> Int64 {
        // Count from March so the leap day is the last day of the (shifted) year.
        let y = month <= 2 ? year &- 1 : year
        let era = (y >= 0 ? y : y &- 399) / 400
        let yearOfEra = y &- era &* 400                                       // 0…399
        let m = Int64(month)
        let dayOfYear = (153 &* (m > 2 ? m &- 3 : m &+ 9) &+ 2) / 5 &+ Int64(day) &- 1   // 0…365
        let dayOfEra = yearOfEra &* 365 &+ yearOfEra / 4 &- yearOfEra / 100 &+ dayOfYear
        return era &* 146097 &+ dayOfEra &- 719468
    }

    /// The inverse of `daysFromCivil`.
    public static func civilFromDays(_ days: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = days &+ 719468
        let era = (z >= 0 ? z : z &- 146096) / 146097
        let dayOfEra = z &- era &* 146097                                                   // 0…146096
        let yearOfEra = (dayOfEra &- dayOfEra / 1460 &+ dayOfEra / 36524 &- dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra &- (365 &* yearOfEra &+ yearOfEra / 4 &- yearOfEra / 100)   // 0…365
        let mp = (5 &* dayOfYear &+ 2) / 153                                                // 0…11, from March
        let day = Int(dayOfYear &- (153 &* mp &+ 2) / 5 &+ 1)
        let month = Int(mp < 10 ? mp &+ 3 : mp &- 9)
        return (yearOfEra &+ era &* 400 &+ (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 = Sunday … 6 = Saturday (Go's `time.Weekday`).
    public static func weekday(days: Int64) -> Int {
        let w = (days + 4) % 7            // 1970-01-01 was a Thursday
        return Int(w < 0 ? w + 7 : w)
    }

    public static func isLeap(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static let daysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]

    public static func daysIn(month: Int, year: Int64) -> Int {
        if month == 2 && isLeap(year) { return 29 }
        return daysBeforeMonth[month] - daysBeforeMonth[month - 1]
    }

    /// Day of the year, 1…366.
    public static func yearDay(year: Int64, month: Int, day: Int) -> Int {
        var d = daysBeforeMonth[month - 1] + day
        if month > 2 && isLeap(year) { d += 1 }
        return d
    }

    static let longMonthNames = ["January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"]
    static let longDayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
}
