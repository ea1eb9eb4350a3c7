extension TextEscape {
    /// `s` escaped for XML 1.0 element content or an attribute value: `&` `<` `>` `"`
    /// as entity references; tab, line feed and carriage return kept as they are; the
    /// other C0 controls, U+FFFE and U+FFFF (not allowed in XML 1.0) dropped.
    public static func xmlText(_ s: String) -> String {
        escaped(s) { c in
            switch c {
            case "\u{9}", "\u{A}", "\u{D}": return nil
            case "\u{FFFE}", "\u{FFFF}": return ""
            default: return c.value < 0x20 ? "" : xmlMarkup(c)
            }
        }
    }

    /// `s` escaped for an XML attribute value whose line breaks must survive attribute
    /// normalisation (QGIS style files): `&` `<` `>` `"` as entity references and a
    /// line feed as `&#10;`; everything else written as it is.
    public static func xmlAttribute(_ s: String) -> String {
        escaped(s) { c in c == "\n" ? "&#10;" : xmlMarkup(c) }
    }

    /// The entity reference for a scalar that is XML markup, nil for any other.
    private static func xmlMarkup(_ c: Unicode.Scalar) -> String? {
        switch c {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        default: nil
        }
    }
}
