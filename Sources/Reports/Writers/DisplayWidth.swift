/// The columns a text takes on a terminal: 2 for East Asian wide and full-width
/// characters (CJK ideographs, kana, hangul, full-width forms), 0 for combining marks and
/// zero-width characters, 1 for the others.
public enum DisplayWidth {
    public static func of(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    static func width(_ c: Unicode.Scalar) -> Int {
        let v = c.value
        if v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF { return 0 }
        switch c.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        default: break
        }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    /// `s` padded with spaces to `width` display columns, on the right (left-aligned) or left.
    public static func pad(_ s: String, to width: Int, left: Bool) -> String {
        let fill = String(repeating: " ", count: max(0, width - of(s)))
        return left ? s + fill : fill + s
    }
}
