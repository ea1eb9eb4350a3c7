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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buf in
            let n = write(value, decimals: decimals, to: buf.baseAddress!)
            out.append(contentsOf: UnsafeBufferPointer(start: buf.baseAddress!, count: n))
        }
    }

    /// Writes `value` like ``append(_:decimals:to:)`` at `p` (at least 24 bytes free)
    /// and returns the number of bytes written. Values of 9×10¹⁷ units or more are clamped.
    @inlinable
    public static func write(_ value: Double, decimals: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        guard value.isFinite else { p[0] = UInt8(ascii: "0"); return 1 }
        var scale = 1.0
        var d = 0
        while d < decimals { scale *= 10; d += 1 }
        // Half away from zero: magnitude + 0.5, truncated (no libm call in the hot loop).
        let scaled = min(abs(value) * scale + 0.5, 9.0e17)
        var units = UInt64(scaled)
        if units == 0 { p[0] = UInt8(ascii: "0"); return 1 }
        if decimals == 2 && units < 100_000_000 { return writeHundredths(UInt32(units), negative: value < 0, to: p) }
        var fractionDigits = decimals
        while fractionDigits > 0 && units % 10 == 0 { units /= 10; fractionDigits -= 1 }
        // Count the characters, then fill from the right.
        var digits = 0
        var t = units
        repeat { digits += 1; t /= 10 } while t > 0
        if digits <= fractionDigits { digits = fractionDigits + 1 }
        let length = (value < 0 ? 1 : 0) + digits + (fractionDigits > 0 ? 1 : 0)
        var i = length
        var written = 0
        repeat {
            if written == fractionDigits && fractionDigits > 0 { i -= 1; p[i] = UInt8(ascii: ".") }
            i -= 1; p[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: units % 10)
            units /= 10; written += 1
        } while units > 0 || written <= fractionDigits
        if value < 0 { p[0] = UInt8(ascii: "-") }
        return length
    }

    /// The fast path for 2 decimals (page millimetres): `units` hundredths, < 10⁸.
    @inlinable
    static func writeHundredths(_ units: UInt32, negative: Bool, to p: UnsafeMutablePointer<UInt8>) -> Int {
        var pos = 0
        if negative { p[0] = UInt8(ascii: "-"); pos = 1 }
        var whole = units / 100
        let fraction = units - whole * 100
        let zero = UInt8(ascii: "0")
        if whole < 10 { p[pos] = zero &+ UInt8(truncatingIfNeeded: whole); pos += 1 }
        else if whole < 100 {
            let t = whole / 10
            p[pos] = zero &+ UInt8(truncatingIfNeeded: t); p[pos + 1] = zero &+ UInt8(truncatingIfNeeded: whole - t * 10); pos += 2
        } else if whole < 1000 {
            let h = whole / 100, r = whole - h * 100, t = r / 10
            p[pos] = zero &+ UInt8(truncatingIfNeeded: h); p[pos + 1] = zero &+ UInt8(truncatingIfNeeded: t)
            p[pos + 2] = zero &+ UInt8(truncatingIfNeeded: r - t * 10); pos += 3
        } else {
            var digits = 0
            var t = whole
            while t > 0 { digits += 1; t /= 10 }
            var i = pos + digits
            while whole > 0 { i -= 1; let q = whole / 10; p[i] = zero &+ UInt8(truncatingIfNeeded: whole - q * 10); whole = q }
            pos += digits
        }
        if fraction != 0 {
            let tens = fraction / 10, ones = fraction - tens * 10
            p[pos] = UInt8(ascii: "."); p[pos + 1] = zero &+ UInt8(truncatingIfNeeded: tens); pos += 2
            if ones != 0 { p[pos] = zero &+ UInt8(truncatingIfNeeded: ones); pos += 1 }
        }
        return pos
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
