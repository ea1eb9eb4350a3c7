import Foundation
@testable import GIS
import Testing

/// The tables of `simulate` and `compare` as Excel and WPS users open them: CSV with a
/// UTF-8 byte-order mark by default (none with `--no-bom`), an `.xlsx` beside each CSV
/// with `--xlsx` (read back by the project's own reader, and by openpyxl when installed),
/// names beside the ids, and every reader of the project still taking the files.
@Suite(.serialized) struct TableOutputTests {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The rows of an output CSV (read as every reader of the project does: BOM dropped).
    static func csv(_ url: URL) throws -> [[String]] {
        let bytes = [UInt8](try Data(contentsOf: url))
        return try CSVTable.parse(try UTF8Text.decode(bytes, file: url.path), file: url.path).filter { $0 != [""] }
    }

    @Test func simulateWritesCSVWithABOMAndWithXLSXAWorkbookBesideEach() throws {
        let dir = try SimulateCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("run")
        let r = try CLI.run(["simulate", "scenarios/baseline.yaml", "--xlsx", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("villages.xlsx"))
        for name in ["county", "villages", "flows"] {
            let bytes = [UInt8](try Data(contentsOf: out.appendingPathComponent(name + ".csv")))
            #expect(bytes.starts(with: Self.bom), "\(name).csv starts with the UTF-8 BOM")
            // The workbook holds the CSV's rows under a Chinese header row.
            let book = try XLSXReader.read([UInt8](try Data(contentsOf: out.appendingPathComponent(name + ".xlsx"))), file: name + ".xlsx")
            let rows = try Self.csv(out.appendingPathComponent(name + ".csv"))
            #expect(book.sheet == name)
            #expect(book.rows[1] == rows[0], "row 2 of \(name).xlsx is the CSV header")
            #expect(book.rows.count == rows.count + 1)
            #expect(book.rows[0][0] == "年份" || book.rows[0][0] == "村编号", "\(book.rows[0])")
        }
        let villages = try Self.csv(out.appendingPathComponent("villages.csv"))
        let header = villages[0]
        #expect(header.last == "township_name", "township_name is the last column")
        let beiwai = try #require(villages.first { $0[header.firstIndex(of: "village_name")!] == "北外村" })
        #expect(beiwai[header.firstIndex(of: "township_code")!] == "511623100000")
        #expect(beiwai[header.firstIndex(of: "township_name")!] == "鼎屏镇")
        let flows = try Self.csv(out.appendingPathComponent("flows.csv"))
        #expect(flows[0] == ["year", "from_village", "to_site", "households", "persons", "from_village_name", "from_township_name", "to_site_name"])
        #expect(flows.count > 1 && flows.dropFirst().allSatisfy { !$0[5].isEmpty && !$0[6].isEmpty && !$0[7].isEmpty }, "every flow has its names")

        let book = try XLSXReader.read([UInt8](try Data(contentsOf: out.appendingPathComponent("villages.xlsx"))), file: "villages.xlsx")
        #expect(Array(book.rows[0].prefix(4)) == ["村编号", "村名", "乡镇代码", "贫困村"])
        #expect(book.rows[0].last == "乡镇名称")
        let code = try #require(book.rows[1].firstIndex(of: "township_code"))
        #expect(book.rows.dropFirst(2).allSatisfy { $0[code].count == 12 && $0[code].allSatisfy(\.isNumber) })
        let sheet = String(decoding: try #require(XLSXReader.part("xl/worksheets/sheet1.xml", of: [UInt8](try Data(contentsOf: out.appendingPathComponent("villages.xlsx"))))), as: UTF8.self)
        #expect(sheet.contains(#"<c r="C3" s="2" t="inlineStr"><is><t xml:space="preserve">511623"#), "township_code is a text cell")

        // The village sheet: one row per village, the years as columns, the same figures as villages.csv.
        let wide = try Self.csv(out.appendingPathComponent("villages-by-year.csv"))
        let villageIDs = Set(villages.dropFirst().map { $0[0] })
        #expect(wide.count == villageIDs.count + 1, "one row per village")
        #expect(wide[0].contains("poor_persons_2015") && wide[0].contains("poor_persons_2020") && wide[0].contains("income_per_capita_2018"))
        let w = try #require(wide.first { $0[1] == "北外村" })
        let year = try #require(header.firstIndex(of: "year")), poor = try #require(header.firstIndex(of: "poor_persons"))
        for y in 2015...2020 {
            let long = try #require(villages.first { $0[header.firstIndex(of: "village_name")!] == "北外村" && $0[year] == "\(y)" })
            #expect(w[wide[0].firstIndex(of: "poor_persons_\(y)")!] == long[poor], "\(y)")
        }
        let wideBook = try XLSXReader.read([UInt8](try Data(contentsOf: out.appendingPathComponent("villages-by-year.xlsx"))), file: "villages-by-year.xlsx")
        #expect(wideBook.rows[0].contains("2018年贫困人口(人)") && wideBook.rows[0].contains("2018年人均可支配收入(元)"))

        // The map reads the BOM'd villages.csv and flows.csv.
        let map = try CLI.run(["map", "--run", out.path, "--theme", "incidence", "--year", "2018", "-o", dir.appendingPathComponent("m.svg").path])
        #expect(map.status == 0, "\(map.stderr)")
        let flowMap = try CLI.run(["map", "--run", out.path, "--theme", "flows", "-o", dir.appendingPathComponent("f.svg").path])
        #expect(flowMap.status == 0, "\(flowMap.stderr)")

        // --no-bom replaces the earlier folder (its .xlsx files included) with BOM-less CSV only.
        let again = try CLI.run(["simulate", "scenarios/baseline.yaml", "--no-bom", "--out", out.path])
        #expect(again.status == 0, "\(again.stderr)")
        for name in ["county", "villages", "flows"] {
            let bytes = [UInt8](try Data(contentsOf: out.appendingPathComponent(name + ".csv")))
            #expect(bytes.starts(with: Array((name == "villages" ? "village_id," : "year,").utf8)), "\(name).csv has no BOM")
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(name + ".xlsx").path))
        }
    }

