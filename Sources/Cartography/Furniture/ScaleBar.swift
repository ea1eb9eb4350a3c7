/// A scale bar in kilometres, measured in the planning CRS (the page transform's metres).
public struct ScaleBar: Sendable {
    /// The ground length the bar stands for.
    public var lengthKilometres: Double
    /// The bar's length on the page.
    public var lengthMillimetres: Double
    /// Alternating segments: 5 for a 5 × 10ⁿ km bar, 4 for 1 or 2 × 10ⁿ km.
    public var segments: Int

    /// The longest "nice" bar (1, 2 or 5 × 10ⁿ km) not longer than `maximumMillimetres`.
    public init(transform: PageTransform, maximumMillimetres: Double = 50) {
        let maxKm = maximumMillimetres / transform.millimetresPerMetre / 1000
        var nice = 1.0
        var p = 1e-3
        // Bounded: a zero, negative, infinite or NaN scale leaves the 1 km bar (the
        // renderer refuses such a transform before it gets here).
        var decades = 0
        while p <= maxKm * 10 && decades < Self.maximumDecades {
            for m in [1.0, 2.0, 5.0] where m * p <= maxKm { nice = m * p }
            p *= 10
            decades += 1
        }
        lengthKilometres = nice
        lengthMillimetres = nice * 1000 * transform.millimetresPerMetre
        let lead = Int((nice / Self.pow10(Self.floor10(nice))).rounded())
        segments = lead == 5 ? 5 : 4
    }

    /// Powers of ten tried from 1 m up (1 m … 10²⁰ km): the search always ends.
    static let maximumDecades = 24

    /// ⌊log₁₀ v⌋ for a finite positive `v` (0 otherwise); bounded loops.
    static func floor10(_ v: Double) -> Int {
        guard v.isFinite, v > 0 else { return 0 }
        var e = 0; var x = v
        while x >= 10 { x /= 10; e += 1 }
        while x < 1 { x *= 10; e -= 1 }
        return e
    }
    static func pow10(_ e: Int) -> Double { var r = 1.0; if e >= 0 { for _ in 0..<e { r *= 10 } } else { for _ in 0..<(-e) { r /= 10 } }; return r }

    /// The bar as an SVG group (id `scale-bar`) with its left end at (x, y) mm.
    public func element(x: Double, y: Double) -> SVGElement {
        var g = SVGElement("g", [("id", "scale-bar"), ("class", "scale-bar"),
                                 ("data-length-km", FixedDecimal.string(lengthKilometres, decimals: 3)),
                                 ("data-length-mm", FixedDecimal.string(lengthMillimetres, decimals: 3))])
        let h = 1.6
        let seg = lengthMillimetres / Double(segments)
        for i in 0..<segments {
            g.append(SVGText.rect(PageRect(x: x + Double(i) * seg, y: y, width: seg, height: h),
                                  fill: i % 2 == 0 ? "#222222" : "#ffffff", stroke: "#222222", strokeWidthPoints: 0.5))
        }
        let labelY = y - 1.2
        g.append(SVGText.text("0", x: x, y: labelY, sizePoints: 7, anchor: .middle))
        let half = lengthKilometres / 2
        g.append(SVGText.text(kmText(half), x: x + lengthMillimetres / 2, y: labelY, sizePoints: 7, anchor: .middle))
        g.append(SVGText.text(kmText(lengthKilometres) + " 千米 km", x: x + lengthMillimetres, y: labelY, sizePoints: 7, anchor: .middle))
        return g
    }

    func kmText(_ v: Double) -> String {
        v.rounded() == v && abs(v) < 1e15 ? String(Int(v)) : FixedDecimal.string(v, decimals: 2)
    }
}
