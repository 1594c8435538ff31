import Foundation

/// Prints constants as the Go compiler does in error messages (go/constant's `String`):
/// `300`, `1e+100`, `0.1`, `(1 + 2i)`, quoted strings shortened to 72 characters.
enum ConstantFormatting {
    static func string(_ value: ConstantValue) -> String {
        switch value {
        case .unknown: return "unknown"
        case .bool(let b): return b ? "true" : "false"
        case .string(let bytes): return shortQuoted(bytes)
        case .int(let i): return i.description
        case .rational(let r): return floatString(r)
        case .float(let d): return floatString(d, isInteger: d == d.rounded(.towardZero))
        case .complex(let re, let im): return "(\(string(re)) + \(string(im))i)"
        }
    }

    private static func shortQuoted(_ bytes: [UInt8]) -> String {
        let maxLength = 72
        let quoted = GoQuote.quote(bytes: bytes)
        let scalars = quoted.unicodeScalars
        guard scalars.count > maxLength else { return quoted }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars.prefix(maxLength - 3))
        return String(result) + "..."
    }

    private static func floatString(_ r: BigRational) -> String {
        let d = r.doubleValue
        if d.isFinite && (d == 0) == r.isZero {
            return floatString(d, isInteger: r.isInteger)
        }
        return outOfRangeString(r)
    }

    private static func floatString(_ d: Double, isInteger: Bool) -> String {
        guard d.isFinite else { return d < 0 ? "-Inf" : "+Inf" }
        let text = String(format: "%.6g", d)
        // A fraction that prints like an integer would mislead: show all digits instead.
        if !isInteger && !text.contains(".") { return GoFloatText.shortestG(d) }
        return text
    }

    /// Beyond Double's range: an approximate `m e±d` from the binary exponent.
    private static func outOfRangeString(_ r: BigRational) -> String {
        let binaryExponent = r.numerator.bitLength - r.denominator.bitLength
        // r = mantissa · 2^binaryExponent with mantissa near [0.5, 2).
        let scaled = binaryExponent >= 0
            ? BigRational(r.numerator, r.denominator.shiftedLeft(binaryExponent))
            : BigRational(r.numerator.shiftedLeft(-binaryExponent), r.denominator)
        var mantissa = scaled.doubleValue
        let decimal = Double(binaryExponent) * log10(2.0)
        var exponent = Int64(decimal)
        mantissa *= pow(10, decimal - Double(exponent))
        if abs(mantissa) < 1 - 0.5e-6 {
            mantissa *= 10
            exponent -= 1
        } else if abs(mantissa) >= 10 {
            mantissa /= 10
            exponent += 1
        }
        return String(format: "%.6g", mantissa) + "e" + (exponent >= 0 ? "+" : "-") + String(exponent.magnitude)
    }
}

/// Go's `%g` with the shortest round-tripping digits (strconv 'g' with precision -1).
enum GoFloatText {
    static func shortestG(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? "NaN" : (d < 0 ? "-Inf" : "+Inf") }
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        let (digits, pointPosition) = shortestDigits(abs(d))
        let sign = d < 0 ? "-" : ""
        let exponent = pointPosition - 1
        if exponent < -4 || exponent >= 6 {
            var mantissa = String(digits.first!)
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let e = abs(exponent)
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + String(e)
        }
        if pointPosition <= 0 {
            return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
        }
        if pointPosition >= digits.count {
            return sign + digits + String(repeating: "0", count: pointPosition - digits.count)
        }
        let split = digits.index(digits.startIndex, offsetBy: pointPosition)
        return sign + digits[..<split] + "." + digits[split...]
    }

    /// Shortest decimal digits (no leading/trailing zeros) and the decimal point position:
    /// value = 0.digits × 10^pointPosition. Swift's description is shortest round-trip.
    static func shortestDigits(_ d: Double) -> (String, Int) {
        let text = "\(d)"
        var mantissa = Substring(text), exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var integerPart = mantissa, fraction: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            integerPart = mantissa[..<dot]
            fraction = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(integerPart) + fraction
        var point = integerPart.count + exponent
        while digits.hasPrefix("0") {
            digits.removeFirst()
            point -= 1
        }
        while digits.hasSuffix("0") { digits.removeLast() }
        return (digits.isEmpty ? "0" : digits, point)
    }
}
