#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import GIS

/// The text encoding of a Shapefile's `.dbf`: UTF-8 (what GDAL, QGIS and ArcGIS 10.x and
/// later read from the `.cpg`), or GBK (code page 936) for older ArcMap and SuperMap
/// versions that ignore the `.cpg`.
public enum ShapefileEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case gbk

    /// The `.cpg` text GDAL and ArcGIS read.
    var cpg: String { self == .utf8 ? "UTF-8" : "936" }
    /// The dBASE language driver id (header byte 29): none for UTF-8, 0x4D for CP936.
    var languageDriver: UInt8 { self == .utf8 ? 0 : 0x4D }
}

/// Encodes text for the `.dbf` in a ``ShapefileEncoding``; GBK through glibc's iconv.
/// A character GBK does not have is written as `?` and counted.
final class ShapefileTextEncoder {
    let encoding: ShapefileEncoding
    private var cd: iconv_t?
    private(set) var unencodable = 0

    /// - Throws: `GISError` when the system's iconv does not know GBK.
    init(_ encoding: ShapefileEncoding) throws {
        self.encoding = encoding
        if encoding == .gbk {
            let cd = iconv_open("GBK", "UTF-8")
            guard cd != iconv_t(bitPattern: -1) else {
                throw GISError("cannot write GBK text: this system's iconv does not know GBK")
            }
            self.cd = cd
        }
    }

    deinit { if let cd { iconv_close(cd) } }

    func bytes(_ s: String) -> [UInt8] {
        guard let cd else { return Array(s.utf8) }
        var out: [UInt8] = []
        for ch in s {
            let encoded = convert(Array(String(ch).utf8), cd)
            if let encoded { out += encoded } else { out.append(UInt8(ascii: "?")); unencodable += 1 }
        }
        return out
    }

    private func convert(_ input: [UInt8], _ cd: iconv_t) -> [UInt8]? {
        var input = input
        var output = [UInt8](repeating: 0, count: input.count * 2 + 8)
        let ok: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 {
                    iconv(cd, nil, nil, nil, nil)
                    return nil
                }
                return outBuf.count - outLeft
            }
        }
        return ok.map { Array(output[0..<$0]) }
    }
}
