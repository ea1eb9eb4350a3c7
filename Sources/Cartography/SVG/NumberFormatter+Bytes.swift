import GIS

/// Fixed-precision decimal formatting straight into a byte buffer, without Foundation.
///
/// SVG coordinates are written with a fixed number of decimals (trailing zeros trimmed),
/// so the same value always gives the same bytes on every platform.
public enum FixedDecimal {
    /// Appends `value` rounded half away from zero to `decimals` places (0…6) to `out`.
    /// Non-finite values are written as `0`; `-0` is written as `0`.
    /// - Complexity: O(number of digits); no allocation.
    @inlinable
    public static func append(_ value: Double, decimals: Int, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buf in
            let n = write(value, decimals: decimals, to: buf.baseAddress!)
            out.append(contentsOf: UnsafeBufferPointer(start: buf.baseAddress!, count: n))
        }
    }

    /// Writes `value` like ``append(_:decimals:to:)`` at `p` (at least 24 bytes free)
    /// and returns the number of bytes written. Values of 9×10¹⁷ units or more are clamped.
    /// The digits come from GIS's ``DecimalWriter`` (zeros trimmed), the one fixed-decimal writer.
    @inlinable
    public static func write(_ value: Double, decimals: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        if let n = DecimalWriter.write(value, decimals: decimals, zeros: .trim, unitLimit: 9.0e17, to: p) { return n }
        guard value.isFinite else { p[0] = UInt8(ascii: "0"); return 1 }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let clamped = (value < 0 ? -9.0e17 : 9.0e17) / scale
        return DecimalWriter.write(clamped, decimals: decimals, zeros: .trim, to: p) ?? 0
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

    /// `value` formatted as a string (convenience for attributes and labels).
    public static func string(_ value: Double, decimals: Int) -> String {
        var out: [UInt8] = []
        append(value, decimals: decimals, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A millimetre value as SVG attribute text: 2 decimals, trailing zeros trimmed
    /// (what ``SVGText/mm(_:)`` writes).
    @inlinable public static func millimetres(_ v: Double) -> String { string(v, decimals: 2) }

    /// An integer with thin grouping for display, e.g. 12345 → "12,345".
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
