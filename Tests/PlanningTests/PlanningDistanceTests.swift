import Foundation
import GIS
import Testing
@testable import Planning

/// Distances are planar in the profile's planning CRS (points projected once, with
/// PROJ), checked against geodesic distances on the CGCS2000 ellipsoid (PROJ's
/// `geod_inverse`), and against the equirectangular approximation on a sphere they
/// replaced, which is right only near the latitude and size it was tuned for.
@Suite struct PlanningDistanceTests {
    /// The replaced approximation: equirectangular at the mean latitude, mean Earth radius.
    static func equirectangularKilometres(_ a: Position, _ b: Position) -> Double {
        let r = Double.pi / 180, meanLat = (a.y + b.y) / 2 * r
        let dx = (b.x - a.x) * r * cos(meanLat), dy = (b.y - a.y) * r
        return (dx * dx + dy * dy).squareRoot() * 6_371_008.8 / 1000
    }

    static func geodesicKilometres(_ a: Position, _ b: Position) -> Double {
        Geodesic.cgcs2000.distance(from: a, to: b) / 1000
    }

    static func site(_ id: String, _ lon: Double, _ lat: Double) -> Feature {
        Feature(geometry: .point(Position(lon, lat)), properties: [
            "id": .string(id), "name": .string(id), "kind": .string("central_town"),
            "township_code": .string("511623100000"), "capacity_persons": .number(500),
            "cost_per_person_yuan": .number(60000), "jobs": .number(10), "source": .string("modelled"),
        ])
    }

    static func village(_ id: String, _ lon: Double, _ lat: Double) -> Feature {
        var f = RegionDecodeTests.village(id)
        f.geometry = RegionDecodeTests.square(lon, lat)
        return f
    }

    /// A county at 50° N, 130 km east to west (larger than Linshui's 60 × 80 km), in
    /// CGCS2000 / 3-degree Gauss–Krüger CM 126E (EPSG:4551).
    @Test func aCountyFarNorthIsMeasuredWithinOneTenThousandthOfTheGeodesic() throws {
        var profile = RegionDecodeTests.profile
        profile.crs.planning = "EPSG:4551"
        let villages = [Self.village("511623100000-001", 125.40, 50.00), Self.village("511623100000-002", 126.10, 50.60)]
        let sites = [Self.site("site-east", 127.20, 50.00), Self.site("site-south", 126.00, 49.40)]
        let region = try RegionDecodeTests().decode(villages, sites: sites, profile: profile)
        for v in region.villages {
            for s in region.sites {
                let a = Position(v.centroidLongitude, v.centroidLatitude), b = Position(s.longitude, s.latitude)
                let projected = region.distanceKilometres(village: v, site: s)
                let geodesic = Self.geodesicKilometres(a, b)
                // Tolerance 1e-4 (10 m in 100 km): the zone's scale error is 9e-5 at
                // 1.2° from its central meridian at 50° N, and less on average along a line.
                #expect(abs(projected - geodesic) / geodesic < 1e-4, "\(v.id) → \(s.id): \(projected) km, geodesic \(geodesic) km")
            }
        }
        // The old approximation is off by about 0.3 % east–west here (a sphere's radius,
        // not the ellipsoid's 6,390 km prime-vertical radius at 50° N): 350 m in 130 km.
        let v = region.villages[0], s = region.sites[0]
        let a = Position(v.centroidLongitude, v.centroidLatitude), b = Position(s.longitude, s.latitude)
        let old = Self.equirectangularKilometres(a, b), geodesic = Self.geodesicKilometres(a, b)
        #expect(geodesic > 125 && geodesic < 135)
        #expect(abs(old - geodesic) / geodesic > 2e-3, "old \(old) km, geodesic \(geodesic) km")
        #expect(abs(region.distanceKilometres(village: v, site: s) - geodesic) < 0.02)
        #expect(abs(region.sites[0].distanceKilometres(to: region.sites[1]) - Self.geodesicKilometres(b, Position(126.0, 49.4))) < 0.02)
    }

    /// On the shipped county (Linshui, EPSG:4545) every village-to-site distance is
    /// within 0.03 % of the geodesic, and the old approximation differed from it by
    /// less than 0.5 % (the figure is printed).
    @Test func onTheShippedCountyDistancesAreGeodesicToAFewMetres() throws {
        let region = try Region.load(geodataDirectory: RegionDecodeTests.root + "/geodata")
        var worstProjected = 0.0, worstOld = 0.0, pairs = 0
        for v in region.villages where v.isRural {
            let a = Position(v.centroidLongitude, v.centroidLatitude)
            for s in region.sites {
                let b = Position(s.longitude, s.latitude)
                let geodesic = Self.geodesicKilometres(a, b)
                guard geodesic > 0.5 else { continue }
                let projected = region.distanceKilometres(village: v, site: s)
                worstProjected = max(worstProjected, abs(projected - geodesic) / geodesic)
                worstOld = max(worstOld, abs(Self.equirectangularKilometres(a, b) - projected) / projected)
                pairs += 1
            }
        }
        print("Linshui: \(pairs) village–site pairs; max |projected − geodesic| / geodesic = \(worstProjected); max |old − projected| / projected = \(worstOld)")
        #expect(pairs > 10_000)
        #expect(worstProjected < 3e-4)
        #expect(worstOld < 5e-3)
    }

    @Test func aPlanningCRSPROJDoesNotKnowIsAnErrorNamingTheProfileKey() throws {
        var profile = RegionDecodeTests.profile
        profile.crs.planning = "EPSG:999999"
        do {
            _ = try RegionDecodeTests().decode([Self.village("511623100000-001", 106.9, 30.3)], profile: profile)
            Issue.record("expected an error")
        } catch let error as GISError {
            let text = "\(error)"
            #expect(text.contains("crs.planning") && text.contains("EPSG:999999"), "\(text)")
        }
    }
}
