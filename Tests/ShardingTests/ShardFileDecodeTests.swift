import Foundation
import GIS
import Sharding
@testable import Simulation
import Testing

/// The shard reader `merge` uses: a shard written reads back to the same bytes, and a
/// damaged file (bad Base64, negative or huge counts, a header that does not add up, a
/// short file) gives an error naming the file and line, never a crash.
@Suite struct ShardFileDecodeTests {
    static func header(runs: Int = 2, from: Int = 0, to: Int = 2) -> ShardFile.Header {
        ShardFile.Header(command: "simulate", shard: 0, shards: 1, inputsSHA256: String(repeating: "ab", count: 32), seed: 7, runs: runs,
                         seedOption: 7, runsOption: nil, scenarios: [ShardFile.Scenario(name: "baseline", file: "scenarios/baseline.yaml", path: "/x/scenarios/baseline.yaml")], columns: ["baseline"],
                         geodata: "/x/geodata", geodataGiven: "geodata", geodataSHA256: String(repeating: "cd", count: 32),
                         byteOrderMark: true, xlsx: false, totalUnits: runs, unitsFrom: from, unitsTo: to)
    }

    static func result(_ k: Int) -> RunResult {
        var r = RunResult()
        r.years = [2016, 2017]
        r.householdYears = 10 * k
        r.countyExitYear = k == 0 ? nil : 2017
        r.spentYuan = ["housing": [2016: 1.5e6, 2017: 0.1 + Double(k)]]
        r.villages = (0..<2).map { y in (0..<3).map { v in
            var x = VillageYear()
            x.households = 100 + v; x.persons = 300 + v + y; x.poorPersons = -v; x.exited = (v + y + k) % 2 == 0
            x.incomeYuan = v == 2 ? -.infinity : 1234.5678 * Double(v + k + y)
            return x
        } }
        return r
    }

    static func shard() -> ShardFile {
        ShardFile(header: header(), records: (0..<2).map { ShardFile.Record(unit: WorkUnit(run: $0), result: result($0)) })
    }

    @Test func aShardWrittenReadsBackToTheSameBytesAndFigures() throws {
        let s = Self.shard()
        let bytes = try s.encoded()
        let back = try ShardFile.decode(bytes, file: "s.jsonl")
        #expect(back.header == s.header)
        #expect(back.records.map(\.unit) == [WorkUnit(run: 0), WorkUnit(run: 1)])
        #expect(back.records.map { $0.result?.villages } == s.records.map { $0.result?.villages })
        #expect(back.records[1].result?.spentYuan == s.records[1].result?.spentYuan)
        #expect(back.records[0].result?.countyExitYear == nil && back.records[1].result?.countyExitYear == 2017)
        #expect(try back.encoded() == bytes)
        let set = try ShardMerge.check([back], paths: ["s.jsonl"])
        #expect(set.results.count == 1 && set.results[0].count == 2)
    }