    @Test func compareWritesEveryTableWithABOMAndAWorkbookBesideEach() throws {
        let dir = try SimulateCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("cmp")
        let r = try CLI.run(["compare", "--runs", "1", "scenarios/baseline.yaml", "scenarios/relocation-optimized.yaml", "--xlsx", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.utf8.starts(with: Self.bom), "standard output gets no BOM")
        let comparison = [UInt8](try Data(contentsOf: out.appendingPathComponent("comparison.csv")))
        #expect(comparison.starts(with: Self.bom + Array("key_figure,".utf8)))
        let book = try XLSXReader.read([UInt8](try Data(contentsOf: out.appendingPathComponent("comparison.xlsx"))), file: "comparison.xlsx")
        // The comparison's columns have no Chinese label (its terminal and Markdown tables show the keys), so both header rows are the keys.
        #expect(book.rows[0] == ["key_figure", "baseline", "relocation-optimized", "diff relocation-optimized"])
        #expect(book.rows[1] == book.rows[0])
        for sub in ["baseline", "relocation-optimized"] {
            for name in ["county", "villages", "flows", "relocation", "sites"] {
                let csv = out.appendingPathComponent(sub).appendingPathComponent(name + ".csv")
                #expect([UInt8](try Data(contentsOf: csv)).starts(with: Self.bom), "\(sub)/\(name).csv")
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(sub).appendingPathComponent(name + ".xlsx").path))
            }
        }
        let relocation = try XLSXReader.read([UInt8](try Data(contentsOf: out.appendingPathComponent("baseline/relocation.xlsx"))), file: "relocation.xlsx")
        #expect(Array(relocation.rows[0].prefix(2)) == ["运行序号", "年份"])
        // Without --out there are no files for --xlsx: a usage error, nothing run.
        let usage = try CLI.run(["compare", "--runs", "1", "scenarios/baseline.yaml", "--xlsx"])
        #expect(usage.status == 64 && usage.stderr.contains("give --out"), "\(usage.stderr)")
        // An earlier compare folder with workbooks is replaceable.
        let again = try CLI.run(["compare", "--runs", "1", "scenarios/baseline.yaml", "scenarios/relocation-optimized.yaml", "--out", out.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("comparison.xlsx").path))
    }

    @Test(.enabled(if: TableOutputTests.hasOpenpyxl, "Python openpyxl is not installed: the optional cross-check with another xlsx reader is skipped"))
    func openpyxlReadsVillagesXLSXWithCodesAsStringsAndNumbersAsNumbers() throws {
        let dir = try SimulateCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("run")
        let r = try CLI.run(["simulate", "scenarios/baseline.yaml", "--xlsx", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let script = """
        import openpyxl, sys
        ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
        h = [c.value for c in ws[2]]
        row = [c for c in ws[3]]
        code, inc, pop = row[h.index("township_code")], row[h.index("income_per_capita")], row[h.index("population")]
        print(ws.title, ws.freeze_panes, ws["A1"].value, ws["C1"].value, type(code.value).__name__, code.number_format,
              type(pop.value).__name__, inc.number_format, ws.cell(1, len(h)).value, sep="|")
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, out.appendingPathComponent("villages.xlsx").path]
        let pipe = Pipe(), err = Pipe()
        p.standardOutput = pipe; p.standardError = err
        try p.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "villages|A3|村编号|乡镇代码|str|@|int|0.00|乡镇名称", "\(text)")
    }

    static let hasOpenpyxl: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import openpyxl"]
        p.standardOutput = FileHandle.nullDevice; p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()
}
