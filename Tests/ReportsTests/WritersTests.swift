import Testing
import Reports

/// Every writer reads the same columns: names, labels, decimals and missing values are
/// decided once, in the column.
@Suite struct WritersTests {
    struct Village { var id: String; var name: String; var incidence: Double; var poor: Bool; var exitYear: Int? }

    static var table: Table<Village> { Table(columns: [
        .text("village_id", label: "村编号") { $0.id },
        .text("village_name", label: "村名") { $0.name },
        .number("incidence", label: "贫困发生率", unit: "fraction", decimals: 3) { $0.incidence },
        .flag("poor_village") { $0.poor },
        Column("exit_year") { v in v.exitYear.map { .integer($0) } ?? .missing(shown: "—") },
    ], rows: [
        Village(id: "A-001", name: "Hill, upper", incidence: 0.12345, poor: true, exitYear: 2018),
        Village(id: "A-002", name: "Say \"river\"", incidence: -0.0001, poor: false, exitYear: nil),
    ]) }

    @Test func csvHasColumnNamesQuotedFieldsAndFixedDecimals() {
        #expect(CSVWriter.render(Self.table) == [
            "village_id,village_name,incidence,poor_village,exit_year",
            "A-001,\"Hill, upper\",0.123,1,2018",
            "A-002,\"Say \"\"river\"\"\",0.000,0,—",
        ].joined(separator: "\n") + "\n")
    }

    @Test func jsonHasColumnNamesAsKeysAndNullForMissingValues() {
        #expect(JSONWriter.objects(Self.table) == [
            "{\"village_id\": \"A-001\", \"village_name\": \"Hill, upper\", \"incidence\": 0.123, \"poor_village\": true, \"exit_year\": 2018}",
            "{\"village_id\": \"A-002\", \"village_name\": \"Say \\\"river\\\"\", \"incidence\": 0.000, \"poor_village\": false, \"exit_year\": null}",
        ])
        #expect(JSONWriter.value(.number(.nan, decimals: 2)) == "null")
        #expect(JSONWriter.string("a\u{1}\n") == "\"a\\u0001\\n\"")
    }

    @Test func textTablesShowLabelsAlignedAsTheColumnsSay() {
        func spaces(_ n: Int) -> String { String(repeating: " ", count: n) }
        // Widths 5, 11, 5, 12, 9 (characters); text left, numbers right; "  " between.
        #expect(PlainTextWriter.render(Self.table) == [
            "村编号" + spaces(2) + "  村名" + spaces(9) + "  贫困发生率  poor_village  exit_year",
            "A-001  Hill, upper  0.123  " + spaces(11) + "1  " + spaces(5) + "2018",
            "A-002  Say \"river\"  0.000  " + spaces(11) + "0  " + spaces(8) + "—",
        ].joined(separator: "\n") + "\n")
        #expect(MarkdownWriter.render(Self.table).hasPrefix("| 村编号 | 村名 | 贫困发生率 | poor_village | exit_year |\n| --- | ---: | ---: | ---: | ---: |\n| A-001 | Hill, upper | 0.123 | 1 | 2018 |\n"))
    }

    @Test func columnsCarryTheirUnitAndDecimalsForLaterWriters() {
        let incidence = Self.table.columns[2]
        #expect(incidence.name == "incidence" && incidence.label == "贫困发生率")
        #expect(incidence.unit == "fraction" && incidence.decimals == 3)
        #expect(Self.table.columns[3].label == "poor_village", "the label defaults to the name")
    }

    @Test func aNumberColumnWritesANonFiniteValueAsZero() {
        let t = Table<Double>(columns: [.number("x", decimals: 2) { $0 }], rows: [.infinity, 0.125, -1.5])
        #expect(CSVWriter.render(t) == "x\n0.00\n0.13\n-1.50\n")
    }
}
