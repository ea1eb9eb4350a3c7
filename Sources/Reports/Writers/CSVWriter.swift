import GIS

/// Writes a table as CSV (RFC 4180, UTF-8): a header row of column names, then one
/// line per row; fields quoted only when needed; `\n` line ends, one after the last row.
public enum CSVWriter {
    /// The table as CSV text (the bytes of ``append(_:to:)``).
    /// - Complexity: O(rows × columns).
    public static func render<Row>(_ table: Table<Row>) -> String {
        var out: [UInt8] = []
        append(table, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the table as CSV bytes to `out`, cell by cell straight into the buffer
    /// (no string per cell or per line); the same bytes as the text of ``render(_:)``.
    /// The value closures are called in the order ``Table/cells`` calls them (row by
    /// row, column by column).
    /// - Complexity: O(rows × columns).
    public static func append<Row>(_ table: Table<Row>, to out: inout [UInt8]) {
        let columns = table.columns
        out.reserveCapacity(out.count + (table.rows.count + 1) * max(1, columns.count) * 8)
        for (k, column) in columns.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            appendField(column.name, to: &out)
        }
        out.append(UInt8(ascii: "\n"))
        for row in table.rows {
            for k in columns.indices {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                appendCell(columns[k].value(row), to: &out)
            }
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    public static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return s }
        var out = "\""
        for c in s { if c == "\"" { out += "\"\"" } else { out.append(c) } }
        return out + "\""
    }

    /// Appends `cell` as ``Cell/text`` reads, quoted as ``field(_:)`` quotes.
    static func appendCell(_ cell: Cell, to out: inout [UInt8]) {
        switch cell {
        case .text(let s), .missing(let s): appendField(s, to: &out)
        case .integer(let n): appendInteger(n, to: &out)
        case .number(let x, let d):
            // Digits, '-' and '.' only: never quoted. Where the fast writer declines
            // (not finite, huge), the text is Fixed's.
            if !DecimalWriter.append(x, decimals: d, zeros: .keep, to: &out) { out.append(contentsOf: Fixed.text(x, d).utf8) }
        case .flag(let b): out.append(b ? UInt8(ascii: "1") : UInt8(ascii: "0"))
        }
    }

    /// Appends `n` in decimal, as `String(n)` writes it.
    static func appendInteger(_ n: Int, to out: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var m = n.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: m % 10)
                m /= 10; count += 1
            } while m > 0
            if n < 0 { out.append(UInt8(ascii: "-")) }
            out.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Appends `s` as ``field(_:)`` writes it: its bytes as they are unless one of them
    /// may need quoting (a comma, a quote, or a byte of a line break: U+000A–U+000D,
    /// U+0085, U+2028, U+2029), and then ``field(_:)``'s own text.
    static func appendField(_ s: String, to out: inout [UInt8]) {
        var s = s
        let plain: Bool = s.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || (b >= 0x0A && b <= 0x0D) { return false }
                if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 { return false }
                if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return false }
                i += 1
            }
            out.append(contentsOf: bytes)
            return true
        }
        if !plain { out.append(contentsOf: field(s).utf8) }
    }
}
