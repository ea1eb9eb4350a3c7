import Foundation
import Planning
import Testing
@testable import Simulation

/// The baseline on the real geodata against the brief's reported figures.
@Suite struct CalibrationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let hasGeodata = FileManager.default.fileExists(atPath: root.appendingPathComponent("geodata/villages.geojson").path)

    @Test(.enabled(if: hasGeodata)) func theBaselineReproduces2015AndLandsWithinFivePercentOfThe2016Figures() throws {
        let dir = Self.root.appendingPathComponent("scenarios")
        let scenario = try ScenarioDecoder { name, _ in
            (try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8), name)
        }.decode(text: try String(contentsOf: dir.appendingPathComponent("baseline.yaml"), encoding: .utf8), file: "baseline.yaml")
        let region = try Region.load(geodataDirectory: Self.root.appendingPathComponent("geodata").path)
        let world = try SimulationWorld(region: region, scenario: scenario)
        let run = SimulationRun(world: world).run(runSeed: RandomStreams.runSeed(seed: scenario.seed, run: 0))
        #expect(world.villages.filter(\.isPoorVillage).count == 152)
        for check in CalibrationCheck.brief2016([run]) {
            #expect(check.passes, "\(check.name): reported \(check.reported), simulated \(check.simulated)")
        }
        #expect(run.county[0].poorPersons == 64_900)
    }
}