    /// The lines of the test shard with `edit` applied to record line `line` (1-based, 1 = the header).
    static func edited(_ line: Int, _ edit: (inout [String: Any]) -> Void) throws -> [UInt8] {
        var lines = String(decoding: try shard().encoded(), as: UTF8.self).split(separator: "\n").map(String.init)
        var object = try JSONSerialization.jsonObject(with: Data(lines[line - 1].utf8)) as! [String: Any]
        edit(&object)
        lines[line - 1] = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    static func message(_ bytes: [UInt8]) -> String {
        do { _ = try ShardFile.decode(bytes, file: "bad.jsonl"); return "decoded" } catch let e as GISError {
            return e.diagnostics.map(\.description).joined(separator: "\n")
        } catch { return "other error \(error)" }
    }

    @Test func damagedShardsAreNamedWithTheirLineNeverACrash() throws {
        #expect(Self.message([]).contains("bad.jsonl") && Self.message([]).contains("is empty"))
        #expect(Self.message(Array("hello\n".utf8)).contains("is not a Benkang shard file"))
        #expect(Self.message(try Self.edited(1) { $0["version"] = 1 }).contains("version 1; this benkang reads benkang-shard version \(ShardFile.formatVersion)"))
        #expect(Self.message(try Self.edited(1) { $0["totalUnits"] = 3 }).contains("does not add up"))
        #expect(Self.message(try Self.edited(1) { $0["unitsTo"] = -1 }).contains("does not add up"))
        #expect(Self.message(try Self.edited(1) { $0["shards"] = Int.max }).contains("does not add up"))
        #expect(Self.message(try Self.edited(1) { $0["runs"] = Int.max; $0["totalUnits"] = Int.max }).contains("does not add up"))
        // The run result's bytes (Base64 in `result`) damaged in every way a reader must catch.
        func bytes(_ edit: @escaping (inout [UInt8]) -> Void) -> (inout [String: Any]) -> Void {
            { o in
                var b = [UInt8](Data(base64Encoded: o["result"] as? String ?? "") ?? Data())
                edit(&b)
                o["result"] = Data(b).base64EncodedString()
            }
        }
        let cases: [(String, (inout [String: Any]) -> Void)] = [
            ("bad Base64", { o in o["result"] = "@@@not base64" }),
            ("an object, as in version 2", { o in o["result"] = ["years": [2016]] }),
            ("no result", { o in o["result"] = nil }),
            ("no unit", { o in o["unit"] = nil }),
            ("empty bytes", bytes { $0 = [] }),
            ("cut short", bytes { $0.removeLast(3) }),
            ("a byte too many", bytes { $0.append(0) }),
            ("negative year count", bytes { $0.replaceSubrange(0..<4, with: [0xFF, 0xFF, 0xFF, 0xFF]) }),
            ("huge year count", bytes { $0.replaceSubrange(0..<4, with: [0xFF, 0xFF, 0xFF, 0x7F]) }),
        ]
        for (name, edit) in cases {
            let m = Self.message(try Self.edited(3, edit))
            #expect(m.contains("bad.jsonl: 3:1") && m.contains("the record does not decode"), "\(name): \(m)")
        }
        // A missing record line, an extra one.
        var lines = String(decoding: try Self.shard().encoded(), as: UTF8.self).split(separator: "\n")
        #expect(Self.message(Array((lines.dropLast().joined(separator: "\n") + "\n").utf8)).contains("holds 1 record(s), its header says 2"))
        lines.append(lines[2])
        #expect(Self.message(Array((lines.joined(separator: "\n") + "\n").utf8)).contains("holds 3 record(s), its header says 2"))
    }

    /// Found by the fuzz target (Fuzz/crashes/shard/unassigned-reasons-in-hash-order): the
    /// unassigned reasons were written as pairs in the dictionary's hash order, so the same
    /// shard could be written as different bytes. Every map is now written in key order.
    @Test func theSameShardIsTheSameBytesWhateverTheDictionariesOrder() throws {
        var a = Self.shard(), b = Self.shard()
        var p1 = RelocationPlan(), p2 = RelocationPlan()
        for reason in UnassignedReason.allCases { p1.unassigned[reason] = HouseholdCount(households: 1, persons: reason.rawValue.count) }
        for reason in UnassignedReason.allCases.reversed() { p2.unassigned[reason] = HouseholdCount(households: 1, persons: reason.rawValue.count) }
        a.records[0].result?.relocation.plans = [2016: p1, 2017: p2]
        b.records[0].result?.relocation.plans = [2017: p1, 2016: p2]
        let bytes = try a.encoded()
        #expect(bytes == (try b.encoded()))
        #expect(try ShardFile.decode(bytes, file: "a.jsonl").records[0].result?.relocation.plans[2016]?.unassigned == p1.unassigned)
    }

    /// An experiment's shards: each (point, run) unit's figures only, merged in point × run order.
    static func exploreShard(_ i: Int, of n: Int, edit: (inout [ShardFile.Record]) -> Void = { _ in }) -> ShardFile {
        let points = 4, runs = 2
        let range = ShardSpec(index: i, count: n)!.range(of: points * runs)
        var h = ShardFile.Header(command: "explore", shard: i, shards: n, inputsSHA256: "ef", seed: 3, runs: runs, seedOption: nil, runsOption: nil,
                                 scenarios: [ShardFile.Scenario(name: "x", file: "x.yaml", path: "/x.yaml")], columns: ["x"],
                                 geodata: "/g", geodataGiven: "g", geodataSHA256: "00", byteOrderMark: true, xlsx: false,
                                 totalUnits: points * runs, unitsFrom: range.lowerBound, unitsTo: range.upperBound,
                                 points: points, figures: ["a", "b"], experimentSHA256: "11", designSHA256: "22")
        h.version = ShardFile.formatVersion
        var records = range.map { k in ShardFile.Record(unit: WorkUnit(point: k / runs, run: k % runs), figures: [Double(k), k == 5 ? .nan : -Double(k) / 3]) }
        edit(&records)
        return ShardFile(header: h, records: records)
    }

    @Test func exploreShardsHoldFiguresOnlyAndMergeInPointAndRunOrder() throws {
        let shards = (0..<3).map { Self.exploreShard($0, of: 3) }
        let read = try shards.map { try ShardFile.decode(try $0.encoded(), file: "e.jsonl") }
        #expect(read.map { $0.records.count } == [2, 3, 3])
        #expect(read[1].records.allSatisfy { $0.result == nil && $0.figures?.count == 2 })
        #expect(try read[2].encoded().count < 1_000)
        let set = try ShardMerge.check(read, paths: ["s0", "s1", "s2"])
        #expect(set.results.isEmpty && set.figures.count == 4 && set.figures.allSatisfy { $0.count == 2 })
        #expect(set.figures[1][1] == [3, -1] && set.figures[2][1][1].isNaN && set.figures[3][1] == [7, -7.0 / 3])
        // A unit held twice (and so another in no shard) is named with its point.
        var twice = read
        twice[1] = Self.exploreShard(1, of: 3) { $0[2] = $0[1] }
        do { _ = try ShardMerge.check(twice, paths: ["s0", "s1", "s2"]); Issue.record("a duplicated unit was merged") } catch let e as GISError {
            #expect(e.diagnostics.map(\.description).joined().contains("s1: error: holds point 1 run 1 of scenario x a second time"), "\(e.diagnostics)")
        }
        // A record without its figures is named.
        var bare = read
        bare[0] = Self.exploreShard(0, of: 3) { $0[0].figures = [1] }
        do { _ = try ShardMerge.check(bare, paths: ["s0", "s1", "s2"]); Issue.record("a short record was merged") } catch let e as GISError {
            #expect(e.diagnostics.map(\.description).joined().contains("without its 2 figure(s)"), "\(e.diagnostics)")
        }
        // A header whose range is not its shard's share does not decode.
        var wrong = Self.exploreShard(1, of: 3)
        wrong.header.unitsFrom = 1
        wrong.records.insert(ShardFile.Record(unit: WorkUnit(point: 0, run: 1), figures: [0, 0]), at: 0)
        #expect(Self.message(try wrong.encoded()).contains("does not add up"))
    }

    @Test func villageFiguresRefuseCountsThatOverflow() {
        #expect(VillageYearsCodec.decode("", years: Int.max, villages: Int.max) == nil)
        #expect(VillageYearsCodec.decode("", years: -1, villages: 0) == nil)
        #expect(VillageYearsCodec.decode("", years: 0, villages: 5) == [])
        #expect(VillageYearsCodec.decode("not base64!", years: 1, villages: 1) == nil)
    }

    /// The fuzz target's seeds and any input it crashed on are shards or clear errors.
    @Test func theFuzzSeedsAndCrashesDecodeOrAreRefused() throws {
        for folder in ["Fuzz/seeds/shard", "Fuzz/crashes/shard"] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                let bytes = try FileBytes.read(path: folder + "/" + name)
                if let s = try? ShardFile.decode(bytes, file: name) {
                    #expect(try ShardFile.decode(try s.encoded(), file: name).encoded() == (try s.encoded()), "\(name)")
                } else {
                    #expect(!Self.message(bytes).contains("other error"), "\(name)")
                }
            }
        }
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: "Fuzz/seeds/shard")) ?? []).count >= 2)
    }
}
