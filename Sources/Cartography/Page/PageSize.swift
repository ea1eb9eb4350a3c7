/// A sheet of paper in millimetres (ISO 216), portrait or landscape.
public struct PageSize: Sendable, Hashable, CustomStringConvertible {
    public var widthMillimetres: Double
    public var heightMillimetres: Double
    public var name: String

    public init(widthMillimetres: Double, heightMillimetres: Double, name: String = "custom") {
        self.widthMillimetres = widthMillimetres; self.heightMillimetres = heightMillimetres
        self.name = name
    }

    public static let a4Portrait = PageSize(widthMillimetres: 210, heightMillimetres: 297, name: "a4-portrait")
    public static let a4Landscape = PageSize(widthMillimetres: 297, heightMillimetres: 210, name: "a4-landscape")
    public static let a3Portrait = PageSize(widthMillimetres: 297, heightMillimetres: 420, name: "a3-portrait")
    public static let a3Landscape = PageSize(widthMillimetres: 420, heightMillimetres: 297, name: "a3-landscape")

    /// The page names accepted by ``init(named:)``.
    public static let all: [PageSize] = [.a4Portrait, .a4Landscape, .a3Portrait, .a3Landscape]

    /// A page from its name: `a4-portrait`, `a4-landscape`, `a3-portrait`, `a3-landscape`
    /// (`a4`/`a3` alone mean portrait), or `WIDTHxHEIGHT` in millimetres (e.g. `500x700`);
    /// nil where ``parse(_:)`` throws.
    public init?(named raw: String) {
        guard let p = try? PageSize.parse(raw) else { return nil }
        self = p
    }

    /// A page from its name, as ``init(named:)``; the sides of a `WIDTHxHEIGHT` page are
    /// plain decimal millimetres (no hex, no `inf`, no `nan`), at most
    /// ``largestSideMillimetres``, and large enough that the layout leaves a map frame of
    /// at least ``smallestFrameMillimetres`` each way (see ``usable``).
    /// - Throws: ``PageSizeError`` saying what is wrong and what is expected.
    public static func parse(_ raw: String) throws(PageSizeError) -> PageSize {
        let name = raw.lowercased()
        if let p = PageSize.all.first(where: { $0.name == name }) { return p }
        if name == "a4" { return .a4Portrait }
        if name == "a3" { return .a3Portrait }
        let parts = name.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw PageSizeError("unknown page '\(raw)'; expected \(namesText) or WIDTHxHEIGHT in mm") }
        guard let w = DecimalNumber.parse(String(parts[0])), let h = DecimalNumber.parse(String(parts[1])) else {
            throw PageSizeError("page '\(raw)': width and height must be plain decimal millimetres, e.g. 500x700")
        }
        guard w <= largestSideMillimetres, h <= largestSideMillimetres, w > 0, h > 0 else {
            throw PageSizeError("page '\(raw)': each side must be more than 0 and at most \(Int(largestSideMillimetres)) mm")
        }
        let page = PageSize(widthMillimetres: w, heightMillimetres: h, name: name)
        guard page.usable else {
            let f = PageLayout(page: page, marginMillimetres: 10).frame
            throw PageSizeError("page '\(raw)' is too small: its map frame would be \(Int(max(0, f.width).rounded()))×"
                                + "\(Int(max(0, f.height).rounded())) mm, and a map needs at least "
                                + "\(Int(smallestFrameMillimetres))×\(Int(smallestFrameMillimetres)) mm "
                                + "(e.g. landscape 150x110 or larger, portrait 170x200 or larger)")
        }
        return page
    }

    /// The longest side a page may have, in mm.
    public static let largestSideMillimetres = 5000.0
    /// The smallest map frame (width and height, mm) a page's layout must leave.
    public static let smallestFrameMillimetres = 40.0

    /// True when the standard layout (10 mm margins, 4 footer lines) leaves a map frame
    /// of at least ``smallestFrameMillimetres`` each way, room for the legend panel and
    /// a scale bar of at least 10 mm.
    public var usable: Bool {
        let layout = PageLayout(page: self, marginMillimetres: 10)
        return layout.frame.width >= Self.smallestFrameMillimetres && layout.frame.height >= Self.smallestFrameMillimetres
            && layout.panel.width > 0 && layout.panel.height > 0 && layout.scaleBarMaximumMillimetres >= 10
    }

    static let namesText = "a4-portrait, a4-landscape, a3-portrait, a3-landscape"

    public var description: String { name }
}

/// A page name or size that cannot be drawn on (its description says why).
public struct PageSizeError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Print units: 1 pt = 1/72 inch = 0.352 777… mm.
public enum PrintUnits {
    public static let millimetresPerPoint = 25.4 / 72
    /// Converts points to millimetres (the SVG user unit of every map).
    @inlinable public static func mm(pt: Double) -> Double { pt * 25.4 / 72 }
}
