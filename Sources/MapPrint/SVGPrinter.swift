import CRsvg

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
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h))
        defer { cairo_surface_destroy(surface) }
        try check(cairo_surface_status(surface), "creating a \(w)×\(h) image")
        let cr = cairo_create(surface)
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        try render(page.svg, on: cr, width: Double(w), height: Double(h), page: 1)
        cairo_surface_flush(surface)
        let sink = ByteSink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        try check(status, "writing the PNG")
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
        let sink = ByteSink()
        let points = 72.0 / 25.4
        let surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque(), first.widthMillimetres * points, first.heightMillimetres * points)
        try check(cairo_surface_status(surface), "creating the PDF")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Benkang")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, creationDate)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, creationDate)
        do {
            for (i, page) in pages.enumerated() {
                let (w, h) = (page.widthMillimetres * points, page.heightMillimetres * points)
                cairo_pdf_surface_set_size(surface, w, h)
                let cr = cairo_create(surface)
                defer { cairo_destroy(cr) }
                try render(page.svg, on: cr, width: w, height: h, page: i + 1)
                cairo_show_page(cr)
                try check(cairo_status(cr), "drawing page \(i + 1)")
            }
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        try check(status, "finishing the PDF")
        return sink.bytes
    }

    /// Draws one SVG document to fill `width`×`height` user units of `cr`.
    static func render(_ svg: [UInt8], on cr: OpaquePointer?, width: Double, height: Double, page: Int) throws {
        var error: UnsafeMutablePointer<GError>? = nil
        let handle = svg.withUnsafeBufferPointer { rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error) }
        guard let handle else { throw PrintError("page \(page): librsvg cannot read the SVG: \(message(&error))") }
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        var viewport = RsvgRectangle(x: 0, y: 0, width: width, height: height)
        guard rsvg_handle_render_document(handle, cr, &viewport, &error) != 0 else {
            throw PrintError("page \(page): librsvg cannot draw the SVG: \(message(&error))")
        }
    }

    /// A GError's message, freeing it.
    static func message(_ error: inout UnsafeMutablePointer<GError>?) -> String {
        guard let e = error else { return "unknown error" }
        let text = e.pointee.message.map { String(cString: $0) } ?? "unknown error"
        g_error_free(e)
        error = nil
        return text
    }

    static func check(_ status: cairo_status_t, _ doing: String) throws {
        guard status == CAIRO_STATUS_SUCCESS else {
            let why = cairo_status_to_string(status).map { String(cString: $0) } ?? "status \(status.rawValue)"
            throw PrintError("cairo failed \(doing): \(why)")
        }
    }
}

/// Collects the bytes cairo writes.
final class ByteSink {
    var bytes: [UInt8] = []
}
