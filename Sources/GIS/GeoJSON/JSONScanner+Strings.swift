/// JSON strings: a fast path for strings without escapes, which become a `String` from
/// one validated slice, and a slow path that decodes escapes and surrogate pairs.
extension JSONScanner {
    /// Reads the string whose opening quote is at the cursor.
    /// - Throws: unterminated strings, raw control characters, bad escapes, unpaired
    ///   surrogates and invalid UTF-8, each with its line and column.
    mutating func readString() throws(GISError) -> String {
        let open = pos
        var p = pos + 1
        var ascii = true
        while p < end {
            let c = base[p]
            if c == 0x22 {
                pos = p + 1
                return try makeString(from: open + 1, to: p, ascii: ascii, open: open)
            }
            if c == 0x5C { return try readEscapedString(open: open) }
            if c < 0x20 { throw controlCharacterError(c, at: p) }
            if c >= 0x80 { ascii = false }
            p += 1
        }
        throw error("unterminated string: expected a closing '\"' before the end of the input", at: open)
    }

    /// The raw bytes of a string without escapes (cursor on its opening quote), or nil
    /// when it has escapes (cursor unchanged) — for comparing member names cheaply.
    @inline(__always) mutating func readRawStringBytes() throws(GISError) -> Range<Int>? {
        let open = pos
        var p = pos + 1
        while p < end {
            let c = base[p]
            if c == 0x22 { pos = p + 1; return (open + 1)..<p }
            if c == 0x5C { return nil }
            if c < 0x20 { throw controlCharacterError(c, at: p) }
            p += 1
        }
        throw error("unterminated string: expected a closing '\"' before the end of the input", at: open)
    }

    /// A `String` from bytes `start..<stop`, validated as UTF-8.
    func makeString(from start: Int, to stop: Int, ascii: Bool, open: Int) throws(GISError) -> String {
        let slice = UnsafeBufferPointer(start: base + start, count: stop - start)
        if ascii { return String(decoding: slice, as: UTF8.self) }
        guard let s = String(validating: slice, as: UTF8.self) else {
            throw error("invalid UTF-8 in a string: JSON text must be UTF-8", at: firstInvalidUTF8(from: start, to: stop))
        }
        return s
    }

    private mutating func readEscapedString(open: Int) throws(GISError) -> String {
        var out: [UInt8] = []
        var p = open + 1
        while true {
            guard p < end else {
                throw error("unterminated string: expected a closing '\"' before the end of the input", at: open)
            }
            let c = base[p]
            if c == 0x22 { break }
            if c < 0x20 { throw controlCharacterError(c, at: p) }
            if c != 0x5C { out.append(c); p += 1; continue }
            let e: UInt8 = p + 1 < end ? base[p + 1] : 0
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                p = try appendUnicodeEscape(at: p, into: &out)
                continue
            default:
                throw error("invalid escape '\\\(e == 0 ? "" : String(Character(Unicode.Scalar(e))))' in a string; "
                            + "expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", at: p)
            }
            p += 2
        }
        pos = p + 1
        guard let s = String(validating: out, as: UTF8.self) else {
            throw error("invalid UTF-8 in a string: JSON text must be UTF-8", at: open)
        }
        return s
    }

    /// Decodes `\uXXXX` (and its low surrogate) at `p`; returns the offset after it.
    private func appendUnicodeEscape(at p: Int, into out: inout [UInt8]) throws(GISError) -> Int {
        let high = try hex4(at: p)
        var scalar: UInt32 = high
        var next = p + 6
        if (0xD800...0xDBFF).contains(high) {
            guard next + 1 < end, base[next] == 0x5C, base[next + 1] == UInt8(ascii: "u") else {
                throw error("unpaired surrogate \\u\(String(high, radix: 16, uppercase: true)) in a string: "
                            + "expected a low surrogate \\uDC00…\\uDFFF after it", at: p)
            }
            let low = try hex4(at: next)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw error("unpaired surrogate \\u\(String(high, radix: 16, uppercase: true)) in a string: "
                            + "expected a low surrogate \\uDC00…\\uDFFF after it", at: p)
            }
            scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            next += 6
        } else if (0xDC00...0xDFFF).contains(high) {
            throw error("unpaired surrogate \\u\(String(high, radix: 16, uppercase: true)) in a string: "
                        + "a low surrogate must follow a high one", at: p)
        }
        out.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
        return next
    }

    /// The value of the 4 hex digits after `\u` at `p`.
    private func hex4(at p: Int) throws(GISError) -> UInt32 {
        var v: UInt32 = 0
        for k in 2..<6 {
            let c: UInt8 = p + k < end ? base[p + k] : 0
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
            default:
                throw error("invalid escape in a string: expected 4 hex digits after \\u", at: p)
            }
            v = v << 4 | d
        }
        return v
    }

    private func controlCharacterError(_ c: UInt8, at p: Int) -> GISError {
        let hex = String(c, radix: 16, uppercase: true)
        return error("unescaped control character U+\(hex.count < 2 ? "000" : "00")\(hex) in a string; "
                     + "write it escaped (\\u\(hex.count < 2 ? "000" : "00")\(hex)) or close the string with '\"'", at: p)
    }

    /// The offset of the first byte that breaks UTF-8 in `start..<stop` (or `start`).
    private func firstInvalidUTF8(from start: Int, to stop: Int) -> Int {
        var p = start
        while p < stop {
            let c = base[p]
            let n = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0
            guard n > 0, p + n <= stop else { return p }
            for k in 1..<n where base[p + k] & 0xC0 != 0x80 { return p }
            if String(validating: UnsafeBufferPointer(start: base + p, count: n), as: UTF8.self) == nil { return p }
            p += n
        }
        return start
    }
}
