import Foundation
import GIS
@testable import GeodataBuild

/// One build of the real sources into a temporary folder, shared by the tests, and
/// the layers read back from it.
struct GeodataFixture: Sendable {
    let folder: String
    let report: BuildReport
    let layers: [String: FeatureCollection]

    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static let sources = packageRoot + "/geodata/sources"

    static func temporaryFolder(_ label: String) -> String {
        let path = NSTemporaryDirectory() + "benkang-geodata-\(label)-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    static func build(into folder: String, seed: UInt64? = nil, sources: String = sources) throws -> BuildReport {
        try GeodataBuilder(sourcesFolder: sources, seed: seed).build(into: folder)
    }

    static let shared: Result<GeodataFixture, GISErrorBox> = {
        do {
            let folder = temporaryFolder("shared")
            // Delete the shared build when the test process exits (the path is the same pid-based one).
            atexit { try? FileManager.default.removeItem(atPath: GeodataFixture.temporaryFolder("shared")) }
            let report = try build(into: folder)
            var layers: [String: FeatureCollection] = [:]
            for file in report.files where file.hasSuffix(".geojson") {
                layers[file] = try GeoJSONFile.read(path: folder + "/" + file).object.asFeatureCollection
            }
            return .success(GeodataFixture(folder: folder, report: report, layers: layers))
        } catch {
            return .failure(GISErrorBox(message: "\(error)"))
        }
    }()

    static func get() throws -> GeodataFixture { try shared.get() }

    var villages: [Feature] { layers["villages.geojson"]!.features }
    var townships: [Feature] { layers["townships.geojson"]!.features }
}

struct GISErrorBox: Error, Sendable, CustomStringConvertible {
    var message: String
    var description: String { message }
}

extension Feature {
    func int(_ name: String) -> Int { self[property: name]?.intValue ?? Int(self[property: name]?.doubleValue ?? -1) }
    func double(_ name: String) -> Double { self[property: name]?.doubleValue ?? .nan }
    func string(_ name: String) -> String { self[property: name]?.stringValue ?? "" }
    func bool(_ name: String) -> Bool { self[property: name]?.boolValue ?? false }
}
