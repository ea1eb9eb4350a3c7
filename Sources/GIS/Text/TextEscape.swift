/// Escaping of text for the syntaxes Benkang writes (JSON, XML, YAML), one Unicode
/// scalar at a time; each syntax's rules are in its own file (`TextEscape+JSON.swift`,
/// `TextEscape+XML.swift`, `TextEscape+YAML.swift`).
public enum TextEscape {
    /// `s` with each Unicode scalar replaced by what `replacement` returns for it:
    /// nil keeps the scalar, an empty string drops it.
    /// - Complexity: O(scalars).
    public static func escaped(_ s: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            if let r = replacement(c) { out += r } else { out.unicodeScalars.append(c) }
        }
        return out
    }

    /// The backslash escape JSON and YAML double-quoted strings share: `\"` `\\` and
    /// `\n` `\t` `\r` for line feed, tab and carriage return; nil for any other scalar.
    static func sharedBackslashEscape(_ c: Unicode.Scalar) -> String? {
        switch c {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\t": "\\t"
        case "\r": "\\r"
        default: nil
        }
    }

    /// `value` in hexadecimal, left-padded with zeros to at least `digits` digits.
    static func hex(_ value: UInt32, digits: Int, uppercase: Bool) -> String {
        let h = String(value, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(digits - h.count, 0)) + h
    }
}
