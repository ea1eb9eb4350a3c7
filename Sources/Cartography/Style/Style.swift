#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// How features are drawn: fill (colour or hatch), stroke in points, dash in points,
/// and a point symbol. Colours are `#rrggbb`.
public struct Style: Sendable, Hashable {
    public var fill: String?
    public var fillOpacity: Double?
    public var hatch: Hatch?
    public var stroke: String?
    public var strokeWidthPoints: Double
    public var dashPoints: [Double]?
    public var symbol: PointSymbol?
    public var opacity: Double?

    public init(fill: String? = nil, fillOpacity: Double? = nil, hatch: Hatch? = nil, stroke: String? = nil,
                strokeWidthPoints: Double = 0.5, dashPoints: [Double]? = nil, symbol: PointSymbol? = nil,
                opacity: Double? = nil) {
        self.fill = fill; self.fillOpacity = fillOpacity; self.hatch = hatch; self.stroke = stroke
        self.strokeWidthPoints = strokeWidthPoints; self.dashPoints = dashPoints; self.symbol = symbol
        self.opacity = opacity
    }

    /// Presentation attributes in a fixed order.
    func attributes(isLine: Bool) -> [(String, String)] {
        var a: [(String, String)] = []
        if isLine { a.append(("fill", "none")) }
        else if let hatch { a.append(("fill", "url(#\(hatch.id))")) }
        else { a.append(("fill", fill ?? "none")) }
        if !isLine, let fillOpacity { a.append(("fill-opacity", FixedDecimal.string(fillOpacity, decimals: 3))) }
        if let stroke {
            a.append(("stroke", stroke))
            a.append(("stroke-width", FixedDecimal.millimetres(PrintUnits.mm(pt: strokeWidthPoints))))
            a.append(("stroke-linejoin", "round"))
            if isLine { a.append(("stroke-linecap", "round")) }
            if let dashPoints, !dashPoints.isEmpty {
                a.append(("stroke-dasharray", dashPoints.map { FixedDecimal.millimetres(PrintUnits.mm(pt: $0)) }.joined(separator: " ")))
            }
        }
        if let opacity { a.append(("opacity", FixedDecimal.string(opacity, decimals: 3))) }
        return a
    }
}

/// A point symbol: shape, radius in points, colours.
public struct PointSymbol: Sendable, Hashable {
    public enum Shape: String, Sendable { case circle, square, triangle, star, diamond, hexagon, invertedTriangle = "inverted-triangle" }
    public var shape: Shape
    public var radiusPoints: Double
    public var fill: String
    public var stroke: String
    public var strokeWidthPoints: Double

    public init(shape: Shape = .circle, radiusPoints: Double = 2, fill: String = "#ffffff",
                stroke: String = "#222222", strokeWidthPoints: Double = 0.5) {
        self.shape = shape; self.radiusPoints = radiusPoints; self.fill = fill; self.stroke = stroke
        self.strokeWidthPoints = strokeWidthPoints
    }

