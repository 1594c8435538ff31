import XCTest
@testable import GoStdlibCore

/// Compares against `Fixtures/time_arith.txt` (Go's Truncate, Round, AddDate, Duration methods).
final class TimeArithmeticTests: XCTestCase {
    private let times = [
        GoTime(year: 2023, month: 10, day: 31, hour: 13, minute: 47, second: 29, nanosecond: 123_456_789),
        GoTime(year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59, nanosecond: 999_999_999, zone: GoZone(name: "X", offset: 3600)),
        GoTime(year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 30, nanosecond: 500_000_000),
        GoTime(year: -5, month: 3, day: 1, hour: 0, minute: 0, second: 7, nanosecond: 1),
    ]
    private let durations: [Int64] = [1, 7, GoDuration.second, 7 * GoDuration.second, GoDuration.minute, GoDuration.hour,
                                      24 * GoDuration.hour, 1500 * GoDuration.millisecond]

    func testAgainstGo() {
        let lines = Fixture.lines("time_arith.txt").map { $0.split(separator: " ") }
        XCTAssertEqual(lines.count, 41)
        var row = 0
        for t in times {
            for d in durations {
                let f = lines[row].map { Int64($0) ?? 0 }
                row += 1
                XCTAssertEqual(t.unixSeconds, f[1])
                XCTAssertEqual(Int64(t.nanosecond), f[2])
                let tr = t.truncate(d), rd = t.round(d)
                XCTAssertEqual([tr.unixSeconds, Int64(tr.nanosecond), rd.unixSeconds, Int64(rd.nanosecond)], Array(f[3...6]), "t=\(t.description) d=\(d)")
            }
            let f = lines[row].map { Int64($0) ?? 0 }
            row += 1
            XCTAssertEqual(t.addDate(years: 0, months: 1, days: 0).unixSeconds, f[2])
            XCTAssertEqual(t.addDate(years: 1, months: -13, days: 40).unixSeconds, f[3])
        }
        for line in lines[row...] {
            let d = Int64(line[1])!
            let g = { (v: Double) in GoStrconv.formatFloat(v, "g", -1, 64) }
            XCTAssertEqual(g(GoDuration.hours(d)), String(line[2]))
            XCTAssertEqual(g(GoDuration.minutes(d)), String(line[3]))
            XCTAssertEqual(g(GoDuration.seconds(d)), String(line[4]))
            XCTAssertEqual(GoDuration.round(d, GoDuration.hour), Int64(line[5])!)
            XCTAssertEqual(GoDuration.truncate(d, GoDuration.minute), Int64(line[6])!)
            XCTAssertEqual(GoDuration.round(d, 7 * GoDuration.second), Int64(line[7])!)
            XCTAssertEqual(GoDuration.abs(d), Int64(line[8])!)
        }
    }

    func testComparisons() {
        let a = GoTime(unixSeconds: 100, nanosecond: 5)
        let b = GoTime(unixSeconds: 100, nanosecond: 6, zone: GoZone(name: "Y", offset: -3600))
        XCTAssertTrue(a.before(b))
        XCTAssertTrue(b.after(a))
        XCTAssertTrue(a.equal(a.in(GoZone(name: "Z", offset: 7200))))
        XCTAssertFalse(a == a.in(GoZone(name: "Z", offset: 7200)))   // == also compares the zone, like Go's ==
        XCTAssertEqual(b.sub(a), 1)
        XCTAssertEqual(GoTime.monthName(13), "%!Month(13)")
        XCTAssertEqual(GoTime.weekdayName(0), "Sunday")
    }

    func testClockAndUnixConstructors() {
        let a = GoTime.now()
        let b = GoTime.now()
        XCTAssertFalse(b.before(a))
        XCTAssertGreaterThan(a.fields.year, 2020)
        XCTAssertEqual(GoTime(unixMilli: -1).description, "1969-12-31 23:59:59.999 +0000 UTC")
        XCTAssertEqual(GoTime(unixMicro: 1_500_000).unixMilli, 1500)
        XCTAssertEqual(GoTime(unixMilli: 1_700_000_000_123).unixMicro, 1_700_000_000_123_000)
    }
}
