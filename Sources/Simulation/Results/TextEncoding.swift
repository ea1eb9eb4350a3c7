import Foundation

/// The one place where result tables turn numbers and strings into CSV and JSON text:
/// fixed decimals (no locale, no exponent, rounded half away from zero, never "-0"),
/// CSV fields quoted only when needed, JSON string literals escaped.
public enum TextEncoding {
    /// `value` with exactly `decimals` digits after the point, or nil when it is not finite.
    public static func decimal(_ value: Double, _ decimals: Int) -> String? {
        guard value.isFinite else { return nil }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        // Beyond UInt64 the digits are no longer exact anyway: let printf write them.
        guard scaled < 1.8e19 else { return String(format: "%.\(max(0, min(decimals, 17)))f", value) }
        var digits = String(UInt64(scaled))
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (value < 0 && scaled > 0 ? "-" : "") + digits
    }

    /// A CSV field (RFC 4180), quoted when it holds a comma, quote or line break.
    public static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// A JSON string literal (RFC 8259 escaping).
    public static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
