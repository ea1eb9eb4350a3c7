#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import GIS
import Planning

/// The modelled terrain of a county in the planning CRS (metres): parallel ridges with
/// Gaussian cross-profiles and crest heights varying along their axes (none for a flat
/// county), lowland floors rising from the low point, rivers given or along the trough
/// midlines, gentle seeded hills.
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
    struct River: Sendable { var name: String; var trough: String; var line: PlanarPolyline; var source: String }

    var ridges: [Ridge]
    var rivers: [River]
    /// The low point (planning CRS), or nil when the model inputs have none.
    var lowPoint: Position?
    var lowPointElevation: Double
    var settings: TerrainProfile
    var layout: TerrainLayout
    var seed: UInt64

    /// Builds the model from the lon/lat model inputs through `toPlanning`. The river of
    /// a lowland unit is the model inputs' course of that name, else the midline of its
    /// two ridges (bent through the low point when the low point names it); a unit with
    /// neither has no river, and a warning says so.
    /// - Throws: PROJ errors from the transformation.
    init(parameters: BuildParameters, layout: TerrainLayout, warnings: inout [Diagnostic],
         toPlanning: (Position) throws -> Position) throws {
        settings = parameters.terrainSettings
        self.layout = layout
        seed = parameters.seed
        let inputs = parameters.modelInputs
        ridges = try inputs.ridges.map { spec in
            let axis = PlanarPolyline(try spec.axis.map(toPlanning))
            let crest = try spec.crest.map { c -> (Double, Double) in
                (axis.nearest(to: try toPlanning(c.position)).along, c.position.z ?? 0)
            }.sorted { $0.0 < $1.0 }
            return Ridge(name: spec.name, axis: axis, crestKnots: crest.map(\.0), crestHeights: crest.map(\.1),
                         sigma: spec.halfWidthMetres, beltName: spec.beltName)
        }
        var low: Position? = nil
        if let lp = inputs.lowPoint {
            let q = try toPlanning(lp.position)
            low = Position(q.x, q.y)
        }
        lowPoint = low
        lowPointElevation = inputs.lowPoint?.position.z ?? parameters.terrainSettings.troughFloorFarMetres
        var rivers: [River] = []
        for unit in layout.lowlands {
            guard let name = unit.river else { continue }
            if let given = inputs.rivers.first(where: { $0.name == name }) {
                rivers.append(River(name: name, trough: unit.name, line: PlanarPolyline(try given.path.map(toPlanning)), source: given.source))
            } else if let w = unit.westRidge, let e = unit.eastRidge {
                let bend = inputs.lowPoint?.river == name ? low : nil
                rivers.append(River(name: name, trough: unit.name, line: Self.midline(ridges[w].axis, ridges[e].axis, through: bend),
                                    source: "modelled course along the midline of \(ridges[w].name) and \(ridges[e].name)"
                                        + (bend == nil ? "" : ", through the low point")))
            } else {
                warnings.append(Diagnostic(.warning, file: inputs.file, "\(parameters.countyName) has no course for the river \(name) "
                    + "of \(unit.name) (no river feature, and no two ridges to model it between): terrain.geojson has no river \(name), "
                    + "and the river rules of zones.geojson ignore it"))
            }
        }
        for given in inputs.rivers where !rivers.contains(where: { $0.name == given.name }) {
            rivers.append(River(name: given.name, trough: given.trough, line: PlanarPolyline(try given.path.map(toPlanning)), source: given.source))
        }
        self.rivers = rivers
    }

    /// The midline of two ridge axes, sampled every kilometre along the first; its
    /// point nearest `through` moved onto it (a river leaving at the low point).
    static func midline(_ a: PlanarPolyline, _ b: PlanarPolyline, through: Position?) -> PlanarPolyline {
        var mid = a.resampled(step: 1_000).map { pa -> Position in
            let pb = b.point(at: b.nearest(to: pa).along)
            return Position((pa.x + pb.x) / 2, (pa.y + pb.y) / 2)
        }
        if let lp = through, let i = mid.indices.min(by: { dist(mid[$0], lp) < dist(mid[$1], lp) }) {
            mid[i] = lp
        }
        return PlanarPolyline(mid)
    }

    static func dist(_ a: Position, _ b: Position) -> Double { PlanarPolyline.length(a, b) }

    /// The trough floor, valley sides and hills without the ridges, metres.
    func baseElevation(at p: Position) -> Double {
        let t = settings
        var floor = t.troughFloorFarMetres, fade = 1.0
        if let lowPoint {
            let dLow = Self.dist(p, lowPoint)
            let rise = t.troughFloorFarMetres - lowPointElevation
            floor = lowPointElevation + rise * pow(min(1, dLow / t.troughFloorRiseDistanceMetres), 0.85)
            fade = smoothstep(dLow / 4_000)
        }
        let dr = distanceToRiver(p)
        let w = t.valleySideWidthMetres
        let side = t.valleySideRiseMetres * (1 - exp(-(dr * dr) / (2 * w * w)))
        return floor + side + t.hillAmplitudeMetres * fade * hillNoise(p)
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
        guard let r = rivers.min(by: { $0.line.nearest(to: p).distance < $1.line.nearest(to: p).distance }) else {
            return lowPointElevation
        }
        return baseElevation(at: r.line.point(at: r.line.nearest(to: p).along))
    }

    /// The terrain unit: the mountain unit of the ridge whose profile weight passes the
    /// mountain threshold (the highest), otherwise the lowland unit on that side of the
    /// ridges separating consecutive lowland units (west to east).
    func terrainUnit(at p: Position) -> String {
        var best: (Int, Double)? = nil
        for (k, r) in ridges.enumerated() {
            let w = r.profile(at: p).weight
            if w >= settings.mountainProfileThreshold, w > (best?.1 ?? 0) { best = (k, w) }
        }
        if let b = best { return layout.mountainUnit[b.0] }
        guard !layout.lowlands.isEmpty else {
            let nearest = ridges.indices.max { ridges[$0].profile(at: p).weight < ridges[$1].profile(at: p).weight }
            return nearest.map { layout.mountainUnit[$0] } ?? layout.fallbackName
        }
        for i in 0..<(layout.lowlands.count - 1) {
            if let k = layout.separator(after: i), ridges[k].profile(at: p).side > 0 { return layout.lowlands[i].name }
        }
        return layout.lowlands[layout.lowlands.count - 1].name
    }

    /// True for a mountain unit's name.
    func isMountain(_ unit: String) -> Bool { layout.mountainNames.contains(unit) }

    /// The distance from a ridge's axis within which the mountain area lies, metres.
    func mountainHalfWidth(_ r: Ridge) -> Double {
        r.sigma * (-2 * log(settings.mountainProfileThreshold)).squareRoot()
    }

    /// Seeded value noise in [0, 1] with the hill wavelength.
    func hillNoise(_ p: Position) -> Double {
        let fx = p.x / settings.hillWavelengthMetres, fy = p.y / settings.hillWavelengthMetres
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
