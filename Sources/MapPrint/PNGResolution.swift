/// The PNG `pHYs` chunk: the physical pixel density, so Word, WPS and print dialogs place
/// an image at its page size (without it they assume 72 or 96 dpi).
enum PNGResolution {
    /// `png` with a `pHYs` chunk of `dpi` (pixels per metre = dpi ÷ 0.0254, rounded)
    /// inserted after IHDR; `png` unchanged when it is not a PNG starting with IHDR or
    /// already has a `pHYs` chunk.
    static func stamping(_ png: [UInt8], dpi: Double) -> [UInt8] {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        // Signature (8) + IHDR: length (4), type (4), 13 bytes of data, CRC (4).
        let ihdrEnd = 8 + 4 + 4 + 13 + 4
        guard png.count > ihdrEnd, Array(png[0..<8]) == signature, Array(png[12..<16]) == Array("IHDR".utf8),
              !contains(png, type: "pHYs") else { return png }
        let ppm = UInt32(min(Double(UInt32.max), (dpi / 0.0254).rounded()))
        var data: [UInt8] = bigEndian(ppm) + bigEndian(ppm) + [1]  // unit 1: the metre
        let type = Array("pHYs".utf8)
        var chunk = bigEndian(UInt32(data.count)) + type
        data = type + data
        chunk += data.dropFirst(4)
        chunk += bigEndian(crc32(data))
        return Array(png[0..<ihdrEnd]) + chunk + Array(png[ihdrEnd...])
    }

    /// True when a chunk of `type` comes before IDAT.
    static func contains(_ png: [UInt8], type: String) -> Bool {
        let wanted = Array(type.utf8)
        var i = 8
        while i + 8 <= png.count {
            let length = png[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) }
            let t = Array(png[(i + 4)..<(i + 8)])
            if t == wanted { return true }
            if t == Array("IDAT".utf8) { return false }
            i += 12 + length
        }
        return false
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }

    /// CRC-32 (ISO 3309, as PNG uses) of `bytes`.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        }
        return c ^ 0xFFFF_FFFF
    }
}
