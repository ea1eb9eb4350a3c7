#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// JSON numbers, correctly rounded exactly as `strtod` rounds them.
///
/// Fast path (Clinger 1990, "How to read floating point numbers accurately"): when the
/// decimal significand has at most 19 digits, is below 2^53 and the power of ten is
/// within ±22, both are exact doubles and one IEEE multiplication or division gives the
/// correctly rounded result. Every other literal goes to `strtod` on a NUL-terminated
/// copy of its bytes.
extension JSONScanner {
    /// Reads the number at the cursor (a `-` or a digit), following RFC 8259's grammar.
    /// Returns ±infinity when the literal overflows a double (the caller reports it).
    /// - Throws: a syntax error for leading zeros, a missing digit or a lone `-`.
    @inline(__always)
    mutating func readNumber() throws(GISError) -> Double {
        let start = pos
        var p = pos
        let negative = base[p] == UInt8(ascii: "-")
        if negative { p += 1 }
        var mantissa: UInt64 = 0
        var digits = 0          // significant digits folded into `mantissa`
        var truncated = false   // a non-zero digit did not fit in `mantissa`
        var exponent = 0
        guard p < end, base[p] &- 0x30 < 10 else { throw numberError("expected a digit after '-'", at: p) }
        if base[p] == 0x30 {
            p += 1
            if p < end && base[p] &- 0x30 < 10 {
                throw numberError("leading zeros are not allowed in JSON numbers", at: start)
            }
        } else {
            while p < end {
                let d = base[p] &- 0x30
                if d >= 10 { break }
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(d); digits += 1 }
                else { exponent += 1; if d != 0 { truncated = true } }
                p += 1
            }
        }
        if p < end && base[p] == UInt8(ascii: ".") {
            p += 1
            let fractionStart = p
            // Eight digits at a time while they fit in the 19 kept (SWAR, as in simdjson).
            while digits <= 11 && p + 8 <= end {
                let chunk = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
                guard isEightDigits(chunk) else { break }
                mantissa = mantissa &* 100_000_000 &+ eightDigitsValue(chunk)
                if mantissa != 0 { digits += 8 }
                exponent -= 8
                p += 8
            }
            while p < end {
                let d = base[p] &- 0x30
                if d >= 10 { break }
                if digits < 19 {
                    if mantissa != 0 || d != 0 { mantissa = mantissa &* 10 &+ UInt64(d); digits += 1 }
                    exponent -= 1
                } else if d != 0 { truncated = true }
                p += 1
            }
            if p == fractionStart { throw numberError("expected a digit after '.' in a number", at: p) }
        }
        if p < end && base[p] | 0x20 == UInt8(ascii: "e") {
            p += 1
            var negativeExponent = false
            if p < end && (base[p] == UInt8(ascii: "+") || base[p] == UInt8(ascii: "-")) {
                negativeExponent = base[p] == UInt8(ascii: "-"); p += 1
            }
            let exponentStart = p
            var e = 0
            while p < end {
                let d = base[p] &- 0x30
                if d >= 10 { break }
                if e < 1_000_000 { e = e * 10 + Int(d) }
                p += 1
            }
            if p == exponentStart { throw numberError("expected a digit in the exponent of a number", at: p) }
            exponent += negativeExponent ? -e : e
        }
        pos = p
        if !truncated {
            if mantissa == 0 { return negative ? -0.0 : 0.0 }
            if mantissa <= 1 << 53 && exponent >= -22 && exponent <= 22 {
                let m = Double(mantissa)
                let v = exponent < 0 ? m / exactPowerOfTen(-exponent) : m * exactPowerOfTen(exponent)
                return negative ? -v : v
            }
        }
        return strtodNumber(from: start, to: p)
    }

    /// `strtod` on a NUL-terminated copy of bytes `start..<stop`.
    func strtodNumber(from start: Int, to stop: Int) -> Double {
        let n = stop - start
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: n + 1) { buffer in
            for i in 0..<n { buffer[i] = CChar(bitPattern: base[start + i]) }
            buffer[n] = 0
            return strtod(buffer.baseAddress!, nil)
        }
    }

    private func numberError(_ message: String, at offset: Int) -> GISError {
        error(message, at: offset)
    }
}

/// True when the 8 bytes of `chunk` (little-endian) are all ASCII digits.
@inline(__always)
func isEightDigits(_ chunk: UInt64) -> Bool {
    (chunk & 0xF0F0_F0F0_F0F0_F0F0) | (((chunk &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0) >> 4)
        == 0x3333_3333_3333_3333
}

/// The value of 8 ASCII digits read little-endian (the first digit in the lowest byte).
@inline(__always)
func eightDigitsValue(_ chunk: UInt64) -> UInt64 {
    var v = chunk &- 0x3030_3030_3030_3030
    v = (v &* 10) &+ (v >> 8)
    let mask: UInt64 = 0x0000_00FF_0000_00FF
    return ((v & mask) &* (100 + (1_000_000 << 32)) &+ ((v >> 16) & mask) &* (1 + (10_000 << 32))) >> 32
}

/// 10^k for 0 ≤ k ≤ 22, every one exactly representable as a double.
@inline(__always)
func exactPowerOfTen(_ k: Int) -> Double {
    withUnsafePointer(to: _powersOfTen) { tuple in
        tuple.withMemoryRebound(to: Double.self, capacity: 23) { $0[k] }
    }
}

private let _powersOfTen: (Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double,
                           Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double) =
    (1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
     1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22)

/// Parses one complete JSON number literal, exactly as the decoder does: nil when the
/// bytes are not exactly one number. For tests and for callers with loose numbers.
func parseJSONNumber(_ bytes: [UInt8]) -> Double? {
    guard !bytes.isEmpty else { return nil }
    return bytes.withUnsafeBufferPointer { buffer -> Double? in
        var scanner = JSONScanner(buffer, file: nil)
        scanner.pos = 0
        let c = scanner.peek()
        guard c == UInt8(ascii: "-") || c &- 0x30 < 10 else { return nil }
        guard let v = try? scanner.readNumber(), scanner.pos == buffer.count else { return nil }
        return v
    }
}
