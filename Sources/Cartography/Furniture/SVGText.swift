/// Shared text and number helpers for furniture and labels.
public enum SVGText {
    /// The CJK font stack of every map label.
    public static let fontFamily = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif"

    /// A millimetre value as attribute text (2 decimals, trailing zeros trimmed).
    @inlinable public static func mm(_ v: Double) -> String { FixedDecimal.millimetres(v) }

    /// A `<text>` element; `halo` adds a white stroke painted under the fill.
    public static func text(_ s: String, x: Double, y: Double, sizePoints: Double, anchor: TextAnchor = .start,
                            cssClass: String? = nil, weight: String? = nil, fill: String = "#222",
                            halo: Bool = false, rotateDegrees: Double = 0) -> SVGElement {
        var attrs: [(String, String)] = []
        if let cssClass { attrs.append(("class", cssClass)) }
        attrs += [("x", mm(x)), ("y", mm(y)), ("font-size", mm(PrintUnits.mm(pt: sizePoints)))]
        if anchor != .start { attrs.append(("text-anchor", anchor.rawValue)) }
        if let weight { attrs.append(("font-weight", weight)) }
        attrs.append(("fill", fill))
        if halo {
            attrs += [("stroke", "#ffffff"), ("stroke-width", mm(PrintUnits.mm(pt: sizePoints * 0.22))),
                      ("stroke-linejoin", "round"), ("paint-order", "stroke")]
        }
        if rotateDegrees != 0 {
            attrs.append(("transform", "rotate(\(FixedDecimal.string(rotateDegrees, decimals: 1)) \(mm(x)) \(mm(y)))"))
        }
        return SVGElement("text", attrs, children: [.text(s)])
    }

    public static func rect(_ r: PageRect, fill: String, stroke: String? = nil, strokeWidthPoints: Double = 0.5) -> SVGElement {
        var attrs: [(String, String)] = [("x", mm(r.x)), ("y", mm(r.y)), ("width", mm(r.width)), ("height", mm(r.height)), ("fill", fill)]
        if let stroke { attrs += [("stroke", stroke), ("stroke-width", mm(PrintUnits.mm(pt: strokeWidthPoints)))] }
        return SVGElement("rect", attrs)
    }

    public static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, widthPoints: Double) -> SVGElement {
        SVGElement("line", [("x1", mm(x1)), ("y1", mm(y1)), ("x2", mm(x2)), ("y2", mm(y2)),
                            ("stroke", stroke), ("stroke-width", mm(PrintUnits.mm(pt: widthPoints)))])
    }

    /// A number for a legend: grouped integers, or up to `decimals` places.
    /// Negative numbers take a true minus sign (U+2212).
    /// Values too large for whole-number grouping (|v| ≥ 10¹⁵) are written in exponent
    /// form (`1e+308`); non-finite values as `∞`, `−∞` or `NaN`, never a crash.
    public static func number(_ v: Double, decimals: Int) -> String {
        guard v.isFinite else { return v.isNaN ? "NaN" : v > 0 ? "∞" : "\u{2212}∞" }
        let text: String
        if abs(v) >= largestGroupedValue { text = v.description }
        else if decimals == 0 || (v.rounded() == v && abs(v) >= 100) { text = FixedDecimal.grouped(Int(v.rounded())) }
        else { text = FixedDecimal.string(v, decimals: decimals) }
        return text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
    }

    /// The largest magnitude ``number(_:decimals:)`` writes as a grouped whole number.
    static let largestGroupedValue = 1e15
}
