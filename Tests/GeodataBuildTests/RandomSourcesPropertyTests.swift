import Foundation
import GIS
import PropertyBased
import Testing
@testable import GeodataBuild

/// Property: the shipped sources, perturbed within what a valid source may be (rows of
/// both name lists shuffled, some villages dropped, the county's poverty figures changed
/// within range), still build, and every layer reads back as valid GeoJSON whose village
/// figures add up to the changed county figures. A few cases only: a build takes seconds.
@Suite struct RandomSourcesPropertyTests {
    /// Builds per run (BENKANG_PROPERTY_CASES overrides): each takes 10–40 s in a debug build.
    static let cases = Int(ProcessInfo.processInfo.environment["BENKANG_PROPERTY_CASES"] ?? "") ?? 2

    @Test func perturbedSourcesBuildValidLayers() async throws {
        await propertyCheck(count: Self.cases, input: Gen.int(in: 0...Int(UInt32.max)), Gen.double(in: 0...0.08),
                            Gen.double(in: 0.85...1.15), Gen.double(in: 0.9...1.1)) { seed, dropShare, poorFactor, urbanFactor in
            let folder = GeodataFixture.temporaryFolder("random-\(seed)")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            do {
                let change = try PerturbedSources.write(into: folder + "/sources", seed: UInt64(seed), dropShare: dropShare,
                                                        poorFactor: poorFactor, urbanFactor: urbanFactor)
                let report = try GeodataFixture.build(into: folder + "/geodata", sources: folder + "/sources")
                let validator = try GeometryValidator()
                var layers: [String: FeatureCollection] = [:]
                for file in report.files where file.hasSuffix(".geojson") {
                    let fc = try GeoJSONFile.read(path: folder + "/geodata/" + file).object.asFeatureCollection
                    let errors = validator.validate(fc, file: file).filter { $0.severity == .error }
                    #expect(errors.isEmpty, "\(file): \(errors.prefix(3)) (\(change))")
                    layers[file] = fc
                }
                let villages = layers["villages.geojson"]?.features ?? []
                #expect(villages.count == change.villages, "\(change)")
                let rural = villages.filter { $0.string("kind") == "村" }
                #expect(rural.reduce(0) { $0 + $1.int("poor_persons") } == change.ruralPoorPersons, "\(change)")
                #expect(rural.filter { $0.bool("poor_village") }.count == 152, "\(change)")
                #expect(Set(villages.map { $0.string("id") }).count == villages.count, "village ids are unique (\(change))")
                #expect((layers["townships.geojson"]?.features.count ?? 0) == change.townships, "\(change)")
            } catch {
                Issue.record("valid perturbed sources did not build: \(error) (seed \(seed), drop \(dropShare), poor ×\(poorFactor), urban ×\(urbanFactor))")
            }
        }
    }
}

/// A copy of geodata/sources with its lists and figures perturbed, deterministically from a seed.
enum PerturbedSources {
    struct Change: CustomStringConvertible {
        var seed: UInt64
        var townships: Int
        var villages: Int
        var dropped: Int
        var ruralPoorPersons: Int
        var urbanPopulation: Int
        var description: String {
            "seed \(seed): \(townships) townships, \(villages) villages (\(dropped) dropped), rural poor \(ruralPoorPersons), urban population \(urbanPopulation)"
        }
    }

    static func write(into folder: String, seed: UInt64, dropShare: Double, poorFactor: Double, urbanFactor: Double) throws -> Change {
        let fm = FileManager.default
        try? fm.removeItem(atPath: folder)
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in try fm.contentsOfDirectory(atPath: GeodataFixture.sources) {
            try fm.copyItem(atPath: GeodataFixture.sources + "/" + file, toPath: folder + "/" + file)
        }
        var rng = SplitMix(state: seed)
        // Townships: the rows in a random order (the county row among them).
        let townshipLines = try lines(folder + "/townships-2016.csv")
        let townshipRows = townshipLines.dropFirst().shuffled(using: &rng)
        try ([townshipLines[0]] + townshipRows).joined(separator: "\n").appending("\n")
            .write(toFile: folder + "/townships-2016.csv", atomically: true, encoding: .utf8)
        // Villages: shuffled, and a share of the 村 dropped where their township keeps another 村.
        let villageLines = try lines(folder + "/villages-names.csv")
        var rows = villageLines.dropFirst().shuffled(using: &rng)
        let parent = { (row: String) in row.split(separator: ",", omittingEmptySubsequences: false)[3] }
        var villagesLeft = Dictionary(grouping: rows.filter { $0.contains(",village,") }, by: parent).mapValues(\.count)
        let toDrop = Int(Double(rows.count) * dropShare)
        var dropped = 0
        rows = rows.filter { row in
            guard dropped < toDrop, row.contains(",village,"), villagesLeft[parent(row), default: 0] > 1,
                  rng.next() % 3 == 0 else { return true }
            villagesLeft[parent(row), default: 0] -= 1
            dropped += 1
            return false
        }
        try ([villageLines[0]] + rows).joined(separator: "\n").appending("\n")
            .write(toFile: folder + "/villages-names.csv", atomically: true, encoding: .utf8)
        // The county's figures: rural poor and urban population scaled (incidence kept).
        var profile = try String(contentsOfFile: folder + "/county.yaml", encoding: .utf8)
        let poor = Int((64_900 * poorFactor).rounded()), urban = Int((168_000 * urbanFactor).rounded())
        for (key, old, new) in [("rural_poor_persons", 64_900, poor), ("urban_population", 168_000, urban)] {
            let line = "  \(key): \(old)\n"
            guard profile.contains(line) else { throw GISError(file: "county.yaml", "the shipped profile no longer has \"\(line)\"") }
            profile = profile.replacingOccurrences(of: line, with: "  \(key): \(new)\n")
        }
        try profile.write(toFile: folder + "/county.yaml", atomically: true, encoding: .utf8)
        return Change(seed: seed, townships: townshipRows.count - 1, villages: rows.count, dropped: dropped,
                      ruralPoorPersons: poor, urbanPopulation: urban)
    }

    static func lines(_ path: String) throws -> [String] {
        // CRLF is one Character: split on every line break, not on "\n".
        try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
    }

    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
