/// Numbers as a user writes them in YAML files: decimal only. `0x10`, `0o17`, `0b1`,
/// `0x1p3`, `inf`, `.inf`, `nan`, `1e` and `1,000` are not numbers here, so a value is
/// never read other than as it reads. `_` may separate digits (`100_000`).
public enum YAMLNumber {
    /// The decimal number `text` writes: an optional sign, digits with an optional
    /// fraction (or a fraction alone, `.5`), and an optional exponent (`1.5e3`); nil
    /// for anything else or a value too large for a Double.
    public static func decimal(_ text: String) -> Double? {
        guard let t = digitsOnly(text) else { return nil }
        var i = t.startIndex
        if i < t.endIndex, t[i] == UInt8(ascii: "+") || t[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        while i < t.endIndex, t[i].isDigit { i += 1 }
        var digits = i - intStart
        if i < t.endIndex, t[i] == UInt8(ascii: ".") {
            i += 1
            let fracStart = i
            while i < t.endIndex, t[i].isDigit { i += 1 }
            digits += i - fracStart
        }
        guard digits > 0 else { return nil }
        if i < t.endIndex, t[i] == UInt8(ascii: "e") || t[i] == UInt8(ascii: "E") {
            i += 1
            if i < t.endIndex, t[i] == UInt8(ascii: "+") || t[i] == UInt8(ascii: "-") { i += 1 }
            let expStart = i
            while i < t.endIndex, t[i].isDigit { i += 1 }
            guard i > expStart else { return nil }
        }
        guard i == t.endIndex, let d = Double(String(decoding: t, as: UTF8.self)), d.isFinite else { return nil }
        return d
    }

    /// The decimal integer `text` writes (optional sign, digits), or nil for anything
    /// else or one that does not fit in an `Int`.
    public static func integer(_ text: String) -> Int? {
        guard let t = digitsOnly(text) else { return nil }
        var i = t.startIndex
        if i < t.endIndex, t[i] == UInt8(ascii: "+") || t[i] == UInt8(ascii: "-") { i += 1 }
        guard i < t.endIndex, t[i...].allSatisfy(\.isDigit) else { return nil }
        return Int(String(decoding: t, as: UTF8.self))
    }

    /// The bytes of `text` without `_` that stands between two digits; nil when a `_`
    /// stands anywhere else.
    private static func digitsOnly(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (i, b) in bytes.enumerated() {
            if b == UInt8(ascii: "_") {
                guard i > 0, i + 1 < bytes.count, bytes[i - 1].isDigit, bytes[i + 1].isDigit else { return nil }
                continue
            }
            out.append(b)
        }
        return out
    }
}

private extension UInt8 {
    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
