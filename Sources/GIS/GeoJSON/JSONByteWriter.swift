/// Appends JSON text to a byte array: punctuation, escaped strings and numbers in
/// their shortest round-trip form (or at a fixed number of decimals), without building
/// a `String` per number.
struct JSONByteWriter {
    var bytes: [UInt8] = []

    @inline(__always) mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// Appends ASCII text given as a literal.
    @inline(__always) mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `s` as a JSON string: quotes, `\"`, `\\` and control characters escaped
    /// (`\n`, `\t`, … or `\u00XX`); everything else as raw UTF-8.
    mutating func appendString(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            for i in 0..<utf8.count {
                let c = utf8[i]
                guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                runStart = i + 1
                bytes.append(0x5C)
                switch c {
                case 0x22: bytes.append(0x22)
                case 0x5C: bytes.append(0x5C)
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(0x22)
    }

    /// Appends `d` with the fewest digits that read back as exactly `d`; integers up to
    /// 2^53 without a fraction, `-0` for negative zero, `null` for NaN and infinities
    /// (JSON has no such numbers).
    mutating func appendNumber(_ d: Double) {
        guard d.isFinite else { append("null"); return }
        if d == 0 { if d.sign == .minus { append("-0") } else { append(0x30) }; return }
        let a = d.magnitude
        let negative = d < 0
        if a <= 9_007_199_254_740_992, a.rounded(.towardZero) == a {
            appendDecimal(UInt64(a), fractionDigits: 0, negative: negative)
            return
        }
        if a >= 1e-4 && a < 1e15 {
            // m·10^-k, with m = round(a·10^k) < 2^53, reads back as a exactly when one
            // exact division (Clinger) gives a. Up to 15 significant digits (the usual
            // coordinates), the 15-digit m with its trailing zeros trimmed is the answer;
            // otherwise the first k that reads back is.
            var k = 14   // a·10^k in [10^14, 10^15): 15 significant digits
            var t = a
            while t >= 10 { t /= 10; k -= 1 }
            while t < 1 { t *= 10; k += 1 }
            var digits = UInt64((a * exactPowerOfTen(k)).rounded())
            while k > 0 && digits % 10 == 0 { digits /= 10; k -= 1 }
            if k > 0 && Double(digits) / exactPowerOfTen(k) == a {
                appendDecimal(digits, fractionDigits: k, negative: negative)
                return
            }
            k = 1
            while k <= 22 {
                let scale = exactPowerOfTen(k)
                let m = (a * scale).rounded()
                if m >= 9_007_199_254_740_992 { break }
                if m / scale == a {
                    appendDecimal(UInt64(m), fractionDigits: k, negative: negative)
                    return
                }
                k += 1
            }
        }
        var text = d.description
        text.withUTF8 { utf8 in
            // Integers beyond 2^53 print as "…4.0": the ".0" is dropped.
            let n = utf8.count
            let whole = n > 2 && utf8[n - 2] == UInt8(ascii: ".") && utf8[n - 1] == 0x30
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[0..<(whole ? n - 2 : n)]))
        }
    }

    /// Appends `d` rounded to at most `decimals` decimals, trailing zeros trimmed; falls
    /// back to the shortest form where the scaled value is beyond 2^53.
    mutating func appendNumber(_ d: Double, decimals: Int) {
        guard DecimalWriter.append(d, decimals: decimals, zeros: .trim, unitLimit: 9_007_199_254_740_992, to: &bytes)
        else { appendNumber(d); return }
    }

    /// Appends m·10^-fractionDigits in plain decimal notation, trailing zeros trimmed.
    @inline(__always)
    private mutating func appendDecimal(_ m: UInt64, fractionDigits: Int, negative: Bool) {
        var m = m
        var k = fractionDigits
        while k > 0 && m % 10 == 0 { m /= 10; k -= 1 }
        // At most 20 digits, a point, 22 leading zeros and a sign: written backwards
        // into a stack buffer, then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var i = 48
            var written = 0
            repeat {
                if written == k && k > 0 { i -= 1; buffer[i] = UInt8(ascii: ".") }
                i -= 1
                buffer[i] = UInt8(truncatingIfNeeded: m % 10) &+ 0x30
                m /= 10
                written += 1
            } while m > 0 || written <= k
            if negative { i -= 1; buffer[i] = UInt8(ascii: "-") }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i..<48]))
        }
    }
}
