import GIS
import Planning

extension GeodataBuilder {
    /// The polygon of the DEM cells where `mask` holds: row runs of cells as
    /// rectangles, dissolved, clipped to the county and simplified.
    func maskPolygon(_ mask: [Bool]) throws -> Geometry {
        var rects: [Geometry] = []
        let s = dem.cellSize
        for r in 0..<dem.rows {
            var c = 0
            while c < dem.columns {
                guard mask[r * dem.columns + c] else { c += 1; continue }
                let start = c
                while c < dem.columns && mask[r * dem.columns + c] { c += 1 }
                let x0 = dem.lowerLeftX + Double(start) * s, x1 = dem.lowerLeftX + Double(c) * s
                let y1 = dem.lowerLeftY + Double(dem.rows - r) * s, y0 = y1 - s
                rects.append(.polygon(Polygon(exterior: CoordinateSequence(xy: [x0, y0, x1, y0, x1, y1, x0, y1, x0, y0]))))
            }
        }
        let merged = try geos.unaryUnion(rects)
        let clipped = try geos.intersection(merged, county)
        let simple = try geos.simplify(clipped, tolerance: parameters.build.zoneSimplifyMetres, preserveTopology: true)
        return try cleaned(try geos.makeValid(Self.polygonal(simple)))
    }

    /// One MultiPolygon per zone of the profile; a zone that covers no DEM cell is
    /// left out, with a warning.
    func zoneFeatures() throws -> [Feature] {
        var out: [Feature] = []
        for (z, zone) in zoneRules.zones.enumerated() {
            guard zoneMask[z].contains(true) else {
                warnings.append(Diagnostic(.warning, file: profile.file, "zone \(zone.name) covers no DEM cell of \(parameters.countyName): left out of zones.geojson"))
                continue
            }
            var g = try maskPolygon(zoneMask[z])
            if case .polygon(let p) = g { g = .multiPolygon([p]) }
            let members = villages.filter { $0.zones.contains(zone.name) }
            out.append(try feature(g, [
                ("name", .string(zone.name)), ("kind", .string(zone.kind.rawValue)),
                ("hazard", .bool(zone.hazard)), ("disasters", .bool(zone.disasters)), ("rule", .string(zone.description)),
                ("area_km2", Self.number(try geos.area(g) / 1e6, 1)),
                ("villages", .number(Double(members.count))),
                ("poor_persons", .number(Double(members.filter(\.isVillage).reduce(0) { $0 + $1.poorPersons }))),
                ("source", .string("modelled (rule on the modelled DEM)")),
            ]))
        }
        return out
    }

    func terrainFeatures() throws -> [Feature] {
        var out: [Feature] = []
        let near = try geos.buffer(county, distance: 2_000, quadrantSegments: 2)
        var mountains: [Geometry] = []
        for (k, r) in terrain.ridges.enumerated() {
            let axis = Geometry.lineString(CoordinateSequence(r.axis.points))
            let crest = try geos.intersection(axis, near)
            let spec = parameters.modelInputs.ridges[k]
            out.append(try feature(crest, [("kind", .string("ridge")), ("name", .string(r.name)),
                ("elevation_m", .number(r.crestHeights.max() ?? 0)),
                ("source", .string(spec.source))]))
            let area = try cleaned(try geos.intersection(try geos.buffer(axis, distance: terrain.mountainHalfWidth(r)), county))
            mountains.append(area)
            out.append(try feature(area, [("kind", .string("mountain_area")), ("name", .string(terrain.layout.mountainUnit[k])),
                ("elevation_m", .number(r.crestHeights.max() ?? 0)), ("source", .string("modelled"))]))
            for c in spec.crest where c.isPeak {
                let p = try proj.transform(c.position)
                out.append(try feature(.point(Position(p.x, p.y)), [("kind", .string("peak")),
                    ("name", .string(String(c.label.split(separator: " ").first ?? ""))),
                    ("elevation_m", .number(c.position.z ?? 0)),
                    ("source", .string(c.source))]))
            }
        }
        out += try lowlandFeatures(lowland: mountains.isEmpty ? county : try geos.difference(county, try geos.unaryUnion(mountains)))
        for r in terrain.rivers {
            let line = try geos.intersection(.lineString(CoordinateSequence(r.line.points)), near)
            out.append(try feature(line, [("kind", .string("river")), ("name", .string(r.name)), ("trough", .string(r.trough)),
                ("source", .string(r.source))]))
        }
        if let low = terrain.lowPoint, let spec = parameters.modelInputs.lowPoint {
            out.append(try feature(.point(low), [("kind", .string("low_point")), ("name", .string(spec.name)),
                ("elevation_m", .number(terrain.lowPointElevation)),
                ("source", .string(spec.source))]))
        }
        return out
    }

    /// The lowland units: the county outside the mountain areas, cut at the ridges
    /// that separate consecutive units (west of a separator is the western unit).
    func lowlandFeatures(lowland: Geometry) throws -> [Feature] {
        let units = terrain.layout.lowlands
        var out: [Feature] = []
        for (i, unit) in units.enumerated() {
            var g = lowland
            if i > 0, let k = terrain.layout.separator(after: i - 1) { g = try geos.difference(g, westOf(terrain.ridges[k])) }
            if i < units.count - 1, let k = terrain.layout.separator(after: i) { g = try geos.intersection(g, westOf(terrain.ridges[k])) }
            var properties: [(String, JSONValue)] = [("kind", .string(unit.kind.rawValue)), ("name", .string(unit.name))]
            if let river = unit.river { properties.append(("river", .string(river))) }
            properties.append(("source", .string("modelled: the county outside the mountain areas, cut at the ridges of county.yaml's terrain units")))
            out.append(try feature(try cleaned(g), properties))
        }
        return out
    }

    /// The half-plane west of a ridge axis (extended 50 km north and south).
    func westOf(_ r: TerrainModel.Ridge) -> Geometry {
        let mid = r.axis.points
        let b = county.boundingBox.expanded(by: 50_000)
        var ring = mid
        ring.append(Position(b.minX, mid.last!.y + 50_000)); ring.append(Position(b.minX, mid.first!.y - 50_000))
        ring.append(mid.first!)
        return .polygon(Polygon(exterior: CoordinateSequence(ring)))
    }
}
