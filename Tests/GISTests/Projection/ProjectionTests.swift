import Testing
@testable import GIS

@Suite("Projection with PROJ")
struct ProjectionTests {
    let toPlan: Transformation

    init() throws { toPlan = try Transformation(from: "EPSG:4326", to: PlanningCRS.defaultCode) }

    @Test("EPSG:4326 to EPSG:4545 gives easting then northing to the millimetre")
    func planningCRSKnownPoint() throws {
        // cs2cs EPSG:4326 EPSG:4545 on "30.3 107.0" → 3353793.457746 403802.836363
        let p = try toPlan.transform(Position(107.0, 30.3))
        #expect(abs(p.x - 403_802.836363) < 0.001)
        #expect(abs(p.y - 3_353_793.457746) < 0.001)
        #expect(p.z == nil)
    }

    @Test("the inverse of EPSG:4545 returns longitude then latitude")
    func planningCRSInverse() throws {
        let p = try toPlan.inverse(Position(403_802.836363, 3_353_793.457746))
        #expect(abs(p.x - 107.0) < 1e-8)
        #expect(abs(p.y - 30.3) < 1e-8)
    }

    @Test("EPSG:4326 to EPSG:3857 matches cs2cs")
    func webMercator() throws {
        // cs2cs -f %.6f EPSG:4326 EPSG:3857 on "30.3 107.0" → 11911185.514880 3542170.627643
        let t = try Transformation(from: "EPSG:4326", to: "EPSG:3857")
        let p = try t.transform(Position(107.0, 30.3))
        #expect(abs(p.x - 11_911_185.514880) < 0.001)
        #expect(abs(p.y - 3_542_170.627643) < 0.001)
    }

    @Test("a PROJ string CRS is accepted without +type=crs")
    func projString() throws {
        // cs2cs +proj=longlat +datum=WGS84 +to +proj=utm +zone=48 +datum=WGS84 → 692331.856925 3353722.586193
        let t = try Transformation(from: "EPSG:4326", to: "+proj=utm +zone=48 +datum=WGS84")
        let p = try t.transform(Position(107.0, 30.3))
        #expect(abs(p.x - 692_331.856925) < 0.001)
        #expect(abs(p.y - 3_353_722.586193) < 0.001)
    }

    @Test("a WKT CRS gives the same result as its EPSG code")
    func wktCRS() throws {
        let wkt = """
        PROJCRS["CGCS2000 / 3-degree Gauss-Kruger CM 108E",
          BASEGEOGCRS["China Geodetic Coordinate System 2000",
            DATUM["China 2000", ELLIPSOID["CGCS2000",6378137,298.257222101,LENGTHUNIT["metre",1]]],
            PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]]],
          CONVERSION["Gauss-Kruger CM 108E",
            METHOD["Transverse Mercator",ID["EPSG",9807]],
            PARAMETER["Latitude of natural origin",0,ANGLEUNIT["degree",0.0174532925199433]],
            PARAMETER["Longitude of natural origin",108,ANGLEUNIT["degree",0.0174532925199433]],
            PARAMETER["Scale factor at natural origin",1,SCALEUNIT["unity",1]],
            PARAMETER["False easting",500000,LENGTHUNIT["metre",1]],
            PARAMETER["False northing",0,LENGTHUNIT["metre",1]]],
          CS[Cartesian,2],
            AXIS["northing (X)",north,ORDER[1],LENGTHUNIT["metre",1]],
            AXIS["easting (Y)",east,ORDER[2],LENGTHUNIT["metre",1]]]
        """
        let t = try Transformation(from: "EPSG:4490", to: wkt)
        let p = try t.transform(Position(107.0, 30.3))
        #expect(abs(p.x - 403_802.836363) < 0.001)
        #expect(abs(p.y - 3_353_793.457746) < 0.001)
    }

    @Test("an unknown EPSG code fails with PROJ's own message and the operation")
    func unknownCode() {
        do {
            _ = try Transformation(from: "EPSG:999999", to: PlanningCRS.defaultCode)
            Issue.record("expected an error")
        } catch let e as ProjError {
            #expect(e.operation == "creating EPSG:999999 → EPSG:4545")
            #expect(e.message.contains("crs not found"))
            #expect(!e.message.contains("Unknown error"))
            #expect(e.description.hasPrefix("PROJ: "))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test("a garbage CRS string fails with PROJ's message, not 'Unknown error'")
    func garbageCRS() {
        let e = #expect(throws: ProjError.self) {
            try Transformation(from: "not a crs at all", to: PlanningCRS.defaultCode)
        }
        #expect(e?.message.isEmpty == false)
        #expect(e?.message.contains("Unknown error") == false)
        #expect(e?.description.contains("while creating not a crs at all → EPSG:4545") == true)
    }

    @Test("a latitude of 100 degrees is an error naming the position index")
    func invalidLatitude() throws {
        var s = CoordinateSequence([Position(107, 30), Position(107, 30.5), Position(107, 100)])
        let before = s
        do {
            try toPlan.transform(&s)
            Issue.record("expected an error")
        } catch let e as ProjError {
            #expect(e.operation.contains("position 2 (107.0, 100.0)"))
            #expect(!e.message.isEmpty)
            #expect(s == before)
        }
    }

    @Test("a feature's failing position is reported with the feature index and id")
    func invalidFeaturePosition() throws {
        let good = Feature(geometry: .point(Position(107, 30)))
        let bad = Feature(id: .string("v7"), geometry: .lineString(CoordinateSequence([Position(107, 30), Position(107, -95)])))
        let e = #expect(throws: ProjError.self) {
            try toPlan.transform(FeatureCollection(features: [good, bad]))
        }
        #expect(e?.operation.contains("feature 1 (id v7), position 1 (107.0, -95.0)") == true)
    }

