import GIS

/// Meridians and parallels every `stepDegrees`, projected, clipped to the frame, with
/// degree labels (e.g. `106°50′E`) where they leave the frame.
public struct Graticule {
    public var stepDegrees: Double

    public init(stepDegrees: Double = 0.1) { self.stepDegrees = stepDegrees }

    /// The graticule for a frame whose ground extent lies within the lon/lat `bounds`.
    /// - Throws: what `project` throws.
    /// - Complexity: O(lines × samples).
    public func element(bounds: BoundingBox, frame: PageRect, transform: PageTransform, project: Projector) throws -> SVGElement {
        var lines = PathData(decimals: 2)
        var labels: [SVGElement] = []
        let lon0 = (bounds.minX / stepDegrees).rounded(.down) * stepDegrees
        let lat0 = (bounds.minY / stepDegrees).rounded(.down) * stepDegrees
        var lon = lon0
        while lon <= bounds.maxX + 1e-9 {
            let pieces = try Self.clippedLine(frame: frame, transform: transform, project: project) { i in
                (lon, Self.sample(i, from: bounds.minY, to: bounds.maxY))
            }
            for piece in pieces {
                lines.appendRun(piece, close: false)
                let bx = piece[0], by = piece[1]
                if abs(by - frame.maxY) < 0.01 {
                    labels.append(SVGText.text(Self.dms(lon, east: true), x: bx, y: frame.maxY + 3.2, sizePoints: 6.5, anchor: .middle, fill: "#555555"))
                }
            }
            lon += stepDegrees
        }
        var lat = lat0
        while lat <= bounds.maxY + 1e-9 {
            let pieces = try Self.clippedLine(frame: frame, transform: transform, project: project) { i in
                (Self.sample(i, from: bounds.minX, to: bounds.maxX), lat)
            }
            for piece in pieces {
                lines.appendRun(piece, close: false)
                if abs(piece[0] - frame.x) < 0.01 {
                    labels.append(SVGText.text(Self.dms(lat, east: false), x: frame.x - 1, y: piece[1] + 0.8, sizePoints: 6.5, anchor: .end, fill: "#555555"))
                }
            }
            lat += stepDegrees
        }
        var g = SVGElement.layer(id: "graticule", label: "经纬网 Graticule")
        var path = SVGElement("path", [("class", "graticule")])
        path.set("d", lines.attributeValue)
        path.set("fill", "none"); path.set("stroke", "#8c8c8c")
        path.set("stroke-width", SVGText.mm(PrintUnits.mm(pt: 0.3))); path.set("stroke-dasharray", "0.8 0.8")
        g.append(path)
        labels.forEach { g.append($0) }
        return g
    }

    /// Points sampled along each graticule line, ends included.
    private static let samples = 40

    /// The lon/lat coordinate of sample `i` of ``samples`` from `lo` to `hi`.
    private static func sample(_ i: Int, from lo: Double, to hi: Double) -> Double {
        lo + (hi - lo) * Double(i) / Double(samples)
    }

    /// One meridian or parallel, projected and clipped to the frame: `point(i)` is the
    /// lon/lat of its sample `i` (0 through ``samples``).
    /// - Throws: what `project` throws.
    private static func clippedLine(frame: PageRect, transform: PageTransform, project: Projector,
                                    _ point: (Int) -> (lon: Double, lat: Double)) throws -> [[Double]] {
        var run: [Double] = []
        for i in 0...samples {
            let (lon, lat) = point(i)
            let p = try ProjectStage.pagePoint(lon: lon, lat: lat, project: project, transform: transform)
            run += [p.x, p.y]
        }
        return ClipStage.clipLine(run, to: frame)
    }

    /// Degrees and minutes, e.g. `106°50′E`, `30°20′N`.
    public static func dms(_ v: Double, east: Bool) -> String {
        let totalMinutes = Int((abs(v) * 60).rounded())
        let d = totalMinutes / 60, m = totalMinutes % 60
        let hemi = east ? (v >= 0 ? "E" : "W") : (v >= 0 ? "N" : "S")
        return m == 0 ? "\(d)°\(hemi)" : "\(d)°\(m < 10 ? "0" : "")\(m)′\(hemi)"
    }
}
