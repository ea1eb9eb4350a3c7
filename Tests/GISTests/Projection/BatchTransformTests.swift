import Foundation
import Testing
@testable import GIS

@Suite("Batched and per-thread PROJ calls")
struct BatchTransformTests {
    /// Positions over the county's box and beyond one batch.
    static func cloud(_ n: Int) -> [Double] {
        var random = Xoshiro256StarStar(seed: 17)
        var xy: [Double] = []
        for _ in 0..<n { xy.append(106.7 + 0.6 * random.nextUnit()); xy.append(29.95 + 0.6 * random.nextUnit()) }
        return xy
    }

    @Test("transformInPlace(flat:) over several batches equals transforming each position alone")
    func batchedEqualsPerPoint() throws {
        let t = try Transformation(from: "EPSG:4326", to: "EPSG:4545")
        let n = Transformation.batchPositions * 2 + 123
        let source = Self.cloud(n)
        var flat = source
        #expect(t.transformInPlace(flat: &flat))
        for i in stride(from: 0, to: n, by: 97) {
            let p = try t.transform(Position(source[2 * i], source[2 * i + 1]))
            #expect(flat[2 * i] == p.x && flat[2 * i + 1] == p.y, "position \(i)")
        }
        // and the reference point of the projection tests
        var one = [107.0, 30.3]
        #expect(t.transformInPlace(flat: &one))
        #expect(abs(one[0] - 403802.836) < 0.001 && abs(one[1] - 3353793.458) < 0.001)
    }

    @Test("a position PROJ cannot transform makes transformInPlace(flat:) return false")
    func failureIsReported() throws {
        let t = try Transformation(from: "EPSG:4326", to: "EPSG:4545")
        var flat = [107.0, 30.0, 107.0, 100.0]
        #expect(!t.transformInPlace(flat: &flat))
        var empty: [Double] = []
        #expect(t.transformInPlace(flat: &empty))
    }

    @Test("concurrentMap gives the same positions for 1, 2, 3 and 7 threads", arguments: [1, 2, 3, 7])
    func threadCountIndependence(_ threads: Int) throws {
        let t = try Transformation(from: "EPSG:4326", to: "EPSG:4545")
        let source = Self.cloud(5_000)
        var single = source
        #expect(t.transformInPlace(flat: &single))
        let parts = try t.concurrentMap(count: 5_000, threads: threads) { worker, range in
            var xy = Array(source[(2 * range.lowerBound)..<(2 * range.upperBound)])
            _ = worker.transformInPlace(flat: &xy)
            return xy
        }
        #expect(parts.count == min(threads, 5_000))
        #expect(parts.flatMap { $0 } == single)
    }

    @Test("the linked PROJ names its version")
    func version() {
        let v = Transformation.projVersion
        #expect(v.split(separator: ".").count >= 2, "\(v)")
    }

    @Test("encoding a collection on several threads gives the same bytes as on one", arguments: [2, 3, 8])
    func concurrentEncodingIsIdentical(_ threads: Int) {
        var random = Xoshiro256StarStar(seed: 3)
        let features = (0..<50).map { i in
            let xy = (0..<6).flatMap { _ in [106 + random.nextUnit(), 30 + random.nextUnit()] }
            return Feature(id: .number(Double(i)), geometry: .lineString(CoordinateSequence(xy: xy)),
                           properties: ["name": .string("村\(i)"), "n": .number(Double(i))])
        }
        let fc = FeatureCollection(features: features, foreignMembers: ["name": .string("layer")])
        for encoder in [GeoJSONEncoder(), GeoJSONEncoder(coordinatePrecision: 3, featuresOnePerLine: false)] {
            #expect(encoder.encode(fc, threads: threads) == encoder.encode(fc))
        }
        #expect(GeoJSONEncoder().encode(FeatureCollection(), threads: threads) == GeoJSONEncoder().encode(FeatureCollection()))
    }
}
