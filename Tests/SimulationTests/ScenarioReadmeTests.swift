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

extension ScenarioReadmeTests {
    /// The key reference of scenarios/README.md, generated from the schema (written to
    /// the file named by BENKANG_DUMP_SCENARIO_KEYS when that is set).
    static func keyTable() -> String {
        var out = ""
        for (path, field) in ScenarioSchema.leafPaths {
            let def = ScenarioYAML.scalar(field.defaultValue!)
            out += "| `\(path)` | \(field.unit) | `\(def)` | \(field.help) |\n"
        }
        return out
    }

    @Test func theKeyTableCanBeWrittenForTheReadme() throws {
        let table = Self.keyTable()
        #expect(table.contains("`programs.tourism.villages_by_year`"))
        if let path = ProcessInfo.processInfo.environment["BENKANG_DUMP_SCENARIO_KEYS"] {
            try table.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
