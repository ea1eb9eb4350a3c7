import Foundation
import Testing

/// `geodata import` reports every problem of a table at once, with file, row:column and
/// what was expected, and writes nothing unless --keep-going.
@Suite struct GeodataImportProblemTests {
    /// The shipped export with ten rows broken in ten different ways (and one good change).
    /// Returns the rows' spreadsheet row numbers and the good change.
    static func tenBadRows(in dir: URL) throws -> (file: URL, badRows: [Int], good: (index: Int, population: Int)) {
        var (h, rows) = try ImportFixture.exportedCSV(into: dir)
        var bad: [Int] = []
        func village(_ i: Int) -> Int { bad.append(i + 2); return i }   // data row i is spreadsheet row i + 2
        rows[village(10)].set("population", h, "abc")
        rows[village(11)].set("households", h, "-5")
        rows[village(12)].set("poor_persons", h, "12.5")
        rows[village(13)].set("income_per_capita_2015", h, "0x1F")
        rows[village(14)].set("road", h, "maybe")
        let p = village(ImportFixture.row(rows, h, where: "kind", { $0 == "村" }, after: 15))
        rows[p].set("poor_persons", h, "\(rows[p].int("population", h) + 1)")
        let q = village(p + 1)
        rows[q].set("households", h, "\(rows[q].int("population", h) + 1)")
        rows[village(0)].set("poor_village", h, "true")                       // row 0 is a 社区
        rows[village(p + 3)][0] = "511623100000-999"                          // unknown id
        rows[p + 5] = rows[village(p + 6)]                                    // the same village twice: reported at the second
        let g = p + 10
        let population = rows[g].int("population", h) + 7
        rows[g].set("population", h, "\(population)")
        let file = dir.appendingPathComponent("bad.csv")
        try ImportFixture.writeCSV(h, rows, to: file)
        return (file, bad.sorted(), (g, population))
    }

    @Test func tenBadRowsGiveTenProblemsInOneReportExit65AndNothingWritten() throws {
        let dir = try ImportFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (file, badRows, _) = try Self.tenBadRows(in: dir)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["geodata", "import", file.path, "--key", "code", "--out", out.path])
        #expect(r.status == 65)
        let errors = r.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 10, "\(r.stderr)")
        for row in badRows {
            #expect(errors.contains { $0.hasPrefix("\(file.path): \(row):") || $0.hasPrefix("\(file.path): row \(row):") }, "row \(row) is reported: \(r.stderr)")
        }
        for expected in ["12:7 (population): error: expected a number, found \"abc\"", "(households): error: expected a number ≥ 0",
                         "(poor_persons): error: expected a whole number of persons", "hexadecimal 0x1F", "found \"maybe\"",
                         "exceed population", "is a 社区", "unknown village id \"511623100000-999\"; nearest:", "expected one row per village"] {
            #expect(r.stderr.contains(expected), "\(expected) in \(r.stderr)")
        }
        #expect(r.stderr.contains("10 problems in 10 rows; nothing written"))
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
        #expect(!r.stderr.contains("Fatal") && !r.stderr.contains("Swift/"), "no stack trace")
    }

    @Test func keepGoingImportsTheGoodRowsAndReportsTheBadOnesAsWarnings() throws {
        let dir = try ImportFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (file, badRows, good) = try Self.tenBadRows(in: dir)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["geodata", "import", file.path, "--key", "code", "--out", out.path, "--keep-going"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(!r.stderr.contains(": error: "))
        #expect(r.stderr.contains("12:7 (population): warning: expected a number"))
        let written = try ImportFixture.villages(out.appendingPathComponent("villages.geojson"))
        #expect(written[good.index]["population"] as? Int == good.population, "a good row is imported")
        let shipped = try ImportFixture.villages(ImportFixture.shippedVillages)
        for row in badRows where row - 2 != good.index {
            let i = row - 2
            #expect(written[i]["population"] as? Int == shipped[i]["population"] as? Int)
            #expect((written[i]["figure_sources"] as? [String: String])?["population"] == "modelled", "bad row \(row) is not imported")
        }
        #expect(written[0]["poor_village"] as? Bool == false, "the 社区 stays non-poor")
    }

    @Test func villageNamesMatchWithAndWithoutTheCommitteeSuffixAndUnknownOnesGetTheNearestNames() throws {
        let dir = try ImportFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let shipped = try ImportFixture.villages(ImportFixture.shippedVillages)
        func index(_ township: String, _ name: String) -> Int {
            shipped.firstIndex { $0["township_name"] as? String == township && $0["name"] as? String == name }!
        }
        let bajiao = index("城南镇", "芭蕉村"), beijie = index("鼎屏镇", "北街社区"), other = index("鼎屏镇", "中街社区")
        func plus(_ i: Int, _ n: Int) -> String { "\((shipped[i]["population"] as! Int) + n)" }
        let table = dir.appendingPathComponent("names.csv")
        try ImportFixture.writeCSV(["乡镇", "村(社区)", "人口(人)"],
                                   [["城南镇", "芭蕉村委会", plus(bajiao, 10)], ["鼎屏镇", "北街社区居委会", plus(beijie, 20)],
                                    ["鼎屏镇", "中街社区", plus(other, 30)]], to: table)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["geodata", "import", table.path, "--key", "name", "--out", out.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let written = try ImportFixture.villages(out.appendingPathComponent("villages.geojson"))
        #expect(written[bajiao]["population"] as? Int == (shipped[bajiao]["population"] as! Int) + 10)
        #expect(written[beijie]["population"] as? Int == (shipped[beijie]["population"] as! Int) + 20)
        #expect(written[other]["population"] as? Int == (shipped[other]["population"] as! Int) + 30)

        try ImportFixture.writeCSV(["township_name", "name", "population"], [["城南镇", "芭焦村", "1000"]], to: table)
        let u = try CLI.run(["geodata", "import", table.path, "--key", "name", "--out", dir.appendingPathComponent("u").path])
        #expect(u.status == 65)
        #expect(u.stderr.contains("2:2 (name): error: unknown village \"芭焦村\" in 城南镇; nearest names: 芭蕉村"), "\(u.stderr)")
    }

    @Test func aGBKEncodedCSVMadeWithIconvImports() throws {
        let dir = try ImportFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let shipped = try ImportFixture.villages(ImportFixture.shippedVillages)
        let population = (shipped[5]["population"] as! Int) + 11
        let utf8 = dir.appendingPathComponent("utf8.csv")
        try ImportFixture.writeCSV(["乡镇", "村名", "人口(人)"],
                                   [[shipped[5]["township_name"] as! String, shipped[5]["name"] as! String, "\(population)"]], to: utf8, bom: false)
        let gbk = dir.appendingPathComponent("gbk.csv")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["iconv", "-f", "UTF-8", "-t", "GBK", utf8.path, "-o", gbk.path]
        try p.run(); p.waitUntilExit()
        try #require(p.terminationStatus == 0, "iconv made the GBK file")
        let bytes = try Data(contentsOf: gbk)
        #expect(String(data: bytes, encoding: .utf8) == nil, "the GBK file is not valid UTF-8")
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["geodata", "import", gbk.path, "--key", "name", "--out", out.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(try ImportFixture.villages(out.appendingPathComponent("villages.geojson"))[5]["population"] as? Int == population)
        let forced = try CLI.run(["geodata", "import", gbk.path, "--key", "name", "--encoding", "utf8", "--out", dir.appendingPathComponent("o2").path])
        #expect(forced.status == 65)
        #expect(forced.stderr.contains("not valid UTF-8") && forced.stderr.contains("--encoding gbk"))
    }
}
