/// A cursor over JSON bytes: whitespace, punctuation, literals, and syntax errors that
/// name the line and column. The bytes must outlive the scanner (it holds a pointer).
///
/// Reads never go past `end`: `peek` answers 0 there, a byte JSON never allows outside
/// strings, so one comparison serves as both the bounds and the token check.
struct JSONScanner {
    let base: UnsafePointer<UInt8>
    let end: Int
    var pos: Int = 0
    let file: String?

    init(_ buffer: UnsafeBufferPointer<UInt8>, file: String?) {
        precondition(buffer.count > 0, "JSONScanner: empty buffer")
        base = buffer.baseAddress!
        end = buffer.count
        self.file = file
        if end >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { pos = 3 }  // UTF-8 BOM
    }

    /// The byte at the cursor, or 0 at the end.
    @inline(__always) func peek() -> UInt8 { pos < end ? base[pos] : 0 }
    /// The byte `k` after the cursor, or 0 past the end.
    @inline(__always) func peek(_ k: Int) -> UInt8 { pos + k < end ? base[pos + k] : 0 }

    @inline(__always) mutating func skipWhitespace() {
        while pos < end {
            let c = base[pos]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { pos += 1 } else { return }
        }
    }

    /// Skips whitespace, then consumes `byte` or throws "expected … `context`".
    @inline(__always) mutating func expect(_ byte: UInt8, _ context: @autoclosure () -> String) throws(GISError) {
        skipWhitespace()
        guard pos < end, base[pos] == byte else {
            throw error("expected '\(Character(Unicode.Scalar(byte)))' \(context()), found \(found(at: pos))", at: pos)
        }
        pos += 1
    }

    /// Consumes the literal `true`, `false` or `null` whose first byte is at the cursor.
    mutating func readLiteral() throws(GISError) -> JSONValue {
        let c = peek()
        let (word, value): (StaticString, JSONValue) =
            c == UInt8(ascii: "t") ? ("true", .bool(true)) : c == UInt8(ascii: "f") ? ("false", .bool(false)) : ("null", .null)
        let n = word.utf8CodeUnitCount
        var i = 0
        while i < n {
            guard pos + i < end, base[pos + i] == word.utf8Start[i] else {
                throw error("expected a value (object, array, string, number, true, false or null), found \(found(at: pos))", at: pos)
            }
            i += 1
        }
        pos += n
        return value
    }

    /// True when the cursor is on `NaN`, `Infinity` or `-Infinity`.
    @inline(__always) func atNonFiniteLiteral() -> Bool {
        let c = peek()
        return c == UInt8(ascii: "N") || c == UInt8(ascii: "I") || (c == UInt8(ascii: "-") && peek(1) == UInt8(ascii: "I"))
    }

    /// Consumes `NaN`, `Infinity` or `-Infinity` and returns its text.
    /// - Throws: a syntax error for any other word.
    mutating func readNonFiniteLiteral() throws(GISError) -> String {
        for word in ["-Infinity", "Infinity", "NaN"] where matches(word) {
            pos += word.utf8.count
            return word
        }
        throw error("expected a value (object, array, string, number, true, false or null), found \(found(at: pos))", at: pos)
    }

    private func matches(_ word: String) -> Bool {
        var i = pos
        for b in word.utf8 {
            guard i < end, base[i] == b else { return false }
            i += 1
        }
        return true
    }

    /// A syntax error at byte `offset`, with its line and column.
    func error(_ message: String, at offset: Int) -> GISError {
        let (line, column) = lineColumn(of: offset)
        return GISError(file: file, location: SourceLocation(line: line, column: column), message)
    }

    /// How the byte at `offset` reads in a message: `'x'`, `byte 0xC3` or `the end of the input`.
    func found(at offset: Int) -> String {
        guard offset < end else { return "the end of the input" }
        let c = base[offset]
        if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
        if c == 0x20 { return "a space" }
        return "byte 0x" + String(c, radix: 16, uppercase: true)
    }

    /// The 1-based line and column (in characters) of byte `offset`.
    /// - Complexity: O(offset).
    func lineColumn(of offset: Int) -> (line: Int, column: Int) {
        lineColumns(of: [offset])[0]
    }

    /// Lines and columns of many offsets in one pass over the bytes.
    /// - Complexity: O(n + k log k) for n bytes up to the last offset and k offsets.
    func lineColumns(of offsets: [Int]) -> [(line: Int, column: Int)] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result = [(line: Int, column: Int)](repeating: (1, 1), count: offsets.count)
        var line = 1, column = 1, i = 0
        for k in order {
            let target = min(max(offsets[k], 0), end)
            while i < target {
                let b = base[i]
                if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            result[k] = (line, column)
        }
        return result
    }
}
