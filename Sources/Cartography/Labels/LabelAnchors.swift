#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Where a feature's label is anchored on the page.
public enum LabelAnchors {
    /// An inner point of the largest ring: the middle of the widest span of the
    /// horizontal line through the ring's centre of area (always inside the polygon).
    public static func areaPoint(_ rings: [[Double]]) -> (x: Double, y: Double)? {
        guard let ring = rings.max(by: { abs(signedArea($0)) < abs(signedArea($1)) }), ring.count >= 8 else { return nil }
        guard let b = PageShape.polygons([ring]).bounds else { return nil }
        var cy = b.midY
        let a = signedArea(ring)
        if a != 0 {
            var sy = 0.0
            let n = ring.count / 2
            for i in 0..<(n - 1) {
                let (x0, y0, x1, y1) = (ring[2 * i], ring[2 * i + 1], ring[2 * i + 2], ring[2 * i + 3])
                sy += (y0 + y1) * (x0 * y1 - x1 * y0)
            }
            cy = sy / (6 * a)
        }
        var xs: [Double] = []
        for r in rings {
            let n = r.count / 2
            for i in 0..<(n - 1) {
                let (x0, y0, x1, y1) = (r[2 * i], r[2 * i + 1], r[2 * i + 2], r[2 * i + 3])
                if (y0 <= cy) != (y1 <= cy) { xs.append(x0 + (cy - y0) / (y1 - y0) * (x1 - x0)) }
            }
        }
        xs.sort()
        var best: (Double, Double)? = nil
        var i = 0
        while i + 1 < xs.count {
            if best == nil || xs[i + 1] - xs[i] > best!.1 - best!.0 { best = (xs[i], xs[i + 1]) }
            i += 2
        }
        guard let span = best else { return (b.midX, b.midY) }
        return ((span.0 + span.1) / 2, cy)
    }

    /// Shoelace area of a closed ring (page units, sign by orientation).
    public static func signedArea(_ r: [Double]) -> Double {
        var s = 0.0
        let n = r.count / 2
        guard n > 2 else { return 0 }
        for i in 0..<(n - 1) { s += r[2 * i] * r[2 * i + 3] - r[2 * i + 2] * r[2 * i + 1] }
        return s / 2
    }

    /// The middle of the longest part of a line and the reading angle there (degrees,
    /// clockwise, kept within ±90° so text is never upside down).
    public static func linePoint(_ parts: [[Double]]) -> (x: Double, y: Double, angle: Double)? {
        linePoints(parts, fractions: [0.5]).first.map { ($0.x, $0.y, $0.angleDegrees) }
    }

    /// Anchors at `fractions` of the longest part's length (e.g. 0.5 = the middle).
    public static func linePoints(_ parts: [[Double]], fractions: [Double]) -> [LineAnchor] {
        guard let part = parts.max(by: { length($0) < length($1) }), part.count >= 4 else { return [] }
        return fractions.map { anchor(part, fraction: $0) }
    }

    static func anchor(_ part: [Double], fraction: Double) -> LineAnchor {
        let total = length(part)
        func at(_ d: Double) -> (Double, Double) {
            var acc = 0.0
            let n = part.count / 2
            for i in 0..<(n - 1) {
                let dx = part[2 * i + 2] - part[2 * i], dy = part[2 * i + 3] - part[2 * i + 1]
                let l = (dx * dx + dy * dy).squareRoot()
                if acc + l >= d && l > 0 { let t = (d - acc) / l; return (part[2 * i] + t * dx, part[2 * i + 1] + t * dy) }
                acc += l
            }
            return (part[part.count - 2], part[part.count - 1])
        }
        let d = total * fraction
        let mid = at(d)
        let a = at(max(0, d - min(12, total / 4))), b = at(min(total, d + min(12, total / 4)))
        var angle = atan2(b.1 - a.1, b.0 - a.0) * 180 / Double.pi
        if angle > 90 { angle -= 180 } else if angle < -90 { angle += 180 }
        return LineAnchor(x: mid.0, y: mid.1, angleDegrees: angle)
    }

    public static func length(_ xy: [Double]) -> Double {
        var s = 0.0
        var i = 0
        while i + 3 < xy.count {
            let dx = xy[i + 2] - xy[i], dy = xy[i + 3] - xy[i + 1]
            s += (dx * dx + dy * dy).squareRoot(); i += 2
        }
        return s
    }
}
