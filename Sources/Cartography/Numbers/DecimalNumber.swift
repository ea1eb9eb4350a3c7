/// Strict decimal numbers for map options and specs: `12`, `-0.5`, `1.5e3`, `.25`.
///
/// Swift's `Double(_:)` also reads hexadecimal (`0x10`), `inf`, `infinity` and `nan`;
/// a page size, a scale or a class break is never one of those, so they are refused.
public enum DecimalNumber {
    /// The finite value of `text` (surrounding spaces ignored), or nil when it is not a
    /// plain decimal number or is too large for a Double (`1e400`).
    public static func parse(_ text: String) -> Double? {
        let s = text.trimmingSpaces
        guard isDecimal(s), let d = Double(s), d.isFinite else { return nil }
        return d
    }

    /// True for `[+-]digits[.digits][e[+-]digits]` with at least one mantissa digit.
    static func isDecimal(_ s: Substring) -> Bool {
        var chars = s.utf8[...]
        if let f = chars.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { chars = chars.dropFirst() }
        var mantissaDigits = 0
        while let c = chars.first, isDigit(c) { mantissaDigits += 1; chars = chars.dropFirst() }
        if chars.first == UInt8(ascii: ".") {
            chars = chars.dropFirst()
            while let c = chars.first, isDigit(c) { mantissaDigits += 1; chars = chars.dropFirst() }
        }
        guard mantissaDigits > 0 else { return false }
        if let e = chars.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            chars = chars.dropFirst()
            if let f = chars.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { chars = chars.dropFirst() }
            var exponentDigits = 0
            while let c = chars.first, isDigit(c) { exponentDigits += 1; chars = chars.dropFirst() }
            guard exponentDigits > 0 else { return false }
        }
        return chars.isEmpty
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
