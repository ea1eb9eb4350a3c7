/// Text files a user writes (scenarios, county.yaml, map specs, CSV tables) read as
/// UTF-8: a leading byte-order mark is dropped, and bytes that are not UTF-8 are refused
/// with the place of the first bad byte and how to convert the file (such files are
/// nearly always GBK/GB18030, what Excel and Notepad on Chinese Windows write).
public enum UTF8Text {
    /// The UTF-8 byte-order mark EF BB BF.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The text of `bytes`, without a leading byte-order mark.
    /// - Throws: `GISError` naming `file`, the line:column and byte offset of the first
    ///   byte that is not UTF-8, and the `iconv` command that converts a GBK file.
    /// - Complexity: O(n) in the byte count.
    public static func decode(_ bytes: [UInt8], file: String) throws -> String {
        let skip = bytes.starts(with: byteOrderMark) ? 3 : 0
        let body = bytes[skip...]
        if let text = String(validating: body, as: UTF8.self) { return text }
        let bad = skip + firstInvalidByte(body)
        var line = 1, column = 1
        for b in bytes[skip..<bad] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        throw GISError(file: file, location: SourceLocation(line: line, column: column),
                       "the file is not UTF-8 text (byte \(hex(bytes[bad])) at offset \(bad) is not UTF-8); "
                       + "it is likely GBK/GB18030 (Chinese Windows): convert it with "
                       + "`iconv -f GBK -t UTF-8 \(shellQuoted(file)) > converted.\(suffix(file))` and read the converted file")
    }

    /// Drops a leading U+FEFF (a byte-order mark that reached a `String`).
    public static func droppingByteOrderMark(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }

    /// The offset of the first byte of `bytes` that does not begin or continue a valid
    /// UTF-8 character (the count when all are valid).
    static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> Int {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF   // the allowed second byte
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return i - bytes.startIndex
            }
            guard i + length <= bytes.endIndex else { return i - bytes.startIndex }
            for k in 1..<length {
                let c = bytes[i + k]
                let ok = k == 1 ? (lowest...highest).contains(c) : (0x80...0xBF).contains(c)
                if !ok { return i - bytes.startIndex }
            }
            i += length
        }
        return bytes.count
    }

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x" + String(digits[Int(b >> 4)]) + String(digits[Int(b & 15)])
    }

    static func suffix(_ file: String) -> String {
        guard let dot = file.lastIndex(of: "."), !file[dot...].contains("/") else { return "txt" }
        return String(file[file.index(after: dot)...])
    }

    static func shellQuoted(_ s: String) -> String {
        s.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "/._-+".contains($0)) }) ? s : "'" + s.replacing("'", with: "'\\''") + "'"
    }
}
