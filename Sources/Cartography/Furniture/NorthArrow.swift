#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import GIS

/// A north arrow pointing to true north at the map centre (grid north differs from
/// true north in a Gauss–Krüger zone by the meridian convergence).
public struct NorthArrow: Sendable {
    /// Clockwise rotation of true north from the page's up direction, in degrees.
    public var rotationDegrees: Double

    public init(rotationDegrees: Double) { self.rotationDegrees = rotationDegrees }

    /// The arrow's rotation at (lon, lat) from the projection.
    /// - Throws: what `project` throws.
    public init(atLongitude lon: Double, latitude lat: Double, project: Projector) throws {
        let a = try project(Position(lon, lat)), b = try project(Position(lon, lat + 0.01))
        rotationDegrees = atan2(b.x - a.x, b.y - a.y) * 180 / Double.pi
    }

    /// The arrow as an SVG group (id `north-arrow`) centred at (x, y), `sizeMillimetres` tall.
    public func element(x: Double, y: Double, sizeMillimetres s: Double = 14) -> SVGElement {
        let m = SVGText.mm
        let h = s / 2, w = s * 0.22
        let rot = FixedDecimal.string(rotationDegrees, decimals: 2)
        var g = SVGElement("g", [("id", "north-arrow"), ("class", "north-arrow"),
                                 ("transform", "translate(\(m(x)) \(m(y))) rotate(\(rot))")])
        g.append(SVGElement("path", [("d", "M0 \(m(-h))L\(m(w)) \(m(h * 0.55))L0 \(m(h * 0.3))Z"), ("fill", "#ffffff"),
                                     ("stroke", "#222222"), ("stroke-width", m(PrintUnits.mm(pt: 0.6)))]))
        g.append(SVGElement("path", [("d", "M0 \(m(-h))L\(m(-w)) \(m(h * 0.55))L0 \(m(h * 0.3))Z"), ("fill", "#222222"),
                                     ("stroke", "#222222"), ("stroke-width", m(PrintUnits.mm(pt: 0.6)))]))
        g.append(SVGText.text("北 N", x: 0, y: -h - 1.2, sizePoints: 8, anchor: .middle, weight: "bold"))
        return g
    }
}
