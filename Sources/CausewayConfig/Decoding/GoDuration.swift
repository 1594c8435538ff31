/// A duration with Go's `time.Duration` semantics: signed nanoseconds, parsed from and printed
/// as Go duration strings (`1m30s`, `100ms`, `1h0m0s`), which is how Traefik writes them.
public struct GoDuration: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var nanoseconds: Int64

    public init(nanoseconds: Int64) {
        self.nanoseconds = nanoseconds
    }

    public static let zero = GoDuration(nanoseconds: 0)
    public static func seconds(_ value: Int64) -> GoDuration { GoDuration(nanoseconds: value * 1_000_000_000) }
    public static func milliseconds(_ value: Int64) -> GoDuration { GoDuration(nanoseconds: value * 1_000_000) }

    public static func < (lhs: GoDuration, rhs: GoDuration) -> Bool { lhs.nanoseconds < rhs.nanoseconds }

    /// The same span as a Swift `Duration`.
    public var duration: Duration { .nanoseconds(nanoseconds) }

    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// Traefik's configuration form: an integer (possibly signed) is a number of seconds,
    /// anything else must be Go duration syntax.
    public init(configText text: String) throws {
        if let seconds = Int64(text.hasPrefix("+") ? String(text.dropFirst()) : text) {
            let (product, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
            guard !overflow else { throw ParseError(description: "time: invalid duration \"\(text)\"") }
            self.init(nanoseconds: product)
        } else {
            try self.init(parsing: text)
        }
    }

    /// Go's `time.ParseDuration`: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, units ns, us (µs, μs), ms,
    /// s, m, h; a bare `0` is allowed.
    public init(parsing original: String) throws {
        let invalid = ParseError(description: "time: invalid duration \(Self.quote(original))")
        var rest = Substring(original).unicodeScalars[...]
        var negative = false
        if let sign = rest.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            rest.removeFirst()
        }
        if String(rest) == "0" {
            self.init(nanoseconds: 0)
            return
        }
        guard !rest.isEmpty else { throw invalid }
        var total: UInt64 = 0
        while !rest.isEmpty {
            guard let first = rest.first, first == "." || ("0"..."9").contains(first) else { throw invalid }
            // Integer part.
            var whole: UInt64 = 0
            var sawDigits = false
            while let c = rest.first, ("0"..."9").contains(c) {
                let (a, o1) = whole.multipliedReportingOverflow(by: 10)
                let (b, o2) = a.addingReportingOverflow(UInt64(c.value - 48))
                guard !o1, !o2, b <= 1 << 63 else { throw invalid }
                whole = b
                sawDigits = true
                rest.removeFirst()
            }
            // Fraction part.
            var fraction: UInt64 = 0
            var scale: Double = 1
            if rest.first == "." {
                rest.removeFirst()
                while let c = rest.first, ("0"..."9").contains(c) {
                    if fraction < UInt64.max / 10 - 10 {
                        fraction = fraction * 10 + UInt64(c.value - 48)
                        scale *= 10
                    }
                    sawDigits = true
                    rest.removeFirst()
                }
            }
            guard sawDigits else { throw invalid }
            // Unit.
            var unitScalars = String.UnicodeScalarView()
            while let c = rest.first, c != ".", !("0"..."9").contains(c) {
                unitScalars.append(c)
                rest.removeFirst()
            }
            let unitText = String(unitScalars)
            guard !unitText.isEmpty else {
                throw ParseError(description: "time: missing unit in duration \(Self.quote(original))")
            }
            guard let unit = Self.units[unitText] else {
                throw ParseError(description: "time: unknown unit \(Self.quote(unitText)) in duration \(Self.quote(original))")
            }
            let (scaledWhole, overflow) = whole.multipliedReportingOverflow(by: unit)
            guard !overflow, scaledWhole <= 1 << 63 else { throw invalid }
            var value = scaledWhole
            if fraction > 0 {
                value += UInt64(Double(fraction) * (Double(unit) / scale))
                guard value <= 1 << 63 else { throw invalid }
            }
            let (sum, sumOverflow) = total.addingReportingOverflow(value)
            guard !sumOverflow, sum <= 1 << 63 else { throw invalid }
            total = sum
        }
        if negative {
            self.init(nanoseconds: total == 1 << 63 ? Int64.min : -Int64(total))
        } else {
            guard total <= UInt64(Int64.max) else { throw invalid }
            self.init(nanoseconds: Int64(total))
        }
    }

    private static let units: [String: UInt64] = [
        "ns": 1, "us": 1_000, "\u{00B5}s": 1_000, "\u{03BC}s": 1_000,
        "ms": 1_000_000, "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
    ]

    private static func quote(_ text: String) -> String { "\"\(text)\"" }

    /// Go's `Duration.String()`.
    public var description: String {
        if nanoseconds == 0 { return "0s" }
        let negative = nanoseconds < 0
        let magnitude = nanoseconds.magnitude
        var text: String
        if magnitude < 1_000_000_000 {
            if magnitude < 1_000 {
                text = "\(magnitude)ns"
            } else if magnitude < 1_000_000 {
                text = Self.fractional(magnitude, precision: 3) + "\u{00B5}s"
            } else {
                text = Self.fractional(magnitude, precision: 6) + "ms"
            }
        } else {
            let seconds = Self.fractional(magnitude % 60_000_000_000, precision: 9) + "s"
            let totalMinutes = magnitude / 60_000_000_000
            let hours = totalMinutes / 60
            let minutes = totalMinutes % 60
            if hours > 0 {
                text = "\(hours)h\(minutes)m" + seconds
            } else if minutes > 0 {
                text = "\(minutes)m" + seconds
            } else {
                text = seconds
            }
        }
        return negative ? "-" + text : text
    }

    /// `value / 10^precision` with the fraction's trailing zeros removed.
    private static func fractional(_ value: UInt64, precision: Int) -> String {
        var divisor: UInt64 = 1
        for _ in 0..<precision { divisor *= 10 }
        let whole = value / divisor
        var fraction = String(value % divisor)
        guard value % divisor != 0 else { return String(whole) }
        fraction = String(repeating: "0", count: precision - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole).\(fraction)"
    }
}
