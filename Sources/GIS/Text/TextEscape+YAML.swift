extension TextEscape {
    /// `s` as a YAML double-quoted scalar that reads back as exactly `s`: `\\` and `\"`
    /// escaped, line feed, tab and carriage return as `\n` `\t` `\r`, and every other
    /// character YAML does not allow raw in a quoted scalar (C0 and C1 controls, DEL,
    /// U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF) as `\xXX` or `\uXXXX` (upper-case hex).
    public static func yamlDoubleQuoted(_ s: String) -> String {
        "\"" + escaped(s) { c in
            if let shared = sharedBackslashEscape(c) { return shared }
            let v = c.value
            guard v < 0x20 || (0x7F...0x9F).contains(v) || [0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF].contains(v) else { return nil }
            return v <= 0xFF ? "\\x" + hex(v, digits: 2, uppercase: true) : "\\u" + hex(v, digits: 4, uppercase: true)
        } + "\""
    }
}
