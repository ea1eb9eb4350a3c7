import GIS

/// One geodata layer as read from a file: the name used in messages and its features.
public struct RegionLayer: Sendable {
    public var file: String
    public var features: FeatureCollection
    public init(file: String, features: FeatureCollection) { self.file = file; self.features = features }
}

extension Region {
    /// The layer files the simulation needs, relative to the geodata folder.
    public static let requiredLayerFiles = ["townships.geojson", "villages.geojson", "sites.geojson", "lines.geojson"]

    /// Builds the region from its decoded layers, checking the schema contract.
    ///
    /// Terrain units and zones are the profile's: a village naming a unit or zone the
    /// profile does not list is an error that lists the profile's names.
    ///
    /// - Throws: `GISError` naming the file, feature index and id, and property, for a
    ///   missing or mistyped property, a duplicate id, a reference to an unknown
    ///   township, village or site, or an unknown terrain unit or zone; `GISError` naming
    ///   the profile when it lists more zones than a `ZoneSet` holds, or names a planning
    ///   CRS (`crs.planning`) PROJ does not know.
    /// - Complexity: O(features).
    public static func decode(profile: CountyProfile, townships: RegionLayer, villages: RegionLayer, sites: RegionLayer,
                              lines: RegionLayer) throws -> Region {
        try decode(profile: profile, townships: townships, villages: villages, sites: sites, lines: lines,
                   transformation: { try planningTransformation(profile) })
    }

    /// The same, with the planning transformation made by `transformation` (called
    /// where one thread would make it, so its error comes in the same order).
    static func decode(profile: CountyProfile, townships: RegionLayer, villages: RegionLayer, sites: RegionLayer,
                       lines: RegionLayer, transformation makeTransformation: () throws -> Transformation) throws -> Region {
        guard profile.zones.list.count <= ZoneSet.capacity else {
            throw GISError(file: profile.file, location: SourceLocation(featureIndex: nil, featureID: nil, path: "zones.list"),
                           "the profile lists \(profile.zones.list.count) zones; at most \(ZoneSet.capacity) are supported")
        }
        let transformation = try makeTransformation()
        let ts = try decodeTownships(townships)
        let codes = Set(ts.map(\.code))
        let vs = try decodeVillages(villages, townshipCodes: codes, profile: profile)
        let ss = try decodeSites(sites, townshipCodes: codes)
        let ls = try decodeLines(lines, villageIDs: Set(vs.map(\.id)))
        return Region(profile: profile, townships: ts, villages: vs, sites: ss, lines: ls, transformation: transformation)
    }

    static func decodeTownships(_ layer: RegionLayer) throws -> [Township] {
        var seen: Set<String> = []
        return try layer.features.features.enumerated().map { i, f in
            let r = PropertyReader(file: layer.file, index: i, feature: f, idProperty: "code")
            let code = try r.string("code")
            guard seen.insert(code).inserted else { throw r.error("code", "duplicate township code \"\(code)\"") }
            var facilities: Set<TownshipFacility> = []
            for facility in TownshipFacility.allCases where try r.bool(facility.rawValue) { facilities.insert(facility) }
            return Township(code: code, name: try r.string("name"), kind: try r.string("kind"),
                            seatLongitude: try r.number("seat_lon"), seatLatitude: try r.number("seat_lat"),
                            facilities: facilities)
        }
    }

