/// One SVG document and the page it is printed on (mm).
public struct PrintPage: Sendable {
    /// The SVG document's bytes (UTF-8 XML).
    public var svg: [UInt8]
    public var widthMillimetres: Double
    public var heightMillimetres: Double
    public init(svg: [UInt8], widthMillimetres: Double, heightMillimetres: Double) {
        self.svg = svg; self.widthMillimetres = widthMillimetres; self.heightMillimetres = heightMillimetres
    }
}

/// Why a page could not be printed: the page number (from 1) and librsvg's or cairo's words.
public struct PrintError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Prints SVG maps to PNG (raster at a given dpi) or PDF (vector, text kept as text with
/// the fonts embedded), through librsvg and cairo. Fonts are found by fontconfig under the
/// SVG's `font-family` names (install `fonts-noto-cjk` for the Chinese text).
///
/// Every C pointer stays inside this type's functions; the results are plain bytes.
public enum SVGPrinter {
    /// The dots per inch a PNG is drawn at unless one is given.
    public static let defaultDPI = 300.0
    /// The dpi a PNG may be drawn at.
    public static let dpiRange: ClosedRange<Double> = 36...1200
    /// The most pixels a PNG may have (about 2 × A1 at 300 dpi); larger requests are refused.
    public static let maximumPixels = 300_000_000

    /// The pixel size of a page at `dpi`: mm ÷ 25.4 × dpi, rounded.
    public static func pixelSize(widthMillimetres w: Double, heightMillimetres h: Double, dpi: Double) -> (width: Int, height: Int) {
        (Int((w / 25.4 * dpi).rounded()), Int((h / 25.4 * dpi).rounded()))
    }

    /// A PNG of `page` at `dpi` on a white background, its `pHYs` chunk saying the dpi (so a
    /// word processor places it at the page's size).
    /// - Throws: ``PrintError`` for a dpi outside ``dpiRange``, an image over
    ///   ``maximumPixels``, an SVG librsvg cannot read, or a cairo failure.
    public static func png(_ page: PrintPage, dpi: Double = defaultDPI) throws -> [UInt8] {
        guard dpiRange.contains(dpi) else { throw PrintError("dpi must be \(Int(dpiRange.lowerBound))…\(Int(dpiRange.upperBound)), got \(dpi)") }
        let (w, h) = pixelSize(widthMillimetres: page.widthMillimetres, heightMillimetres: page.heightMillimetres, dpi: dpi)
        guard w > 0, h > 0, w <= 32_767, h <= 32_767, w * h <= maximumPixels else {
            throw PrintError("a \(w)×\(h)-pixel image is too large to draw (at most \(maximumPixels) pixels, 32767 a side); lower --dpi")
        }
        let c = try RsvgLibrary.load()
        let surface = c.imageSurfaceCreate(RsvgLibrary.formatARGB32, Int32(w), Int32(h))
        defer { c.surfaceDestroy(surface) }
        try check(c.surfaceStatus(surface), "creating a \(w)×\(h) image", c)
        let cr = c.create(surface)
        defer { c.destroy(cr) }
        c.setSourceRGB(cr, 1, 1, 1)
        c.paint(cr)
        try render(page.svg, on: cr, width: Double(w), height: Double(h), page: 1, c)
        c.surfaceFlush(surface)
        let sink = ByteSink()
        let status = c.surfaceWriteToPNGStream(surface, ByteSink.write, Unmanaged.passUnretained(sink).toOpaque())
        try check(status, "writing the PNG", c)
        return PNGResolution.stamping(sink.bytes, dpi: dpi)
    }

    /// One PDF with one page per entry, each page the size of its entry (vector: paths
    /// stay paths, text stays text in embedded font subsets).
    /// - Parameters:
    ///   - title: the document title (PDF metadata).
    ///   - creationDate: the metadata creation date, ISO 8601 (e.g. `2026-12-01T00:00:00Z`);
    ///     fixed by the caller so the same pages give the same bytes.
    /// - Throws: ``PrintError`` naming the page that failed.
    public static func pdf(_ pages: [PrintPage], title: String, creationDate: String) throws -> [UInt8] {
        guard let first = pages.first else { throw PrintError("no pages to print") }
        let c = try RsvgLibrary.load()
        let sink = ByteSink()
        let points = 72.0 / 25.4
        let surface = c.pdfSurfaceCreateForStream(ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(),
                                                  first.widthMillimetres * points, first.heightMillimetres * points)
        do { try check(c.surfaceStatus(surface), "creating the PDF", c) } catch {
            c.surfaceDestroy(surface)
            throw error
        }
        c.pdfSurfaceSetMetadata(surface, RsvgLibrary.metadataTitle, title)
        c.pdfSurfaceSetMetadata(surface, RsvgLibrary.metadataCreator, "Benkang")
        c.pdfSurfaceSetMetadata(surface, RsvgLibrary.metadataCreateDate, creationDate)
        c.pdfSurfaceSetMetadata(surface, RsvgLibrary.metadataModDate, creationDate)
        do {
            for (i, page) in pages.enumerated() {
                let (w, h) = (page.widthMillimetres * points, page.heightMillimetres * points)
                c.pdfSurfaceSetSize(surface, w, h)
                let cr = c.create(surface)
                defer { c.destroy(cr) }
                try render(page.svg, on: cr, width: w, height: h, page: i + 1, c)
                c.showPage(cr)
                try check(c.status(cr), "drawing page \(i + 1)", c)
            }
        } catch {
            c.surfaceDestroy(surface)
            throw error
        }
        c.surfaceFinish(surface)
        let status = c.surfaceStatus(surface)
        c.surfaceDestroy(surface)
        try check(status, "finishing the PDF", c)
        return sink.bytes
    }

    /// Draws one SVG document to fill `width`×`height` user units of `cr`.
    static func render(_ svg: [UInt8], on cr: OpaquePointer?, width: Double, height: Double, page: Int, _ c: RsvgLibrary) throws {
        var error: UnsafeMutableRawPointer? = nil
        let handle = svg.withUnsafeBufferPointer { c.handleNewFromData($0.baseAddress, $0.count, &error) }
        guard let handle else { throw PrintError("page \(page): librsvg cannot read the SVG: \(message(&error, c))") }
        defer { c.objectUnref(UnsafeMutableRawPointer(handle)) }
        let viewport = [0, 0, width, height]   // RsvgRectangle: x, y, width, height
        guard viewport.withUnsafeBufferPointer({ c.handleRenderDocument(handle, cr, $0.baseAddress, &error) }) != 0 else {
            throw PrintError("page \(page): librsvg cannot draw the SVG: \(message(&error, c))")
        }
    }

    /// A GError's message, freeing it.
    static func message(_ error: inout UnsafeMutableRawPointer?, _ c: RsvgLibrary) -> String {
        guard let e = error else { return "unknown error" }
        let text = e.load(fromByteOffset: RsvgLibrary.errorMessageOffset, as: UnsafePointer<CChar>?.self)
            .map { String(cString: $0) } ?? "unknown error"
        c.errorFree(e)
        error = nil
        return text
    }

    static func check(_ status: Int32, _ doing: String, _ c: RsvgLibrary) throws {
        guard status == RsvgLibrary.statusSuccess else {
            let why = c.statusToString(status).map { String(cString: $0) } ?? "status \(status)"
            throw PrintError("cairo failed \(doing): \(why)")
        }
    }
}

/// Collects the bytes cairo writes.
final class ByteSink {
    var bytes: [UInt8] = []

    /// The `cairo_write_func_t` that appends to the sink passed as its closure.
    static let write: RsvgLibrary.WriteFunction = { closure, data, length in
        guard let closure, let data else { return RsvgLibrary.statusWriteError }
        Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return RsvgLibrary.statusSuccess
    }
}
