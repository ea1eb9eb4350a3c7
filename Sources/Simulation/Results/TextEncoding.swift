import Foundation
import GIS

/// The one place where result tables turn numbers and strings into CSV and JSON text:
/// fixed decimals (no locale, no exponent, rounded half away from zero, never "-0"),
/// CSV fields quoted only when needed, JSON string literals escaped.
public enum TextEncoding {
    /// `value` with exactly `decimals` digits after the point, or nil when it is not finite
    /// (GIS's ``DecimalWriter``).
    public static func decimal(_ value: Double, _ decimals: Int) -> String? {
        DecimalWriter.string(value, decimals: decimals)
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