    static func decodeVillages(_ layer: RegionLayer, townshipCodes: Set<String>, profile: CountyProfile) throws -> [Village] {
        var seen: Set<String> = []
        let zoneNames = profile.zones.list.map(\.name)
        let unitNames = profile.terrain.units.map(\.name)
        func allowed(_ names: [String]) -> String {
            names.isEmpty ? "none (the profile \(profile.file) lists none)"
                : names.map { "\"\($0)\"" }.joined(separator: ", ") + " (from \(profile.file))"
        }
        return try layer.features.features.enumerated().map { i, f in
            let r = PropertyReader(file: layer.file, index: i, feature: f, idProperty: "id")
            let id = try r.string("id")
            guard seen.insert(id).inserted else { throw r.error("id", "duplicate village id \"\(id)\"") }
            let township = try r.string("township_code")
            guard townshipCodes.contains(township) else {
                throw r.error("township_code", "unknown township code \"\(township)\"")
            }
            let zones = try r.strings("zones").enumerated().map { k, z in
                guard let zone = zoneNames.firstIndex(of: z) else {
                    throw r.error("zones[\(k)]", "unknown zone \"\(z)\"; expected one of \(allowed(zoneNames))")
                }
                return zone
            }
            let unitName = try r.string("terrain_unit")
            guard let unitIndex = unitNames.firstIndex(of: unitName) else {
                throw r.error("terrain_unit", "unknown terrain unit \"\(unitName)\"; expected one of \(allowed(unitNames))")
            }
            let unit = TerrainUnit(name: unitName, kind: profile.terrain.units[unitIndex].kind, index: unitIndex)
            let point = try r.representativePoint()
            let v = Village(
                id: id, name: try r.string("name"), townshipCode: township, kind: try r.string("kind"),
                isPoorVillage: try r.bool("poor_village"),
                populationPersons: try r.integer("population"), households: try r.integer("households"),
                poorHouseholds: try r.integer("poor_households"), poorPersons: try r.integer("poor_persons"),
                incomeYuanPerPerson2015: try r.number("income_per_capita_2015", min: 0),
                elevationMetres: try r.number("elevation_m"), slopeDegrees: try r.number("slope_deg", min: 0),
                terrainUnit: unit, zones: ZoneSet(indices: zones),
                farmlandMu: try r.number("farmland_mu", min: 0),
                infrastructure: VillageInfrastructure(
                    road: try r.bool("road"), water: try r.bool("water"), power: try r.bool("power"),
                    broadband: try r.bool("broadband"), clinic: try r.bool("clinic"),
                    cultureRoom: try r.bool("culture_room")),
                collectiveIncomeYuan: try r.number("collective_income_yuan", min: 0),
                distanceTownshipSeatKilometres: try r.number("dist_township_seat_km", min: 0),
                distanceCountySeatKilometres: try r.number("dist_county_seat_km", min: 0),
                distanceRoadKilometres: try r.number("dist_road_km", min: 0),
                centroidLongitude: point.lon, centroidLatitude: point.lat)
            try checkCounts(v, r)
            return v
        }
    }

    private static func checkCounts(_ v: Village, _ r: PropertyReader) throws {
        if v.households > v.populationPersons {
            throw r.error("households", "expected at most population (\(v.populationPersons)), found \(v.households)")
        }
        if v.poorHouseholds > v.households {
            throw r.error("poor_households", "expected at most households (\(v.households)), found \(v.poorHouseholds)")
        }
        if v.poorPersons > v.populationPersons || v.poorPersons < v.poorHouseholds {
            throw r.error("poor_persons", "expected between poor_households (\(v.poorHouseholds)) and population (\(v.populationPersons)), found \(v.poorPersons)")
        }
        if v.populationPersons - v.poorPersons < v.households - v.poorHouseholds {
            throw r.error("population", "expected at least one person per non-poor household, found \(v.populationPersons - v.poorPersons) persons for \(v.households - v.poorHouseholds) households")
        }
        if v.poorHouseholds == 0 && v.poorPersons > 0 {
            throw r.error("poor_persons", "expected 0 when poor_households is 0, found \(v.poorPersons)")
        }
        if v.households - v.poorHouseholds == 0 && v.populationPersons > v.poorPersons {
            throw r.error("households", "non-poor persons (\(v.populationPersons - v.poorPersons)) but no non-poor households")
        }
    }

    static func decodeSites(_ layer: RegionLayer, townshipCodes: Set<String>) throws -> [Site] {
        var seen: Set<String> = []
        return try layer.features.features.enumerated().map { i, f in
            let r = PropertyReader(file: layer.file, index: i, feature: f, idProperty: "id")
            let id = try r.string("id")
            guard seen.insert(id).inserted else { throw r.error("id", "duplicate site id \"\(id)\"") }
            let kind = try r.oneOf("kind", SiteKind.self)
            let township = try r.string("township_code")
            guard townshipCodes.contains(township) else {
                throw r.error("township_code", "unknown township code \"\(township)\"")
            }
            let point = try r.representativePoint()
            return Site(id: id, name: try r.string("name"), kind: kind, townshipCode: township,
                        capacityPersons: try r.integer("capacity_persons"),
                        costYuanPerPerson: kind.isResettlement ? try r.number("cost_per_person_yuan", min: 0) : 0,
                        jobs: try r.integer("jobs"), longitude: point.lon, latitude: point.lat)
        }
    }

    static func decodeLines(_ layer: RegionLayer, villageIDs: Set<String>) throws -> [DemonstrationLine] {
        try layer.features.features.enumerated().map { i, f in
            let r = PropertyReader(file: layer.file, index: i, feature: f, idProperty: "name")
            let ids = try r.strings("village_ids")
            for (k, id) in ids.enumerated() where !villageIDs.contains(id) {
                throw r.error("village_ids[\(k)]", "unknown village id \"\(id)\"")
            }
            return DemonstrationLine(name: try r.string("name"), theme: (try? r.string("theme")) ?? "", villageIDs: ids,
                                     isTourismLine: try r.bool("tourism"))
        }
    }
}
