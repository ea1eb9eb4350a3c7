import Foundation
import GIS

/// The modelled terrain of a ridge-and-trough county in the planning CRS (metres):
/// parallel anticline ridges with Gaussian cross-profiles and crest heights varying
/// along their axes, troughs whose floors rise from the low point, rivers along the
/// trough midlines, gentle seeded hills.
///
/// `elevation(at:)` is an analytic surface: the DEM samples it, and the crest of each
/// ridge reaches exactly its interpolated crest height (so the sourced peaks hold).
struct TerrainModel: Sendable {
    struct Ridge: Sendable {
        var name: String
        var axis: PlanarPolyline
        var crestKnots: [Double]
        var crestHeights: [Double]
        var sigma: Double
        var beltName: String?

        /// The profile weight in [0, 1] (1 on the crest) and the crest height there.
        func profile(at p: Position) -> (weight: Double, crest: Double, distance: Double, side: Double) {
            let n = axis.nearest(to: p)
            let w = exp(-(n.distance * n.distance) / (2 * sigma * sigma))
            return (w, interpolate(n.along, knots: crestKnots, values: crestHeights), n.distance, n.side)
        }
    }
    struct River: Sendable { var name: String; var trough: String; var line: PlanarPolyline }

    var ridges: [Ridge]
    var rivers: [River]
    var lowPoint: Position
    var lowPointElevation: Double
    var parameters: BuildParameters
    var seed: UInt64

    /// Builds the model from lon/lat parameters through `toPlanning`.
    /// - Throws: PROJ errors from the transformation.
    init(parameters: BuildParameters, toPlanning: (Position) throws -> Position) throws {
        self.parameters = parameters
        seed = parameters.seed
        ridges = try parameters.modelInputs.ridges.map { spec in
            let axis = PlanarPolyline(try spec.axis.map(toPlanning))
            let crest = try spec.crest.map { c -> (Double, Double) in
                (axis.nearest(to: try toPlanning(c.position)).along, c.position.z ?? 0)
            }.sorted { $0.0 < $1.0 }
            return Ridge(name: spec.name, axis: axis, crestKnots: crest.map(\.0), crestHeights: crest.map(\.1),
                         sigma: spec.halfWidthMetres, beltName: spec.beltName)
        }
        let lp = parameters.modelInputs.lowPoint!.position
        let low = try toPlanning(lp)
        lowPoint = Position(low.x, low.y)
        lowPointElevation = lp.z ?? 188
        var rivers: [River] = []
        let names = [("御临河", "西槽"), ("大洪河", "东槽")]
        for k in 0..<min(2, ridges.count - 1) {
            let a = ridges[k].axis, b = ridges[k + 1].axis
            var mid = a.resampled(step: 1_000).map { pa -> Position in
                let s = b.nearest(to: pa).along
                let pb = b.point(at: s)
                return Position((pa.x + pb.x) / 2, (pa.y + pb.y) / 2)
            }
            if k == 0 {
                // The west river leaves the county at the low point: bend its course through it.
                let lp = Position(low.x, low.y)
                let i = mid.indices.min { Self.dist(mid[$0], lp) < Self.dist(mid[$1], lp) }!
                mid[i] = lp
            }
            rivers.append(River(name: names[k].0, trough: names[k].1, line: PlanarPolyline(mid)))
        }
        self.rivers = rivers
    }

    static func dist(_ a: Position, _ b: Position) -> Double { PlanarPolyline.length(a, b) }

    /// The trough floor, valley sides and hills without the ridges, metres.
    func baseElevation(at p: Position) -> Double {
        let dLow = Self.dist(p, lowPoint)
        let rise = parameters.troughFloorNorthMetres - lowPointElevation
        let floor = lowPointElevation + rise * pow(min(1, dLow / parameters.troughFloorRiseDistanceMetres), 0.85)
        let dr = distanceToRiver(p)
        let w = parameters.valleySideWidthMetres
        let side = parameters.valleySideRiseMetres * (1 - exp(-(dr * dr) / (2 * w * w)))
        let fade = smoothstep(dLow / 4_000)
        return floor + side + parameters.hillAmplitudeMetres * fade * hillNoise(p)
    }

    /// The modelled elevation at a planning-CRS point, metres above sea level.
    func elevation(at p: Position) -> Double {
        var z = baseElevation(at: p)
        for r in ridges {
            let pr = r.profile(at: p)
            if pr.weight > 1e-6 { z += pr.weight * max(pr.crest - z, 0) }
        }
        return z
    }

    /// The nearest river's distance, metres.
    func distanceToRiver(_ p: Position) -> Double {
        rivers.map { $0.line.nearest(to: p).distance }.min() ?? .infinity
    }

    /// The bed elevation of the nearest river at its point nearest `p`, metres.
    func riverBedElevation(near p: Position) -> Double {
        guard let r = rivers.min(by: { $0.line.nearest(to: p).distance < $1.line.nearest(to: p).distance }) else { return lowPointElevation }
        return baseElevation(at: r.line.point(at: r.line.nearest(to: p).along))
    }

    /// The terrain unit: a ridge where its profile weight passes the mountain
    /// threshold, otherwise the trough on that side of the middle ridge.
    func terrainUnit(at p: Position) -> String {
        var best: (String, Double)? = nil
        for r in ridges {
            let w = r.profile(at: p).weight
            if w >= parameters.mountainProfileThreshold, w > (best?.1 ?? 0) { best = (r.name, w) }
        }
        if let b = best { return b.0 }
        guard ridges.count >= 2 else { return rivers.first?.trough ?? "" }
        let middle = ridges[ridges.count / 2]
        return middle.profile(at: p).side > 0 ? "西槽" : "东槽"
    }

    /// The distance from a ridge's axis within which the mountain area lies, metres.
    func mountainHalfWidth(_ r: Ridge) -> Double {
        r.sigma * (-2 * log(parameters.mountainProfileThreshold)).squareRoot()
    }

    /// Seeded value noise in [0, 1] with the hill wavelength.
    func hillNoise(_ p: Position) -> Double {
        let fx = p.x / parameters.hillWavelengthMetres, fy = p.y / parameters.hillWavelengthMetres
        let ix = Int(fx.rounded(.down)), iy = Int(fy.rounded(.down))
        let tx = smoothstep(fx - Double(ix)), ty = smoothstep(fy - Double(iy))
        let a = lattice(ix, iy), b = lattice(ix + 1, iy), c = lattice(ix, iy + 1), d = lattice(ix + 1, iy + 1)
        return (a + (b - a) * tx) * (1 - ty) + (c + (d - c) * tx) * ty
    }

    private func lattice(_ i: Int, _ j: Int) -> Double {
        var g = SplitMix64(seed: seed ^ (UInt64(bitPattern: Int64(i)) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(bitPattern: Int64(j)) &* 0xC2B2_AE3D_27D4_EB4F))
        return Double(g.next() >> 11) * 0x1.0p-53
    }
}

/// 0 below 0, 1 above 1, smooth in between (3t² − 2t³).
func smoothstep(_ t: Double) -> Double {
    let x = min(max(t, 0), 1)
    return x * x * (3 - 2 * x)
}
