import Foundation

/// The one fixed-decimal number writer of Benkang: a `Double` rounded half away from
/// zero to a fixed number of decimals, in plain notation (no locale, no exponent,
/// never "-0"), straight into bytes. Tables keep the trailing zeros ("1.50"); SVG and
/// GeoJSON coordinates trim them ("1.5"). The same value always gives the same bytes.
public enum DecimalWriter {
    /// Trailing zeros after the point: kept (`1.50`, tables) or trimmed (`1.5`, coordinates).
    public enum Zeros: Sendable { case keep, trim }

    /// The largest scaled magnitude (|value| × 10^decimals, rounded) written exactly.
    public static let exactUnitLimit = 1.8e19

    /// Writes `value` at `p` (at least 48 bytes free) and returns the bytes written, or
    /// nil (nothing written) when `value` is not finite, `decimals` is outside 0…22, or
    /// the rounded |value| × 10^decimals reaches `unitLimit` (at most ``exactUnitLimit``).
    /// - Complexity: O(number of digits); no allocation.
    @inlinable
    public static func write(_ value: Double, decimals: Int, zeros: Zeros,
                             unitLimit: Double = exactUnitLimit, to p: UnsafeMutablePointer<UInt8>) -> Int? {
        guard value.isFinite, decimals >= 0, decimals <= 22 else { return nil }
        var scale = 1.0
        var d = 0
        while d < decimals { scale *= 10; d += 1 }
        let scaled = (value.magnitude * scale).rounded()
        guard scaled < min(unitLimit, exactUnitLimit) else { return nil }
        var units = UInt64(scaled)
        let negative = value < 0 && units > 0
        var fractionDigits = decimals
        if zeros == .trim {
            if decimals == 2 && units < 100_000_000 { return writeHundredths(UInt32(units), negative: negative, to: p) }
            while fractionDigits > 0 && units % 10 == 0 { units /= 10; fractionDigits -= 1 }
        }
        // Count the characters, then fill from the right.
        var digits = 0
        var t = units
        repeat { digits += 1; t /= 10 } while t > 0
        if digits <= fractionDigits { digits = fractionDigits + 1 }
        let length = (negative ? 1 : 0) + digits + (fractionDigits > 0 ? 1 : 0)
        var i = length
        var written = 0
        repeat {
            if written == fractionDigits && fractionDigits > 0 { i -= 1; p[i] = UInt8(ascii: ".") }
            i -= 1; p[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: units % 10)
            units /= 10; written += 1
        } while units > 0 || written <= fractionDigits
        if negative { p[0] = UInt8(ascii: "-") }
        return length
    }

    /// The fast path for 2 decimals, zeros trimmed (page millimetres): `units` hundredths, < 10⁸.
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

    /// Appends `value` like ``write(_:decimals:zeros:unitLimit:to:)``; returns false
    /// (nothing appended) where that returns nil.
    @inlinable @discardableResult
    public static func append(_ value: Double, decimals: Int, zeros: Zeros,
                              unitLimit: Double = exactUnitLimit, to out: inout [UInt8]) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buf in
            guard let n = write(value, decimals: decimals, zeros: zeros, unitLimit: unitLimit, to: buf.baseAddress!) else { return false }
            out.append(contentsOf: UnsafeBufferPointer(start: buf.baseAddress!, count: n))
            return true
        }
    }

    /// `value` as text like ``write(_:decimals:zeros:unitLimit:to:)``; nil when it is not
    /// finite. Any magnitude is safe: beyond ``exactUnitLimit`` units the digits are no
    /// longer exact anyway and C's `printf` writes them (decimals capped at 17).
    public static func string(_ value: Double, decimals: Int, zeros: Zeros = .keep) -> String? {
        guard value.isFinite else { return nil }
        var out: [UInt8] = []
        if append(value, decimals: decimals, zeros: zeros, to: &out) { return String(decoding: out, as: UTF8.self) }
        var s = String(format: "%.\(max(0, min(decimals, 17)))f", value)
        if zeros == .trim, s.contains(".") {
            while s.last == "0" { s.removeLast() }
            if s.last == "." { s.removeLast() }
        }
        return s
    }
}
