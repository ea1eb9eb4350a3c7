import Testing
@testable import Simulation

/// `--shard I/N`: shards take every work unit once, and a run's result does not depend on
/// the shard (or the company) it runs in.
@Suite struct ShardSpecTests {
    @Test func shardsTakeEveryUnitExactlyOnceInBalancedContiguousShares() {
        for total in [0, 1, 7, 8, 64, 101] {
            for count in [1, 2, 3, 4, 7, 8, 9, 100] {
                let units = WorkUnit.all(scenarios: 1, runs: total)
                var seen: [WorkUnit] = []
                var sizes: [Int] = []
                for i in 0..<count {
                    let share = ShardSpec(index: i, count: count)!.share(units)
                    seen += share
                    sizes.append(share.count)
                }
                #expect(seen == units, "\(total) units over \(count) shards")
                #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
            }
        }
    }

    @Test func unitsAreInCanonicalOrderScenarioCountyPointRun() {
        let units = WorkUnit.all(scenarios: 2, counties: 2, points: 2, runs: 3)
        #expect(units.count == 24)
        #expect(units == units.sorted())
        #expect(units[3] == WorkUnit(scenario: 0, county: 0, point: 1, run: 0))
        #expect(Set(units).count == 24)
    }

    @Test func shardTextIsIOverNWithIBelowN() {
        #expect(ShardSpec("0/4") == ShardSpec(index: 0, count: 4))
        #expect(ShardSpec("3/4")?.index == 3)
        for bad in ["4/4", "-1/4", "1/0", "1", "a/4", "1/4/5", "", "/4", "1/", " 1/4", "１/4"] {
            #expect(ShardSpec(bad) == nil, "\(bad)")
        }
    }

    @Test func theSeedOfAUnitIgnoresScenarioAndPointSoScenariosShareRandomNumbers() {
        let a = WorkUnit(scenario: 0, county: 0, point: 0, run: 5), b = WorkUnit(scenario: 3, county: 0, point: 9, run: 5)
        #expect(a.runSeed(countySeed: 11) == b.runSeed(countySeed: 11))
        #expect(a.runSeed(countySeed: 11) == RandomStreams.runSeed(seed: 11, run: 5))
        #expect(a.runSeed(countySeed: 11) != WorkUnit(run: 6).runSeed(countySeed: 11))
    }

    @Test func aRunGivesTheSameResultAloneInAShardAndInTheWholeEnsemble() throws {
        let world = try SimulationWorld(region: Fixtures.small(villages: 6), scenario: try Fixtures.scenario())
        let sim = SimulationRun(world: world)
        let whole = Ensemble.run(sim, seed: 42, runs: 6, threads: 2)
        let shard = Ensemble.run(sim, seed: 42, runIndices: [4, 1, 5], threads: 2)
        let alone = Ensemble.run(sim, seed: 42, runIndices: [5], threads: 1)
        #expect(shard.map(\.county) == [4, 1, 5].map { whole[$0].county })
        #expect(shard.map(\.villages) == [4, 1, 5].map { whole[$0].villages })
        #expect(alone[0].flows == whole[5].flows)
        #expect(whole[4].villages != whole[1].villages || whole[4].county != whole[1].county, "runs differ by seed")
        #expect(Ensemble.run(sim, seed: 42, runIndices: []).isEmpty)
    }
}
