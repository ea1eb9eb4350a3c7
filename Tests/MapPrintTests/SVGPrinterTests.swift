import Foundation
@testable import MapPrint
import Testing

/// PNG and PDF printing of SVG documents through librsvg and cairo.
@Suite struct SVGPrinterTests {
    static let svg = Array("""
    <svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="50mm" viewBox="0 0 100 50" font-family="'Noto Sans CJK SC', sans-serif">
    <rect x="0" y="0" width="100" height="50" fill="#ffffff"/><rect x="10" y="10" width="30" height="20" fill="#c0392b"/>
    <text x="50" y="25" font-size="6">邻水县规划图</text></svg>
    """.utf8)

    /// The width and height in a PNG's IHDR chunk.
    static func pngSize(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count > 24, b[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], Array(b[12..<16]) == Array("IHDR".utf8) else { return nil }
        func be(_ i: Int) -> Int { b[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (be(16), be(20))
    }

    @Test func aPNGHasThePixelsOfThePageAtTheDPI() throws {
        let page = PrintPage(svg: Self.svg, widthMillimetres: 100, heightMillimetres: 50)
        let png = try SVGPrinter.png(page, dpi: 254)
        let size = try #require(Self.pngSize(png))
        #expect(size.0 == 1000 && size.1 == 500)
        let small = try SVGPrinter.png(page, dpi: 127)
        #expect(Self.pngSize(small).map { $0.0 == 500 && $0.1 == 250 } == true)
    }

    @Test func aPNGSaysItsDPIInItsPHYsChunk() throws {
        let png = try SVGPrinter.png(PrintPage(svg: Self.svg, widthMillimetres: 100, heightMillimetres: 50), dpi: 254)
        // After the signature (8) and IHDR (25): length 9, "pHYs", 10000 px/m twice, unit 1 (metre).
        #expect(Array(png[33..<37]) == [0, 0, 0, 9])
        #expect(Array(png[37..<41]) == Array("pHYs".utf8))
        #expect(Array(png[41..<50]) == [0, 0, 0x27, 0x10, 0, 0, 0x27, 0x10, 1])
        // The CRC-32 is the standard one (check value of "123456789"), over the type and data.
        #expect(PNGResolution.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(Array(png[50..<54]) == PNGResolution.bigEndian(PNGResolution.crc32(Array(png[37..<50]))))
    }

    /// librsvg is opened on the first page printed: a machine without it gets an error
    /// that says what to install, never a crash at start-up.
    @Test func aMissingLibrsvgIsAnErrorSayingWhatToInstall() {
        guard case .failure(let error) = RsvgLibrary.open(names: ["libbenkang-no-such-library.so.9"]) else {
            Issue.record("a library that does not exist was opened")
            return
        }
        #expect(error.description.contains("librsvg cannot be loaded") && error.description.contains("apt-get install librsvg2-2"), "\(error)")
        #expect(throws: Never.self) { try RsvgLibrary.load() }
    }

    @Test func aDPIOutsideTheRangeOrAnSVGThatIsNotOneIsAnError() {
        let page = PrintPage(svg: Self.svg, widthMillimetres: 100, heightMillimetres: 50)
        #expect(throws: PrintError.self) { try SVGPrinter.png(page, dpi: 5) }
        #expect(throws: PrintError.self) { try SVGPrinter.png(PrintPage(svg: Array("not svg".utf8), widthMillimetres: 10, heightMillimetres: 10)) }
    }

    @Test func aPDFHasOnePagePerEntryAndTheSameBytesTwice() throws {
        let page = PrintPage(svg: Self.svg, widthMillimetres: 100, heightMillimetres: 50)
        let a = try SVGPrinter.pdf([page, page, page], title: "测试", creationDate: "2026-01-01T00:00:00Z")
        let b = try SVGPrinter.pdf([page, page, page], title: "测试", creationDate: "2026-01-01T00:00:00Z")
        #expect(Array(a.prefix(5)) == Array("%PDF-".utf8))
        #expect(a == b, "the same pages gave different PDF bytes")
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.components(separatedBy: "/Type /Page\n").count - 1 == 3 || text.components(separatedBy: "/Type /Page ").count - 1 == 3
                || text.components(separatedBy: "/Type /Page>").count - 1 == 3 || text.contains("/Count 3"))
    }
}