    /// The symbol centred at (x, y) mm; `radiusMillimetres` overrides the style's radius.
    public func element(x: Double, y: Double, radiusMillimetres: Double? = nil, id: String? = nil, cssClass: String? = nil) -> SVGElement {
        let r = radiusMillimetres ?? PrintUnits.mm(pt: radiusPoints)
        let m = FixedDecimal.millimetres
        var attrs: [(String, String)] = []
        if let id { attrs.append(("id", id)) }
        if let cssClass { attrs.append(("class", cssClass)) }
        var e: SVGElement
        switch shape {
        case .circle:
            e = SVGElement("circle", attrs + [("cx", m(x)), ("cy", m(y)), ("r", m(r))])
        case .square:
            e = SVGElement("rect", attrs + [("x", m(x - r)), ("y", m(y - r)), ("width", m(2 * r)), ("height", m(2 * r))])
        case .triangle:
            e = SVGElement("path", attrs + [("d", "M\(m(x)) \(m(y - r * 1.15))L\(m(x + r)) \(m(y + r * 0.6))L\(m(x - r)) \(m(y + r * 0.6))Z")])
        case .diamond:
            e = SVGElement("path", attrs + [("d", "M\(m(x)) \(m(y - r))L\(m(x + r)) \(m(y))L\(m(x)) \(m(y + r))L\(m(x - r)) \(m(y))Z")])
        case .invertedTriangle:
            e = SVGElement("path", attrs + [("d", "M\(m(x)) \(m(y + r * 1.15))L\(m(x + r)) \(m(y - r * 0.6))L\(m(x - r)) \(m(y - r * 0.6))Z")])
        case .hexagon:
            var d = ""
            for i in 0..<6 {
                let ang = Double(i) * Double.pi / 3
                d += (i == 0 ? "M" : "L") + m(x + r * _cos(ang)) + " " + m(y + r * _sin(ang))
            }
            e = SVGElement("path", attrs + [("d", d + "Z")])
        case .star:
            var d = ""
            for i in 0..<10 {
                let ang = Double(i) * Double.pi / 5 - Double.pi / 2
                let rr = i % 2 == 0 ? r * 1.25 : r * 0.5
                d += (i == 0 ? "M" : "L") + m(x + rr * _cos(ang)) + " " + m(y + rr * _sin(ang))
            }
            e = SVGElement("path", attrs + [("d", d + "Z")])
        }
        e.set("fill", fill); e.set("stroke", stroke)
        e.set("stroke-width", m(PrintUnits.mm(pt: strokeWidthPoints)))
        return e
    }
}

/// A fill pattern of lines, crossed lines or dots that reads in black and white.
public struct Hatch: Sendable, Hashable {
    public enum Kind: String, Sendable { case lines, crossLines = "cross", dots }
    public var id: String
    public var kind: Kind
    public var angleDegrees: Double
    public var spacingMillimetres: Double
    public var color: String
    public var widthPoints: Double

    public init(id: String, kind: Kind, angleDegrees: Double = 45, spacingMillimetres: Double = 2,
                color: String = "#333333", widthPoints: Double = 0.5) {
        self.id = id; self.kind = kind; self.angleDegrees = angleDegrees
        self.spacingMillimetres = spacingMillimetres; self.color = color; self.widthPoints = widthPoints
    }

    /// The `<pattern>` definition (user-space units, so spacing is in page mm).
    public var patternElement: SVGElement {
        let s = spacingMillimetres, m = FixedDecimal.millimetres
        var p = SVGElement("pattern", [("id", id), ("patternUnits", "userSpaceOnUse"), ("width", m(s)), ("height", m(s)),
                                       ("patternTransform", "rotate(\(FixedDecimal.string(angleDegrees, decimals: 1)))")])
        let w = m(PrintUnits.mm(pt: widthPoints))
        switch kind {
        case .lines:
            p.append(SVGElement("line", [("x1", "0"), ("y1", m(s / 2)), ("x2", m(s)), ("y2", m(s / 2)), ("stroke", color), ("stroke-width", w)]))
        case .crossLines:
            p.append(SVGElement("line", [("x1", "0"), ("y1", m(s / 2)), ("x2", m(s)), ("y2", m(s / 2)), ("stroke", color), ("stroke-width", w)]))
            p.append(SVGElement("line", [("x1", m(s / 2)), ("y1", "0"), ("x2", m(s / 2)), ("y2", m(s)), ("stroke", color), ("stroke-width", w)]))
        case .dots:
            p.append(SVGElement("circle", [("cx", m(s / 2)), ("cy", m(s / 2)), ("r", m(PrintUnits.mm(pt: widthPoints * 1.2))), ("fill", color)]))
        }
        return p
    }
}

@inline(__always) func _cos(_ x: Double) -> Double { cos(x) }
@inline(__always) func _sin(_ x: Double) -> Double { sin(x) }
