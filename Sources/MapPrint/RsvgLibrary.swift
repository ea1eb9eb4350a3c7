#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// librsvg, cairo and GLib's few functions the printer calls, opened with `dlopen` the
/// first time a page is printed.
///
/// Why not linked: librsvg brings about 40 shared libraries (cairo, pango, harfbuzz,
/// fontconfig, X11 …) that every `benkang` process would load and relocate at start-up,
/// 7.7 ms of CPU and 9 ms of wall time each (measured: an empty C program linked with
/// PROJ, GEOS and SQLite against the same with librsvg added, 30 runs each), though only
/// `map -o FILE.png|.pdf` and the report's pictures use them. A process that prints
/// nothing now never loads them.
///
/// The function types below are the C declarations of `librsvg/rsvg.h` (2.48+),
/// `cairo.h`, `cairo-pdf.h` and `glib/gerror.h`, whose ABI these libraries keep stable:
/// enums are C `int`s, `cairo_write_func_t` is `(void *closure, const unsigned char *data,
/// unsigned int length) -> cairo_status_t`, an `RsvgRectangle` is four doubles, and a
/// `GError` is `{ GQuark domain; gint code; gchar *message; }`.
final class RsvgLibrary: @unchecked Sendable {
    /// `cairo_format_t`, `cairo_status_t` and `cairo_pdf_metadata_t` values used here.
    static let formatARGB32: Int32 = 0
    static let statusSuccess: Int32 = 0
    static let statusWriteError: Int32 = 11
    static let metadataTitle: Int32 = 0, metadataCreator: Int32 = 4, metadataCreateDate: Int32 = 5, metadataModDate: Int32 = 6
    /// The byte offset of `GError.message` (after two 32-bit fields).
    static let errorMessageOffset = 8

    typealias WriteFunction = @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<UInt8>?, UInt32) -> Int32

    let imageSurfaceCreate: @convention(c) (Int32, Int32, Int32) -> OpaquePointer?
    let surfaceDestroy: @convention(c) (OpaquePointer?) -> Void
    let surfaceStatus: @convention(c) (OpaquePointer?) -> Int32
    let surfaceFlush: @convention(c) (OpaquePointer?) -> Void
    let surfaceFinish: @convention(c) (OpaquePointer?) -> Void
    let surfaceWriteToPNGStream: @convention(c) (OpaquePointer?, WriteFunction?, UnsafeMutableRawPointer?) -> Int32
    let pdfSurfaceCreateForStream: @convention(c) (WriteFunction?, UnsafeMutableRawPointer?, Double, Double) -> OpaquePointer?
    let pdfSurfaceSetMetadata: @convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?) -> Void
    let pdfSurfaceSetSize: @convention(c) (OpaquePointer?, Double, Double) -> Void
    let create: @convention(c) (OpaquePointer?) -> OpaquePointer?
    let destroy: @convention(c) (OpaquePointer?) -> Void
    let setSourceRGB: @convention(c) (OpaquePointer?, Double, Double, Double) -> Void
    let paint: @convention(c) (OpaquePointer?) -> Void
    let showPage: @convention(c) (OpaquePointer?) -> Void
    let status: @convention(c) (OpaquePointer?) -> Int32
    let statusToString: @convention(c) (Int32) -> UnsafePointer<CChar>?
    let handleNewFromData: @convention(c) (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> OpaquePointer?
    let handleRenderDocument: @convention(c) (OpaquePointer?, OpaquePointer?, UnsafePointer<Double>?, UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> Int32
    let objectUnref: @convention(c) (UnsafeMutableRawPointer?) -> Void
    let errorFree: @convention(c) (UnsafeMutableRawPointer?) -> Void

    /// The libraries, opened once per process; the error says which library or function is missing.
    static let shared = open(names: ["librsvg-2.so.2", "librsvg-2.2.dylib"])

    /// The shared libraries, or a ``PrintError`` saying what to install.
    static func load() throws -> RsvgLibrary { try shared.get() }

    /// The first of `names` that `dlopen` finds, with every function resolved.
    static func open(names: [String]) -> Result<RsvgLibrary, PrintError> {
        Result { try RsvgLibrary(names: names) }.mapError { $0 as? PrintError ?? PrintError("\($0)") }
    }

    private init(names: [String]) throws {
        guard let handle = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            let why = dlerror().map { String(cString: $0) } ?? "not found"
            throw PrintError("librsvg cannot be loaded (\(why)); install it (Debian/Ubuntu: apt-get install librsvg2-2) to write PNG or PDF")
        }
        // dlsym on librsvg's handle also finds the cairo and GLib functions it depends on.
        func symbol<F>(_ name: String) throws -> F {
            guard let p = dlsym(handle, name) else { throw PrintError("librsvg is loaded but \(name) is missing (librsvg 2.48 or later with cairo is needed)") }
            return unsafeBitCast(p, to: F.self)
        }
        imageSurfaceCreate = try symbol("cairo_image_surface_create")
        surfaceDestroy = try symbol("cairo_surface_destroy")
        surfaceStatus = try symbol("cairo_surface_status")
        surfaceFlush = try symbol("cairo_surface_flush")
        surfaceFinish = try symbol("cairo_surface_finish")
        surfaceWriteToPNGStream = try symbol("cairo_surface_write_to_png_stream")
        pdfSurfaceCreateForStream = try symbol("cairo_pdf_surface_create_for_stream")
        pdfSurfaceSetMetadata = try symbol("cairo_pdf_surface_set_metadata")
        pdfSurfaceSetSize = try symbol("cairo_pdf_surface_set_size")
        create = try symbol("cairo_create")
        destroy = try symbol("cairo_destroy")
        setSourceRGB = try symbol("cairo_set_source_rgb")
        paint = try symbol("cairo_paint")
        showPage = try symbol("cairo_show_page")
        status = try symbol("cairo_status")
        statusToString = try symbol("cairo_status_to_string")
        handleNewFromData = try symbol("rsvg_handle_new_from_data")
        handleRenderDocument = try symbol("rsvg_handle_render_document")
        objectUnref = try symbol("g_object_unref")
        errorFree = try symbol("g_error_free")
    }
}
