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
    /// (`a4`/`a3` alone mean portrait), or `WIDTHxHEIGHT` in millimetres (e.g. `500x700`).
    public init?(named raw: String) {
        let name = raw.lowercased()
        if let p = PageSize.all.first(where: { $0.name == name }) { self = p; return }
        if name == "a4" { self = .a4Portrait; return }
        if name == "a3" { self = .a3Portrait; return }
        let parts = name.split(separator: "x")
        if parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]), w >= 50, h >= 50, w <= 5000, h <= 5000 {
            self = PageSize(widthMillimetres: w, heightMillimetres: h, name: name); return
        }
        return nil
    }

    public var description: String { name }
}

/// Print units: 1 pt = 1/72 inch = 0.352 777… mm.
public enum PrintUnits {
    public static let millimetresPerPoint = 25.4 / 72
    /// Converts points to millimetres (the SVG user unit of every map).
    @inlinable public static func mm(pt: Double) -> Double { pt * 25.4 / 72 }
}
