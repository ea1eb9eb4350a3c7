import Foundation
import GIS
import Testing

/// `geodata export` then `geodata import`: changed figures arrive in villages.geojson and
/// in the simulation; everything else stays byte for byte.
@Suite struct GeodataImportRoundTripTests {
    @Test func changedCSVFiguresReachVillagesGeoJSONAndTheSimulationAndNothingElseChanges() throws {
        let dir = try ImportFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var (header, rows) = try ImportFixture.exportedCSV(into: dir)
        #expect(rows.count == 522)
        #expect(Array(header.prefix(4)) == ["id", "township_code", "township_name", "name"])
        // A 村 with room for 10 more poor households: +30 poor persons, +10 poor households, +30 persons.
        let a = ImportFixture.row(rows, header, where: "kind", { $0 == "村" })
        let (pop, pp, ph) = (rows[a].int("population", header), rows[a].int("poor_persons", header), rows[a].int("poor_households", header))
        rows[a].set("population", header, "\(pop + 30)")
        rows[a].set("poor_persons", header, "\(pp + 30)")
        rows[a].set("poor_households", header, "\(ph + 10)")
        let b = ImportFixture.row(rows, header, where: "road", { $0 == "false" })
        rows[b].set("road", header, "是")
        rows[b].set("income_per_capita_2015", header, "6543.5")
        let table = dir.appendingPathComponent("figures.csv")
        try ImportFixture.writeCSV(header, rows, to: table)

        let out = dir.appendingPathComponent("geodata-imported")
        let r = try CLI.run(["geodata", "import", table.path, "--key", "code", "--out", out.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("64930"), "the totals show the new rural poor: \(r.stdout)")
        #expect(r.stderr.contains("warning") && r.stderr.contains("64930"), "the difference from county.yaml is a warning: \(r.stderr)")

        let written = try ImportFixture.villages(out.appendingPathComponent("villages.geojson"))
        #expect(written[a]["poor_persons"] as? Int == pp + 30)
        #expect(written[a]["population"] as? Int == pop + 30)
        #expect(written[b]["road"] as? Bool == true)
        #expect(written[b]["income_per_capita_2015"] as? Double == 6543.5)
        let sources = try #require(written[a]["figure_sources"] as? [String: String])
        #expect(sources["poor_persons"] == "imported" && sources.count == 13)
        #expect(written[a]["figure_sources_file"] as? String == "figures.csv")

        // Every other village line is byte-identical once figure_sources is taken out.
        let before = try String(contentsOf: ImportFixture.shippedVillages, encoding: .utf8).split(separator: "\n")
        let after = try String(contentsOf: out.appendingPathComponent("villages.geojson"), encoding: .utf8).split(separator: "\n")
        #expect(before.count == after.count)
        let changed = zip(before, after).enumerated().filter { String($0.element.0) != ImportFixture.withoutFigureSources($0.element.1) }.map(\.offset)
        #expect(changed == [a + 1, b + 1].sorted(), "only the two changed villages' lines differ")
        // Every other geodata file is copied unchanged.
        for name in try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("geodata").path)
        where name.hasSuffix(".geojson") && name != "villages.geojson" || name == "dem.asc" {
            let x = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("geodata/" + name))
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == x, "\(name) is copied byte for byte")
        }

        // The simulation's 2015 county figures carry the import.
        let sim = dir.appendingPathComponent("sim")
        let s = try CLI.run(["simulate", "scenarios/baseline.yaml", "--geodata", out.path, "--out", sim.path])
        #expect(s.status == 0, "stderr: \(s.stderr)")
        let county = String(decoding: [UInt8](try Data(contentsOf: sim.appendingPathComponent("county.csv"))).dropFirst(3), as: UTF8.self).split(separator: "\n")
        let columns = county[0].split(separator: ",").map(String.init)
        let y2015 = county[1].split(separator: ",").map(String.init)
        #expect(y2015[columns.firstIndex(of: "year")!] == "2015")
        #expect(y2015[columns.firstIndex(of: "poor_persons")!] == "64930")
        #expect(y2015[columns.firstIndex(of: "population")!] == "683188")
    }

    @Test func changedXLSXFiguresImportByNameAndTheWorkbookKeepsCodesAsText() throws {
        let dir = try ImportFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("villages.xlsx")
        let e = try CLI.run(["geodata", "export", "-o", file.path])
        #expect(e.status == 0, "stderr: \(e.stderr)")
        var table = try XLSXReader.read([UInt8](Data(contentsOf: file)), file: file.path)
        #expect(table.rows[0].prefix(4) == ["村代码", "乡镇代码", "乡镇", "村(社区)"])
        #expect(table.rows[1].prefix(4) == ["id", "township_code", "township_name", "name"])
        #expect(table.rows[2][0] == "511623100000-001" && table.rows[2][1] == "511623100000")
        let keys = table.rows[1]
        // A non-poor 村 becomes a poor village with 5 more persons.
        let r = try #require(table.rows.indices.first { $0 >= 2 && table.rows[$0].get("kind", keys) == "村" && table.rows[$0].get("poor_village", keys) == "否" })
        let population = table.rows[r].int("population", keys)
        table.rows[r].set("poor_village", keys, "是")
        table.rows[r].set("population", keys, "\(population + 5)")
        let textKeys: Set<String> = ["id", "township_code", "township_name", "name", "kind"]
        let cells: [[XLSXWriter.Cell]] = table.rows.enumerated().map { i, row in
            row.enumerated().map { c, s in i >= 2 && !textKeys.contains(keys[c]) && Double(s) != nil ? .number(Double(s)!) : .text(s) }
        }
        let changed = dir.appendingPathComponent("建档立卡.xlsx")
        try Data(try XLSXWriter.workbook(sheetName: "villages", rows: cells, headerRows: 2)).write(to: changed)

        let out = dir.appendingPathComponent("g")
        let i = try CLI.run(["geodata", "import", changed.path, "--key", "name", "--out", out.path])
        #expect(i.status == 0, "stderr: \(i.stderr)")
        #expect(i.stderr.contains("153") && i.stderr.contains("poverty.poor_villages"), "the new poor village count is a warning against county.yaml: \(i.stderr)")
        let written = try ImportFixture.villages(out.appendingPathComponent("villages.geojson"))
        #expect(written[r - 2]["poor_village"] as? Bool == true)
        #expect(written[r - 2]["population"] as? Int == population + 5)
        #expect(written[r - 2]["figure_sources_file"] as? String == "建档立卡.xlsx")
    }

    @Test func exportIsByteIdenticalForTheSameGeodata() throws {
        let dir = try ImportFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for ext in ["csv", "xlsx"] {
            let a = dir.appendingPathComponent("a.\(ext)"), b = dir.appendingPathComponent("b.\(ext)")
            #expect(try CLI.run(["geodata", "export", "-o", a.path]).status == 0)
            #expect(try CLI.run(["geodata", "export", "-o", b.path]).status == 0)
            #expect(try Data(contentsOf: a) == Data(contentsOf: b), "\(ext) export is deterministic")
        }
    }

    @Test func inPlaceReplacesTheGeodataFoldersOwnVillages() throws {
        let dir = try ImportFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let geodata = dir.appendingPathComponent("geodata")
        try FileManager.default.createDirectory(at: geodata, withIntermediateDirectories: true)
        // A geodata folder: the four layers the simulation reads and the county profile.
        for name in ["county.yaml", "townships.geojson", "villages.geojson", "sites.geojson", "lines.geojson"] {
            try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("geodata/" + name), to: geodata.appendingPathComponent(name))
        }
        let table = dir.appendingPathComponent("t.csv")
        try ImportFixture.writeCSV(["id", "collective_income_yuan"], [["511623100000-001", "123456"]], to: table, bom: false)
        let r = try CLI.run(["geodata", "import", table.path, "--key", "code", "--geodata", geodata.path, "--in-place"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("521 of the 522 villages"), "the villages missing from the table are listed as a warning: \(r.stderr)")
        let written = try ImportFixture.villages(geodata.appendingPathComponent("villages.geojson"))
        #expect(written[0]["collective_income_yuan"] as? Int == 123456)
        #expect((written[1]["figure_sources"] as? [String: String])?["collective_income_yuan"] == "modelled")
        let left = try FileManager.default.contentsOfDirectory(atPath: geodata.path).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty, "no temporary file is left: \(left)")
    }
}
