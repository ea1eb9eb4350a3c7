import Foundation
import Testing
@testable import GIS

/// `GeoJSONDecoder.decodeInBatches`: the batches hold exactly the features `decode` gives,
/// in order, for any thread count and batch size; errors are thrown as `decode` throws
/// them; `prepare` is called once, with the members before the features.
@Suite struct BatchedDecodeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let serial = GeoJSONDecodingOptions(threads: 1)
    static let parallel = GeoJSONDecodingOptions(threads: 4, parallelMinimumBytes: 0)

    /// The batches as they came (each batch's features and its worker), and how often
    /// `prepare` ran with which worker count.
    static func batches(_ bytes: [UInt8], _ options: GeoJSONDecodingOptions, batchSize: Int)
        throws -> (batched: GeoJSONBatchedDocument<[Feature]>, workers: [Int], prepared: Int) {
        let seen = WorkerLog()
        var prepared = 0
        var workerCount = 0
        let batched = try GeoJSONDecoder.decodeInBatches(bytes, file: "in.geojson", options: options, batchSize: batchSize) { _, workers in
            prepared += 1
            workerCount = workers
            return { worker, batch in
                seen.add(worker)
                return batch
            }
        }
        let workers = seen.workers
        #expect(workers.allSatisfy { $0 >= 0 && $0 < workerCount })
        return (batched, workers, prepared)
    }

    static func features(_ bytes: [UInt8]) throws -> [Feature] {
        try GeoJSONDecoder.decode(bytes, file: "in.geojson", options: serial).object.asFeatureCollection.features
    }

    static func text(_ n: Int, crsBefore: String? = nil, crsAfter: String? = nil) -> [UInt8] {
        let crs = { (name: String) -> String in "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"\(name)\"}}" }
        let features = (0..<n).map { (i: Int) -> String in
            "{\"type\": \"Feature\", \"id\": \(i), \"geometry\": {\"type\": \"Polygon\", \"coordinates\": "
                + "[[[107,30],[107.\(i % 9 + 1),30],[107.1,30.1],[107,30]]]}, \"properties\": {\"n\": \(i), \"s\": \"村\(i)\"}}"
        }
        var text = "{\"type\": \"FeatureCollection\", "
        if let crsBefore { text += crs(crsBefore) + ", " }
        text += "\"features\": [\n" + features.joined(separator: ",\n") + "\n]"
        if let crsAfter { text += ", " + crs(crsAfter) }
        return Array((text + "}").utf8)
    }

    @Test(arguments: [1, 3, 1024])
    func batchesHoldTheFeaturesInOrderOnOneAndFourThreads(batchSize: Int) throws {
        let bytes = Self.text(41)
        let expected = try Self.features(bytes)
        for options in [Self.serial, Self.parallel] {
            let (batched, workers, prepared) = try Self.batches(bytes, options, batchSize: batchSize)
            let parts = try batched.parts()
            #expect(parts.flatMap { $0 } == expected)
            #expect(parts.allSatisfy { !$0.isEmpty && $0.count <= batchSize })
            #expect(batched.featureCount == 41)
            #expect(batched.document.object.asFeatureCollection.features.isEmpty)
            #expect(prepared == 1)
            #expect(workers.count >= parts.count)
        }
    }

    @Test func everyShippedLayerGivesTheSameFeatures() throws {
        let folder = Self.root.appendingPathComponent("geodata")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".geojson") }.sorted()
        #expect(files.count >= 8)
        for name in files {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let expected = try Self.features(bytes)
            let (batched, _, _) = try Self.batches(bytes, Self.parallel, batchSize: 7)
            #expect(try batched.parts().flatMap { $0 } == expected, "\(name)")
            #expect(batched.featureCount == expected.count, "\(name)")
        }
    }

    @Test func contentAndSyntaxErrorsAreThrownAsDecodeThrowsThem() {
        let broken = [
            Array(String(decoding: Self.text(12), as: UTF8.self).replacingOccurrences(of: "[107.3,30]", with: "[207.3,30]").utf8),
            Array(String(decoding: Self.text(12), as: UTF8.self).replacingOccurrences(of: "\"n\": 5,", with: "\"n\": 5,,").utf8),
        ]
        for bytes in broken {
            for options in [Self.serial, Self.parallel] {
                let plain = #expect(throws: GISError.self) { try GeoJSONDecoder.decode(bytes, file: "in.geojson", options: options) }
                let batched = #expect(throws: GISError.self) { try Self.batches(bytes, options, batchSize: 2) }
                #expect(plain?.diagnostics == batched?.diagnostics)
                #expect(plain?.diagnostics.isEmpty == false)
            }
        }
    }

    @Test func theHeaderHoldsTheMembersBeforeTheFeatures() throws {
        let before = try Self.batches(Self.text(5, crsBefore: "EPSG:4490"), Self.parallel, batchSize: 2).batched
        #expect(before.header.sourceCRS == "EPSG:4490")
        #expect(before.document.sourceCRS == "EPSG:4490")
        let after = try Self.batches(Self.text(5, crsAfter: "EPSG:4490"), Self.parallel, batchSize: 2).batched
        #expect(after.header.sourceCRS == PlanningCRS.geographicCode)
        #expect(after.document.sourceCRS == "EPSG:4490")
        #expect(try after.parts().flatMap { $0 }.count == 5)
    }

    @Test func aFeatureAGeometryAndAnEmptyCollectionArePreparedToo() throws {
        let feature = Array(#"{"type": "Feature", "geometry": {"type": "Point", "coordinates": [107, 30]}, "properties": {"a": 1}}"#.utf8)
        let one = try Self.batches(feature, Self.parallel, batchSize: 4)
        #expect(one.prepared == 1 && one.batched.featureCount == 1)
        #expect(try one.batched.parts() == [try Self.features(feature)])
        let point = Array(#"{"type": "Point", "coordinates": [107, 30]}"#.utf8)
        #expect(try Self.batches(point, Self.serial, batchSize: 4).batched.parts().flatMap { $0 }.count == 1)
        let empty = try Self.batches(Array(#"{"type": "FeatureCollection", "features": []}"#.utf8), Self.parallel, batchSize: 4)
        #expect(empty.prepared == 1 && empty.batched.featureCount == 0)
        #expect(try empty.batched.parts().isEmpty)
    }

    struct Refused: Error, Equatable { var at: Int }

    /// The workers that consumed batches, in the order they did.
    final class WorkerLog: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [Int] = []
        func add(_ worker: Int) { lock.lock(); seen.append(worker); lock.unlock() }
        var workers: [Int] { lock.lock(); defer { lock.unlock() }; return seen }
    }

    @Test func whatPrepareOrTheFirstFailingBatchThrowsComesFromParts() throws {
        let bytes = Self.text(30)
        for options in [Self.serial, Self.parallel] {
            let failing = try GeoJSONDecoder.decodeInBatches(bytes, options: options, batchSize: 4) { _, _ in
                { (_: Int, batch: [Feature]) throws -> Int in
                    if let bad = batch.first(where: { $0.id == .number(13) || $0.id == .number(25) }), case .number(let d)? = bad.id {
                        throw Refused(at: Int(d))
                    }
                    return batch.count
                }
            }
            #expect(throws: Refused(at: 13)) { try failing.parts() }
            let unprepared = try GeoJSONDecoder.decodeInBatches(bytes, options: options) { _, _ -> @Sendable (Int, [Feature]) throws -> Int in
                throw Refused(at: -1)
            }
            #expect(throws: Refused(at: -1)) { try unprepared.parts() }
        }
    }
}
