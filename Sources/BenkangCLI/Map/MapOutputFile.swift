import Cartography
import Foundation
import GIS
import MapPrint

/// The file formats `benkang map` and `benkang atlas` write, by the output's extension:
/// `.svg` (the map as drawn), `.png` (raster at a dpi, default 300) or `.pdf` (vector,
/// text as text with the fonts embedded, one page per sheet).
enum MapOutputFormat: String, CaseIterable {
    case svg, png, pdf

    /// The format of `path` by its extension (case-insensitive); nil for any other.
    init?(path: String) {
        self.init(rawValue: (path as NSString).pathExtension.lowercased())
    }

    static let namesText = "a .svg, .png or .pdf file"

    /// The creation date written into a PDF's metadata: the title block's date when it is
    /// one (YYYY, YYYY-MM or YYYY-MM-DD), else a fixed one, so a map is the same bytes each time.
    static func pdfDate(_ date: String?) -> String {
        guard let d = date, d.count >= 4, d.count <= 10, d.allSatisfy({ $0.isNumber || $0 == "-" }) else { return "2000-01-01T00:00:00Z" }
        let parts = d.split(separator: "-").map(String.init)
        let y = parts[0], m = parts.count > 1 ? parts[1] : "01", day = parts.count > 2 ? parts[2] : "01"
        guard y.count == 4, m.count == 2, day.count == 2 else { return "2000-01-01T00:00:00Z" }
        return "\(y)-\(m)-\(day)T00:00:00Z"
    }
}

enum MapOutputFile {
    /// Checks `out` can be written as a map: a known extension, not one of `inputs`, its
    /// folder created. Returns the format.
    /// - Throws: ``MapInputError`` for another extension; GISError (exit 73) for an
    ///   input named as the output or a folder that cannot be made.
    static func prepare(_ out: String, inputs: [String]) throws -> MapOutputFormat {
        guard let format = MapOutputFormat(path: out) else {
            throw MapInputError("the output \(out) does not end in .svg, .png or .pdf; Benkang writes maps only to \(MapOutputFormat.namesText)")
        }
        try checkOutput(out, isNotOneOf: inputs)
        let dir = (out as NSString).deletingLastPathComponent
        if !dir.isEmpty {
            do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
                throw GISError.output(file: out, "cannot create its folder \(dir)")
            }
        }
        return format
    }

    /// The bytes of `maps` in `format` (one page each in a PDF; SVG and PNG take one map).
    /// - Throws: ``MapInputError`` naming `out` when librsvg or cairo fail.
    static func bytes(_ maps: [RenderedMap], format: MapOutputFormat, dpi: Double, title: String, date: String?, out: String) throws -> [UInt8] {
        let pages = maps.map { PrintPage(svg: $0.bytes, widthMillimetres: $0.layout.page.widthMillimetres, heightMillimetres: $0.layout.page.heightMillimetres) }
        do {
            switch format {
            case .svg: return pages.first?.svg ?? []
            case .png: return try SVGPrinter.png(pages[0], dpi: dpi)
            case .pdf: return try SVGPrinter.pdf(pages, title: title, creationDate: MapOutputFormat.pdfDate(date))
            }
        } catch let e as PrintError {
            throw MapInputError("\(out): cannot print the map: \(e.description)")
        }
    }
}
