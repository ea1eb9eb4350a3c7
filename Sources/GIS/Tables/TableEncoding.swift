#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// The character encodings of CSV files that Benkang reads: UTF-8 (with or without a
/// byte-order mark) and GBK, read as its superset GB18030 (what Excel on Chinese
/// Windows writes as "CSV").
public enum TableEncoding: String, Sendable, CaseIterable {
    case utf8
    case gbk
    /// UTF-8 when the bytes are valid UTF-8 (or start with a UTF-8 BOM), else GB18030.
    case auto

    /// Decodes `bytes`, dropping a UTF-8 byte-order mark.
    /// - Returns: the text and the encoding actually used (`.utf8` or `.gbk`).
    /// - Throws: `GISError` naming `file` and the byte offset when the bytes are not valid
    ///   in the requested encoding (or, for `.auto`, in either).
    public func decode(_ bytes: [UInt8], file: String) throws -> (text: String, used: TableEncoding) {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        switch self {
        case .utf8:
            guard let s = String(validating: body, as: UTF8.self) else {
                throw GISError(file: file, "the file is not valid UTF-8 (first bad byte at offset \(TableEncoding.firstInvalidUTF8(body) + (hasBOM ? 3 : 0))); try --encoding gbk")
            }
            return (s, .utf8)
        case .gbk:
            return (try TableEncoding.iconvGB18030(bytes, file: file), .gbk)
        case .auto:
            if hasBOM || String(validating: body, as: UTF8.self) != nil {
                return try TableEncoding.utf8.decode(bytes, file: file)
            }
            return (try TableEncoding.iconvGB18030(bytes, file: file), .gbk)
        }
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var lo = 0, hi = bytes.count
        // Binary search on the longest valid prefix (a prefix cut mid-character is invalid
        // too, so step back over continuation bytes once found).
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if String(validating: bytes[0..<mid], as: UTF8.self) != nil { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// GB18030 → UTF-8 with glibc's iconv.
    static func iconvGB18030(_ bytes: [UInt8], file: String) throws -> String {
        guard !bytes.isEmpty else { return "" }
        let cd = iconv_open("UTF-8", "GB18030")
        guard cd != iconv_t(bitPattern: -1) else {
            throw GISError(file: file, "cannot read GBK/GB18030 text: this system's iconv does not know GB18030")
        }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let total = input.count
        var failedAt: Int?
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 { failedAt = total - inLeft }
                return outBuf.count - outLeft
            }
        }
        if let failedAt {
            throw GISError(file: file, "the file is neither valid UTF-8 nor valid GBK/GB18030 (bad byte at offset \(failedAt))")
        }
        return String(decoding: output[0..<produced], as: UTF8.self)
    }
}
