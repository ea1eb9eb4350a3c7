/// Fixed-precision decimal formatting straight into a byte buffer, without Foundation.
///
/// SVG coordinates are written with a fixed number of decimals (trailing zeros trimmed),
/// so the same value always gives the same bytes on every platform.
public enum FixedDecimal {
    /// Powers of ten for 0…6 decimals.
    @usableFromInline static let scales: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// Appends `value` rounded half away from zero to `decimals` places (0…6) to `out`.
    /// Non-finite values are written as `0`; `-0` is written as `0`.
    /// - Complexity: O(number of digits).
    @inlinable
    public static func append(_ value: Double, decimals: Int, to out: inout [UInt8]) {
        guard value.isFinite else { out.append(UInt8(ascii: "0")); return }
        let scale = scales[decimals]
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e17 else { appendLarge(value, to: &out); return }
        var units = UInt64(scaled)
        if units == 0 { out.append(UInt8(ascii: "0")); return }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var fraction = 0
        var fractionDigits = decimals
        if decimals > 0 {
            let s = UInt64(scale)
            fraction = Int(units % s)
            units /= s
            while fractionDigits > 0 && fraction % 10 == 0 { fraction /= 10; fractionDigits -= 1 }
        }
        appendInteger(units, to: &out)
        if fractionDigits > 0 {
            out.append(UInt8(ascii: "."))
            var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0)
            withUnsafeMutableBytes(of: &digits) { buf in
                var f = fraction
                for i in stride(from: fractionDigits - 1, through: 0, by: -1) {
                    buf[i] = UInt8(ascii: "0") + UInt8(f % 10); f /= 10
                }
                for i in 0..<fractionDigits { out.append(buf[i]) }
            }
        }
    }

    /// Appends the decimal digits of `n`.
    @inlinable
    public static func appendInteger(_ n: UInt64, to out: inout [UInt8]) {
        if n < 10 { out.append(UInt8(ascii: "0") + UInt8(n)); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes, enough for 20 digits
        withUnsafeMutableBytes(of: &digits) { buf in
            var i = 24, v = n
            while v > 0 { i -= 1; buf[i] = UInt8(ascii: "0") + UInt8(v % 10); v /= 10 }
            out.append(contentsOf: buf[i..<24])
        }
    }

    @usableFromInline
    static func appendLarge(_ value: Double, to out: inout [UInt8]) {
        out.append(contentsOf: Array(String(value.rounded()).utf8).prefix { $0 != UInt8(ascii: ".") })
    }

    /// `value` formatted as a string (convenience for attributes and labels).
    public static func string(_ value: Double, decimals: Int) -> String {
        var out: [UInt8] = []
        append(value, decimals: decimals, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// An integer with thin grouping for display, e.g. 64900 → "64,900".
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { result.append(",") }
            result.append(c)
        }
        return value < 0 ? "-" + result : result
    }
}
