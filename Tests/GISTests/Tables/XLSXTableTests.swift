import Foundation
import Testing
@testable import GIS

/// The xlsx writer and reader: a workbook the project writes reads back with its text,
/// codes and numbers intact, and (when Python's openpyxl is installed) opens in openpyxl.
@Suite struct XLSXTableTests {
    static let rows: [[XLSXWriter.Cell]] = [
        [.text("村代码"), .text("乡镇代码"), .text("村(社区)"), .text("人口(人)"), .text("备注")],
        [.text("id"), .text("township_code"), .text("name"), .text("population"), .text("note")],
        [.text("511623100000-007"), .text("511623100000"), .text("芭蕉村"), .number(1234), .text("a < b & \"c\"")],
        [.text("511623102000-016"), .text("511623102000"), .text("北街社区"), .number(0.5), .empty],
    ]

    @Test func columnLettersFollowTheSpreadsheetConvention() {
        #expect(DataTable.columnLetters(0) == "A")
        #expect(DataTable.columnLetters(25) == "Z")
        #expect(DataTable.columnLetters(26) == "AA")
        #expect(DataTable.columnLetters(701) == "ZZ")
        #expect(DataTable.columnIndex(letters: "AB") == 27)
    }

    @Test func aWorkbookTheProjectWritesReadsBackWithCodesAsTextAndChineseHeadersIntact() throws {
        let bytes = try XLSXWriter.workbook(sheetName: "villages", rows: Self.rows, headerRows: 2)
        let table = try XLSXReader.read(bytes, file: "v.xlsx")
        #expect(table.sheet == "villages")
        #expect(table.rows[0] == ["村代码", "乡镇代码", "村(社区)", "人口(人)", "备注"])
        #expect(table.rows[2] == ["511623100000-007", "511623100000", "芭蕉村", "1234", "a < b & \"c\""])
        #expect(table.rows[3] == ["511623102000-016", "511623102000", "北街社区", "0.5"])
        #expect(table.place(row: 2, column: 3) == "3:D")
        // The code cell is an inline string in a text-formatted cell, never a number.
        let sheet = String(decoding: try #require(XLSXReader.part("xl/worksheets/sheet1.xml", of: bytes)), as: UTF8.self)
        #expect(sheet.contains(#"<c r="B3" s="2" t="inlineStr"><is><t xml:space="preserve">511623100000</t>"#))
    }

    @Test func theSameRowsGiveByteIdenticalWorkbooks() throws {
        let a = try XLSXWriter.workbook(sheetName: "villages", rows: Self.rows, headerRows: 2)
        let b = try XLSXWriter.workbook(sheetName: "villages", rows: Self.rows, headerRows: 2)
        #expect(a == b)
    }

    @Test func aMissingSheetNamesTheSheetsThereAre() throws {
        let bytes = try XLSXWriter.workbook(sheetName: "villages", rows: Self.rows)
        let error = #expect(throws: GISError.self) { try XLSXReader.read(bytes, file: "v.xlsx", sheet: "figures") }
        #expect(error?.description.contains("\"villages\"") == true)
    }

    @Test(.enabled(if: Python.hasOpenpyxl, "Python openpyxl is not installed: the optional cross-check with another xlsx reader is skipped"))
    func openpyxlReadsTheWorkbookWithCodesAsStrings() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("v.xlsx")
        try Data(try XLSXWriter.workbook(sheetName: "villages", rows: Self.rows, headerRows: 2)).write(to: file)
        let script = """
        import openpyxl, sys
        ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
        print(ws.title, ws["A1"].value, type(ws["B3"].value).__name__, ws["B3"].value, ws["D3"].value, ws["D4"].value, ws["E3"].value, sep="|")
        """
        let out = try Python.run(script, arguments: [file.path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "villages|村代码|str|511623100000|1234|0.5|a < b & \"c\"")
    }
    @Test(.enabled(if: Python.hasOpenpyxl, "Python openpyxl is not installed: the optional check of a workbook written by another program is skipped"))
    func aWorkbookWrittenByOpenpyxlWithSharedStringsReadsBack() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("op.xlsx")
        let script = """
        import openpyxl, sys
        wb = openpyxl.Workbook(); ws = wb.active; ws.title = "说明"; ws["A1"] = "notes"
        ws2 = wb.create_sheet("建档立卡")
        ws2.append(["乡镇", "村(社区)", "建档立卡贫困人口(人)", "通宽带"])
        ws2.append(["城南镇", "芭蕉村委会", 200, True])
        ws2["F4"] = "far & away"
        wb.save(sys.argv[1])
        """
        let made = try Python.run(script, arguments: [file.path])
        try #require(made.status == 0, "\(made.stderr)")
        let bytes = [UInt8](try Data(contentsOf: file))
        let table = try XLSXReader.read(bytes, file: "op.xlsx", sheet: "建档立卡")
        #expect(table.rows[0] == ["乡镇", "村(社区)", "建档立卡贫困人口(人)", "通宽带"])
        #expect(table.rows[1] == ["城南镇", "芭蕉村委会", "200", "TRUE"])
        #expect(table.rows[3] == ["", "", "", "", "", "far & away"])
        #expect(try XLSXReader.read(bytes, file: "op.xlsx").rows == [["notes"]], "the first sheet by default")
    }
}

/// Runs Python 3 for optional cross-checks; the tests never need it.
enum Python {
    static let hasOpenpyxl: Bool = (try? run("import openpyxl", arguments: []).status) == 0

    static func run(_ script: String, arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}
