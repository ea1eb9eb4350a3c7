import Foundation
import GIS
import Sharding
@testable import Simulation
import Testing

/// Shards of a region's job (docs/regions.md): units strategy × county × run, the header's
/// `region` names every county; merge places each unit by its county and refuses units
/// outside the job or a header whose unit count does not add up.
@Suite struct RegionShardTests {
    static let counties = [ShardFile.County(code: "511623", geodata: "/x/geodata", geodataGiven: "geodata", geodataSHA256: String(repeating: "a", count: 64)),
                           ShardFile.County(code: "511681", geodata: "/x/huaying", geodataGiven: "huaying", geodataSHA256: String(repeating: "b", count: 64))]

    /// Shard `index` of `count` of 1 strategy × 2 counties × 2 runs.
    static func shard(_ index: Int, of count: Int, units: [WorkUnit]? = nil) -> ShardFile {
        let total = 4
        let range = ShardSpec(index: index, count: count)!.range(of: total)
        var h = ShardFile.Header(command: "simulate", shard: index, shards: count, inputsSHA256: String(repeating: "ab", count: 32), seed: 7, runs: 2,
                                 seedOption: nil, runsOption: 2, scenarios: [ShardFile.Scenario(name: "baseline", file: "r.yaml", path: "/x/r.yaml")],
                                 columns: ["baseline"], geodata: "/x/r.yaml", geodataGiven: "r.yaml", geodataSHA256: String(repeating: "cd", count: 32),
                                 byteOrderMark: true, xlsx: false, totalUnits: total, unitsFrom: range.lowerBound, unitsTo: range.upperBound)
        h.region = ShardFile.Region(file: "r.yaml", path: "/x/r.yaml", counties: counties)
        let mine = units ?? Array(WorkUnit.all(scenarios: 1, counties: 2, runs: 2)[range])
        return ShardFile(header: h, records: mine.map { u in
            var r = RunResult()
            r.years = [2016]
            r.householdYears = 100 * u.county + u.run   // tells the units apart
            return ShardFile.Record(unit: u, result: r)
        })
    }

    @Test func aRegionShardReadsBackAndMergesByCounty() throws {
        let shards = try (0..<3).map { try ShardFile.decode(try Self.shard($0, of: 3).encoded(), file: "shard-\($0)-of-3.jsonl") }
        #expect(shards[0].header.region?.counties.map(\.code) == ["511623", "511681"] && shards[0].header.countyCount == 2)
        let set = try ShardMerge.check(shards, paths: (0..<3).map { "shard-\($0)-of-3.jsonl" })
        // results[s × counties + c][r]
        #expect(set.results.map { $0.map(\.householdYears) } == [[0, 1], [100, 101]])
    }

    @Test func aOneCountyHeaderHasNoRegionKey() throws {
        var h = Self.shard(0, of: 1).header
        h.region = nil
        let text = String(decoding: try JSONEncoder().encode(h), as: UTF8.self)
        #expect(!text.contains("\"region\"") && h.countyCount == 1)
    }

    @Test func unitsOutsideTheCountiesAndCountsThatDoNotAddUpAreRefused() throws {
        let outside = Self.shard(0, of: 1, units: [WorkUnit(county: 0, run: 0), WorkUnit(county: 1, run: 0), WorkUnit(county: 2, run: 0), WorkUnit(county: 1, run: 1)])
        let e = #expect(throws: GISError.self) { try ShardMerge.check([outside], paths: ["s.jsonl"]) }
        #expect(e?.description.contains("outside this job's 1 scenario(s) × 2 county(ies)") == true, "\(e?.description ?? "")")
        var wrong = Self.shard(0, of: 1)
        wrong.header.totalUnits = 2   // as if one county
        wrong.header.unitsTo = 2
        let e2 = #expect(throws: GISError.self) { try ShardFile.decode(try wrong.encoded(), file: "s.jsonl") }
        #expect(e2?.description.contains("does not add up") == true)
        var huge = Self.shard(0, of: 1)
        huge.header.region?.counties = Array(repeating: Self.counties[0], count: 10_000)
        huge.header.runs = 100_000
        huge.header.points = 10_000_000
        huge.header.columns = Array(repeating: "x", count: 10_000)   // 10⁴ × 10⁴ × 10⁷ × 10⁵ overflows Int
        huge.header.scenarios = Array(repeating: huge.header.scenarios[0], count: 10_000)
        #expect(throws: GISError.self) { try ShardFile.decode(try huge.encoded(), file: "s.jsonl") }
    }
}
