extension TextEscape {
    /// `s` as a double-quoted JSON string literal (RFC 8259): `"` and `\` escaped,
    /// line feed, tab and carriage return as `\n` `\t` `\r`, the other C0 controls as
    /// `\u00xx` (lower-case hex); everything else written as it is.
    public static func jsonString(_ s: String) -> String {
        "\"" + escaped(s) { c in
            sharedBackslashEscape(c) ?? (c.value < 0x20 ? "\\u" + hex(c.value, digits: 4, uppercase: false) : nil)
        } + "\""
    }
}
