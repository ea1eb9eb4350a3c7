import Foundation
import GIS
import Testing
@testable import Planning

@Suite struct RegionDecodeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    /// The shipped profile (its terrain units and zones are the allowed names).
    static let profile = try! CountyProfile.load(path: root + "/geodata/sources/county.yaml")

    static func square(_ lon: Double, _ lat: Double) -> Geometry {
        .polygon(Polygon(rings: [CoordinateSequence(xy: [lon, lat, lon + 0.01, lat, lon + 0.01, lat + 0.01, lon, lat + 0.01, lon, lat])]))
    }

    static func village(_ id: String, overrides: JSONObject = [:]) -> Feature {
        var p: JSONObject = [
            "id": .string(id), "name": .string("村"), "township_code": .string("511623100000"),
            "township_name": .string("鼎屏镇"), "kind": .string("村"), "poor_village": .bool(true),
            "population": .number(1000), "households": .number(300), "poor_households": .number(40),
            "poor_persons": .number(120), "income_per_capita_2015": .number(7000), "elevation_m": .number(500),
            "slope_deg": .number(10), "terrain_unit": .string("西槽"), "zones": .array([.string("水淹区")]),
            "farmland_mu": .number(800), "road": .bool(true), "water": .bool(true), "power": .bool(true),
            "broadband": .bool(false), "clinic": .bool(true), "culture_room": .bool(false),
            "collective_income_yuan": .number(0), "dist_township_seat_km": .number(2),
            "dist_county_seat_km": .number(12), "dist_road_km": .number(0.5), "source": .string("modelled"),
        ]
        for (k, v) in overrides { p[k] = v }
        return Feature(geometry: square(106.9, 30.3), properties: p)
    }

    static func layers(villages: [Feature], sites: [Feature] = []) -> (RegionLayer, RegionLayer, RegionLayer, RegionLayer) {
        let township = Feature(geometry: square(106.9, 30.3), properties: [
            "code": .string("511623100000"), "name": .string("鼎屏镇"), "kind": .string("镇"),
            "seat_lon": .number(106.93), "seat_lat": .number(30.33), "source": .string("modelled"),
            "central_school": .bool(true), "health_centre": .bool(false), "service_centre": .bool(true),
        ])
        return (RegionLayer(file: "townships.geojson", features: FeatureCollection(features: [township])),
                RegionLayer(file: "villages.geojson", features: FeatureCollection(features: villages)),
                RegionLayer(file: "sites.geojson", features: FeatureCollection(features: sites)),
                RegionLayer(file: "lines.geojson", features: FeatureCollection(features: [])))
    }

    func decode(_ villages: [Feature], sites: [Feature] = [], profile: CountyProfile = Self.profile) throws -> Region {
        let l = Self.layers(villages: villages, sites: sites)
        return try Region.decode(profile: profile, townships: l.0, villages: l.1, sites: l.2, lines: l.3)
    }

    @Test func aWellFormedVillageDecodesWithItsAttributes() throws {
        let region = try decode([Self.village("511623100000-001")])
        let v = try #require(region.villages.first)
        // 西槽 is the profile's second unit, a trough; 水淹区 its second zone.
        #expect(v.poorPersons == 120 && v.terrainUnit.name == "西槽" && v.terrainUnit.kind == .trough && v.terrainUnit.index == 1)
        #expect(v.zones.indices == [1] && region.zoneNames(v.zones) == ["水淹区"])
        #expect(region.townships[0].facilities == [.centralSchool, .serviceCentre])
        #expect(!v.infrastructure.broadband && v.isRural)
        #expect(abs(v.centroidLongitude - 106.905) < 1e-9 && abs(v.centroidLatitude - 30.305) < 1e-9)
    }

    @Test func aMissingPropertyNamesFileFeatureIdAndProperty() throws {
        var f = Self.village("511623100000-002")
        f.properties?["poor_persons"] = nil
        do { _ = try decode([Self.village("511623100000-001"), f]); Issue.record("no error") } catch let e as GISError {
            #expect(e.description == "villages.geojson: feature 1 (id 511623100000-002), properties.poor_persons: error: missing property \"poor_persons\"")
        }
    }

    @Test func aMistypedPropertyIsAnError() throws {
        let f = Self.village("511623100000-001", overrides: ["population": .string("1000")])
        #expect(throws: GISError.self) { try decode([f]) }
    }

    @Test func aVillageWithAnUnknownTerrainUnitIsRefusedWithTheProfilesUnits() throws {
        let t = Self.village("511623100000-001", overrides: ["terrain_unit": .string("华山")])
        do { _ = try decode([t]); Issue.record("no error") } catch let e as GISError {
            #expect(e.description.hasPrefix("villages.geojson: feature 0 (id 511623100000-001), properties.terrain_unit: error: unknown terrain unit \"华山\""), "\(e)")
            #expect(e.description.contains("expected one of \"华蓥山\", \"西槽\", \"铜锣山\", \"东槽\", \"明月山\""), "\(e)")
        }
    }

    @Test func aVillageWithAnUnknownZoneNameIsRefusedWithTheAllowedNames() throws {
        let ok = Self.village("511623100000-001")
        let bad = Self.village("511623100000-002", overrides: ["zones": .array([.string("二环山区"), .string("水淹")])])
        do { _ = try decode([ok, bad]); Issue.record("no error") } catch let e as GISError {
            #expect(e.description.hasPrefix("villages.geojson: feature 1 (id 511623100000-002), properties.zones[1]: error: unknown zone \"水淹\""), "\(e)")
            #expect(e.description.contains("expected one of \"二环山区\", \"水淹区\", \"旱山区\", \"地质灾害沉陷区\""), "\(e)")
        }
        // The same name is accepted once the profile lists it.
        var profile = Self.profile
        profile.zones.list[1].name = "水淹"
        let region = try decode([bad], profile: profile)
        #expect(region.zoneNames(region.villages[0].zones) == ["二环山区", "水淹"])
    }

    @Test func aProfileWithMoreZonesThanAZoneSetHoldsIsRefused() throws {
        var profile = Self.profile
        let zone = profile.zones.list[0]
        profile.zones.list = (0...ZoneSet.capacity).map { var z = zone; z.name = "zone \($0)"; return z }
        do { _ = try decode([Self.village("511623100000-001")], profile: profile); Issue.record("no error") } catch let e as GISError {
            #expect(e.description.contains("lists 65 zones; at most 64 are supported"), "\(e)")
        }
    }

    @Test func inconsistentCountsAreErrors() throws {
        let f = Self.village("511623100000-001", overrides: ["poor_households": .number(400)])
        do { _ = try decode([f]) } catch let e as GISError { #expect(e.description.contains("properties.poor_households")) }
    }

    @Test func duplicateIdsAndUnknownTownshipsAreErrors() throws {
        #expect(throws: GISError.self) { try decode([Self.village("a"), Self.village("a")]) }
        #expect(throws: GISError.self) { try decode([Self.village("a", overrides: ["township_code": .string("511623999000")])]) }
    }

    @Test func sitesDecodeTheirKindCapacityAndJobs() throws {
        let site = Feature(geometry: .point(Position(106.93, 30.33)), properties: [
            "id": .string("site-county-seat"), "name": .string("县城"), "kind": .string("county_seat"),
            "township_code": .string("511623100000"), "capacity_persons": .number(5000),
            "cost_per_person_yuan": .number(60000), "jobs": .number(3000), "source": .string("modelled"),
        ])
        let region = try decode([Self.village("511623100000-001")], sites: [site])
        #expect(region.sites[0].kind == .countySeat && region.sites[0].capacityPersons == 5000)
        let d = region.distanceKilometres(village: region.villages[0], site: region.sites[0])
        #expect(d > 3 && d < 4.5)
    }
}