    @Test("z values go through the batch transform and stay attached")
    func batchWithZ() throws {
        var s = CoordinateSequence(xy: [107.0, 30.3, 106.9, 30.4], z: [300, 500])
        try toPlan.transform(&s)
        #expect(s.z == [300, 500])
        let single = try toPlan.transform(Position(106.9, 30.4, 500))
        #expect(s[1] == single)
    }

    @Test("transforming a geometry then inverting it returns the original within 1e-9 degrees")
    func geometryRoundTrip() throws {
        let ring = CoordinateSequence([Position(106.8, 30.1), Position(107.2, 30.1), Position(107.2, 30.5), Position(106.8, 30.1)])
        let g = Geometry.multiPolygon([Polygon(rings: [ring])])
        let back = try toPlan.inverse(try toPlan.transform(g))
        guard case .multiPolygon(let ps) = back else { Issue.record("type changed"); return }
        for (a, b) in zip(ps[0].rings[0].xy, ring.xy) { #expect(abs(a - b) < 1e-9) }
    }

    @Test("feature and collection bboxes that are present are recomputed in the target CRS")
    func bboxesRecomputed() throws {
        let f = Feature(geometry: .point(Position(107.0, 30.3)), bbox: [107.0, 30.3, 107.0, 30.3])
        let g = Feature(geometry: .point(Position(106.9, 30.4)))
        let out = try toPlan.transform(FeatureCollection(features: [f, g], bbox: [0, 0, 0, 0]))
        let bb = try #require(out.features[0].bbox)
        #expect(abs(bb[0] - 403_802.836363) < 0.001)
        #expect(out.features[1].bbox == nil)
        let all = try #require(out.bbox)
        #expect(all[0] < 403_802 && all[2] > 403_802 && all[3] > all[1])
    }

    @Test("the concurrent transform gives exactly the single-threaded result")
    func concurrentMatchesSerial() throws {
        var rng = Xoshiro256StarStar(seed: 42)
        let features = (0..<97).map { i in
            let pts = (0..<25).map { _ in Position(106.7 + 0.6 * rng.nextUnit(), 30.0 + 0.6 * rng.nextUnit()) }
            return Feature(id: .number(Double(i)), geometry: .lineString(CoordinateSequence(pts)), bbox: [0, 0, 0, 0])
        }
        let fc = FeatureCollection(features: features, bbox: [0, 0, 0, 0])
        let serial = try toPlan.transform(fc)
        for threads in [1, 2, 3, 8] {
            #expect(try toPlan.transformConcurrently(fc, threads: threads) == serial)
        }
    }

    @Test("a cloned context works on its own")
    func clonedContext() throws {
        let ctx = try ProjContext()
        let clone = try ctx.clone()
        let t = try Transformation(from: "EPSG:4326", to: "EPSG:4545", context: clone)
        #expect(try t.transform(Position(107.0, 30.3)) == toPlan.transform(Position(107.0, 30.3)))
    }

    @Test("runs transformed concurrently equal runs transformed one by one")
    func concurrentRuns() throws {
        let runs = (0..<7).map { k in CoordinateSequence((0..<50).map { Position(106.8 + 0.001 * Double($0), 30.0 + 0.05 * Double(k)) }) }
        let serial = try runs.map { r -> CoordinateSequence in var r = r; try toPlan.transform(&r); return r }
        #expect(try toPlan.transformConcurrently(runs, threads: 3) == serial)
    }

    @Test("a concurrent transform reports the lowest failing feature")
    func concurrentError() throws {
        var features = (0..<10).map { Feature(geometry: .point(Position(107, 30 + 0.01 * Double($0)))) }
        features[4].geometry = .point(Position(107, 120))
        features[8].geometry = .point(Position(107, -120))
        let e = #expect(throws: ProjError.self) {
            try toPlan.transformConcurrently(FeatureCollection(features: features), threads: 4)
        }
        #expect(e?.operation.contains("feature 4, position 0") == true)
    }

    @Test("a transformation on a clone outlives the context it was cloned from")
    func cloneOutlivesOriginal() throws {
        var original: ProjContext? = try ProjContext()
        let clone = try original!.clone()
        original = nil
        let t = try Transformation(from: "EPSG:4326", to: PlanningCRS.defaultCode, context: clone)
        #expect(abs(try t.transform(Position(107.0, 30.3)).x - 403_802.836363) < 0.001)
    }

    @Test("the PROJ log keeps a bounded number of messages and counts the rest")
    func logIsBounded() {
        let log = ProjLog()
        for i in 0..<(ProjLog.capacity + 5) { log.append("m\(i)") }
        let text = log.drain()
        #expect(text.hasPrefix("m0; m1"))
        #expect(text.hasSuffix("… 5 more"))
        #expect(log.drain().isEmpty)
    }
}
