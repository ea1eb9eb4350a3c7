import Foundation
@testable import GIS
import Testing
@testable import Reports

/// The run tables as xlsx: Chinese headers in row 1, English keys in row 2, codes as
/// text, numbers as numbers with the column's decimals, read back by the project's own
/// xlsx reader (the one `geodata import` uses).
@Suite struct XLSXTableWriterTests {
    struct Row { var code: String, persons: Int, income: Double, poor: Bool, exitYear: Int? }

    static var table: Table<Row> { Table<Row>(columns: [
        .text("township_code", label: "乡镇代码") { $0.code },
        .integer("population", label: "人口(人)", unit: "persons") { $0.persons },
        .number("income_per_capita", label: "人均可支配收入(元)", unit: "yuan/person/year", decimals: 2) { $0.income },
        .flag("poor_village") { $0.poor },
        Column("exit_year", label: "退出年份") { r in r.exitYear.map { .integer($0) } ?? .missing(shown: "never") },
    ], rows: [
        Row(code: "511623100000", persons: 1104, income: 11658, poor: false, exitYear: 2018),
        Row(code: "511623102000", persons: 873, income: 2345.675, poor: true, exitYear: nil),
    ]) }

    @Test func theWorkbookReadsBackWithChineseHeadersEnglishKeysAndCodesAsText() throws {
        let bytes = try XLSXTableWriter.render(Self.table, sheetName: "villages")
        let read = try XLSXReader.read(bytes, file: "villages.xlsx")
        #expect(read.sheet == "villages")
        #expect(read.rows[0] == ["乡镇代码", "人口(人)", "人均可支配收入(元)", "poor_village", "退出年份"], "label, else the name")
        #expect(read.rows[1] == ["township_code", "population", "income_per_capita", "poor_village", "exit_year"])
        // The stored numbers are the CSV's (rounded to the column's decimals), not rescaled.
        #expect(read.rows[2] == ["511623100000", "1104", "11658", "0", "2018"])
        #expect(read.rows[3] == ["511623102000", "873", "2345.68", "1", "never"])
        let sheet = String(decoding: try #require(XLSXReader.part("xl/worksheets/sheet1.xml", of: bytes)), as: UTF8.self)
        // A code is an inline string in a text-formatted cell (style 2), never a number.
        #expect(sheet.contains(#"<c r="A3" s="2" t="inlineStr"><is><t xml:space="preserve">511623100000</t>"#), "\(sheet)")
        // Both header rows frozen.
        #expect(sheet.contains(#"<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>"#))
        // Numbers carry the column's decimals as number format: 0 → style 3, 2 → style 4.
        #expect(sheet.contains(#"<c r="B3" s="3"><v>1104</v></c>"#), "\(sheet)")
        #expect(sheet.contains(#"<c r="C4" s="4"><v>2345.68</v></c>"#), "\(sheet)")
        let styles = String(decoding: try #require(XLSXReader.part("xl/styles.xml", of: bytes)), as: UTF8.self)
        #expect(styles.contains(#"<numFmt numFmtId="164" formatCode="0"/><numFmt numFmtId="165" formatCode="0.00"/>"#), "\(styles)")
        #expect(styles.contains(#"<cellXfs count="5">"#))
    }

    @Test func theSameTableGivesByteIdenticalWorkbooks() throws {
        #expect(try XLSXTableWriter.render(Self.table, sheetName: "villages") == XLSXTableWriter.render(Self.table, sheetName: "villages"))
    }

    @Test func aCSVStartsWithTheByteOrderMarkUnlessAskedNotTo() throws {
        let with = try RunFiles.tableFiles(Self.table, name: "villages", options: .init())
        #expect(with.map(\.name) == ["villages.csv"])
        #expect(with[0].bytes.starts(with: [0xEF, 0xBB, 0xBF, UInt8(ascii: "t")]))
        let without = try RunFiles.tableFiles(Self.table, name: "villages", options: .init(byteOrderMark: false, xlsx: true))
        #expect(without.map(\.name) == ["villages.csv", "villages.xlsx"])
        #expect(without[0].bytes.starts(with: Array("township_code,".utf8)))
        #expect(with[0].bytes.dropFirst(3).elementsEqual(without[0].bytes), "the BOM is the only difference")
    }
}
