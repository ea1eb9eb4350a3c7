import Foundation
import Testing

/// `benkang geodata build` for a county other than the shipped one, and what it says
/// when a source is missing.
@Suite struct GeodataSecondCountyCommandTests {
    static let huaying = "geodata/counties/huaying/sources"

    func temporary(_ label: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("benkang-\(label)-\(UUID().uuidString)")
    }

    @Test func huayingBuildsAndEveryLayerPassesValidate() throws {
        let out = temporary("huaying")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLI.run(["geodata", "build", "--sources", Self.huaying, "--out", out.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("warning: 华蓥市 has no trunk roads in model-inputs.geojson: roads.geojson holds only the modelled township and village roads"))
        let layers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".geojson") }.sorted()
        #expect(layers.count == 11)
        let v = try CLI.run(["validate"] + layers.map { out.appendingPathComponent($0).path })
        #expect(v.status == 0, "stderr: \(v.stderr)")
        #expect(!v.stderr.contains("error"), "\(v.stderr)")
        let profile = try Data(contentsOf: out.appendingPathComponent("county.yaml"))
        #expect(profile == (try Data(contentsOf: CLI.packageRoot.appendingPathComponent(Self.huaying + "/county.yaml"))))
    }

    @Test func theSeedFlagOverridesTheProfilesSeed() throws {
        let a = temporary("seed-default"), b = temporary("seed-20151"), c = temporary("seed-7")
        defer { for u in [a, b, c] { try? FileManager.default.removeItem(at: u) } }
        for (out, extra) in [(a, [String]()), (b, ["--seed", "20151"]), (c, ["--seed", "7"])] {
            let r = try CLI.run(["geodata", "build", "--sources", Self.huaying, "--out", out.path] + extra)
            #expect(r.status == 0, "stderr: \(r.stderr)")
        }
        let villages = { (u: URL) in try Data(contentsOf: u.appendingPathComponent("villages.geojson")) }
        #expect(try villages(a) == villages(b))   // build.seed is 20151
        #expect(try villages(a) != villages(c))
    }

    @Test func missingModelInputsAreWarnedAboutOnStderrAndTheBuildSucceeds() throws {
        let sources = temporary("no-inputs-sources"), out = temporary("no-inputs-out")
        defer { try? FileManager.default.removeItem(at: sources); try? FileManager.default.removeItem(at: out) }
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent(Self.huaying), to: sources)
        try FileManager.default.removeItem(at: sources.appendingPathComponent("model-inputs.geojson"))
        let r = try CLI.run(["geodata", "build", "--sources", sources.path, "--out", out.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("model-inputs.geojson: warning: no such file: 华蓥市 is built without model inputs"))
        #expect(r.stderr.contains("warning: 华蓥市 has no ridge 华蓥山 in model-inputs.geojson"))
        #expect(r.stderr.contains("warning: 华蓥市 has no trunk roads in model-inputs.geojson"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("villages.geojson").path))
    }
}
