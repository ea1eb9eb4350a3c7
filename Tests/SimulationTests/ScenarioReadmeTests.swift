import Foundation
import Testing
@testable import Simulation

@Suite struct ScenarioReadmeTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios/README.md")

    @Test func theScenarioReadmeDocumentsEveryKeyOfTheSchema() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let missing = ScenarioSchema.leafPaths.map(\.path).filter { !text.contains("`\($0)`") }
        #expect(missing.isEmpty, "undocumented keys: \(missing)")
    }

    @Test func everyShippedScenarioDecodes() throws {
        let dir = Self.readme.deletingLastPathComponent()
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.contains("baseline.yaml"))
        for f in files {
            let decoder = ScenarioDecoder { name, _ in
                (try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8), name)
            }
            _ = try decoder.decode(text: try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8), file: f)
        }
    }
}
