import XCTest
@testable import CausewayConfig

final class GoDurationTests: XCTestCase {
    func testParsesGoSyntax() throws {
        XCTAssertEqual(try GoDuration(parsing: "1m30s").nanoseconds, 90_000_000_000)
        XCTAssertEqual(try GoDuration(parsing: "100ms").nanoseconds, 100_000_000)
        XCTAssertEqual(try GoDuration(parsing: "1.5h").nanoseconds, 5_400_000_000_000)
        XCTAssertEqual(try GoDuration(parsing: "-2us").nanoseconds, -2_000)
        XCTAssertEqual(try GoDuration(parsing: "3µs").nanoseconds, 3_000)
        XCTAssertEqual(try GoDuration(parsing: ".5s").nanoseconds, 500_000_000)
        XCTAssertEqual(try GoDuration(parsing: "0").nanoseconds, 0)
        XCTAssertEqual(try GoDuration(parsing: "1h2m3s4ms5us6ns").nanoseconds, 3_723_004_005_006)
    }

    func testParseErrorsUseGoMessages() {
        XCTAssertThrowsError(try GoDuration(parsing: "")) {
            XCTAssertEqual("\($0)", "time: invalid duration \"\"")
        }
        XCTAssertThrowsError(try GoDuration(parsing: "1.5")) {
            XCTAssertEqual("\($0)", "time: missing unit in duration \"1.5\"")
        }
        XCTAssertThrowsError(try GoDuration(parsing: "10x")) {
            XCTAssertEqual("\($0)", "time: unknown unit \"x\" in duration \"10x\"")
        }
        XCTAssertThrowsError(try GoDuration(parsing: "abc")) {
            XCTAssertEqual("\($0)", "time: invalid duration \"abc\"")
        }
        XCTAssertThrowsError(try GoDuration(parsing: "9999999999h"))
    }

    func testConfigTextIntegerMeansSeconds() throws {
        XCTAssertEqual(try GoDuration(configText: "42"), .seconds(42))
        XCTAssertEqual(try GoDuration(configText: "-3"), .seconds(-3))
        XCTAssertEqual(try GoDuration(configText: "250ms"), .milliseconds(250))
    }

    func testFormatsLikeGo() {
        XCTAssertEqual(GoDuration.zero.description, "0s")
        XCTAssertEqual(GoDuration.seconds(90).description, "1m30s")
        XCTAssertEqual(GoDuration.seconds(3600).description, "1h0m0s")
        XCTAssertEqual(GoDuration.milliseconds(100).description, "100ms")
        XCTAssertEqual(GoDuration(nanoseconds: 1_500_000_000).description, "1.5s")
        XCTAssertEqual(GoDuration(nanoseconds: 2_500).description, "2.5µs")
        XCTAssertEqual(GoDuration(nanoseconds: 7).description, "7ns")
        XCTAssertEqual(GoDuration(nanoseconds: -61_000_000_000).description, "-1m1s")
    }

    func testRoundTrip() throws {
        for text in ["1h0m0s", "2m3.5s", "150ms", "1.25µs", "42ns", "-3s"] {
            XCTAssertEqual(try GoDuration(parsing: text).description, text)
        }
    }

    func testConvertsToSwiftDuration() {
        XCTAssertEqual(GoDuration.milliseconds(1500).duration, .milliseconds(1500))
    }
}
