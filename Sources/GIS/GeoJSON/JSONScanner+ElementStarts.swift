/// The cheap first pass of the parallel decoder: where each element of an array starts,
/// found by following only strings (with their escapes) and bracket depth, without
/// reading any value.
extension JSONScanner {
    /// The byte offsets of the elements of the array whose `[` is just before `from`, and
    /// the offset of its closing `]`; nil when the bytes do not balance (an unterminated
    /// string, a `}` closing the array, or no closing `]`) or the array is empty.
    ///
    /// Nothing is checked beyond that: the parser that reads the elements checks their
    /// syntax and that each one ends where the next starts (``GeoJSONParser``'s parallel
    /// path falls back to one thread when it does not).
    /// - Complexity: O(n) in the bytes of the array, one table lookup a byte.
    func elementStarts(from: Int) -> (starts: [Int], close: Int)? {
        var p = from
        @inline(__always) func skipSpace() {
            while p < end {
                let c = base[p]
                guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
                p += 1
            }
        }
        skipSpace()
        guard p < end, base[p] != UInt8(ascii: "]") else { return nil }
        var starts: [Int] = [p]
        var depth = 0
        return structuralBytes.withUnsafeBufferPointer { table -> (starts: [Int], close: Int)? in
            do {
                while true {
                    // Most bytes are digits, letters and punctuation that change nothing.
                    while p < end && table[Int(base[p])] & 1 == 0 { p += 1 }
                    guard p < end else { return nil }
                    let c = base[p]
                    switch c {
                    case UInt8(ascii: "\""):
                        p += 1
                        while true {
                            while p < end && table[Int(base[p])] & 2 == 0 { p += 1 }
                            guard p < end else { return nil }
                            if base[p] == UInt8(ascii: "\\") { p += 2; continue }
                            p += 1   // the closing quote
                            break
                        }
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        depth += 1
                        p += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        if depth == 0 { return c == UInt8(ascii: "]") ? (starts, p) : nil }
                        depth -= 1
                        p += 1
                    default:   // ','
                        p += 1
                        if depth == 0 {
                            skipSpace()
                            starts.append(p)
                        }
                    }
                }
            }
        }
    }
}

extension JSONScanner {
    /// The offset of the first `{` in `from..<limit` that follows `}`, `,` and optional
    /// whitespace: where an element of an array of objects probably starts. A guess (it
    /// may sit in a string or a nested array): the caller checks it.
    func likelyObjectStart(from: Int, limit: Int) -> Int? {
        var p = max(from, 0)
        while p < limit {
            guard base[p] == UInt8(ascii: "}") else { p += 1; continue }
            var q = p + 1
            while q < end, base[q] == 0x20 || base[q] == 0x0A || base[q] == 0x0D || base[q] == 0x09 { q += 1 }
            if q < end, base[q] == UInt8(ascii: ",") {
                q += 1
                while q < end, base[q] == 0x20 || base[q] == 0x0A || base[q] == 0x0D || base[q] == 0x09 { q += 1 }
                if q < end, base[q] == UInt8(ascii: "{") { return q }
            }
            p += 1
        }
        return nil
    }
}

/// Bit 1: a byte the element scan stops at outside strings (`"`, `{`, `}`, `[`, `]`, `,`);
/// bit 2: a byte it stops at inside strings (`"`, `\`).
private let structuralBytes: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 256)
    for c in "{}[],".utf8 { table[Int(c)] = 1 }
    table[Int(UInt8(ascii: "\""))] = 3
    table[Int(UInt8(ascii: "\\"))] = 2
    return table
}()
