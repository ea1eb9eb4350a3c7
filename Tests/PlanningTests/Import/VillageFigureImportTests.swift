import GIS
import Testing
@testable import Planning

/// The village-figures join on small in-memory layers: values, headers, names, checks.
@Suite struct VillageFigureImportTests {
    static func village(_ id: String, _ name: String, kind: String = "村", township: (String, String) = ("511623102000", "城南镇"),
                        population: Int = 1000, households: Int = 300, poorHouseholds: Int = 20, poorPersons: Int = 60) -> Feature {
        Feature(geometry: nil, properties: [
            "id": .string(id), "name": .string(name), "committee_name": .string(name + "委会"),
            "township_code": .string(township.0), "township_name": .string(township.1), "kind": .string(kind),
            "poor_village": .bool(false), "population": .number(Double(population)), "households": .number(Double(households)),
            "poor_households": .number(Double(poorHouseholds)), "poor_persons": .number(Double(poorPersons)), "source": .string("modelled"),
        ])
    }
    static let layer = FeatureCollection(features: [
        village("511623102000-016", "芭蕉村"), village("511623102000-017", "新桥村"),
        village("511623100000-001", "北街社区", kind: "社区", township: ("511623100000", "鼎屏镇")),
    ])

    static func run(_ rows: [[String]], key: ImportKey = .code, format: TableFileFormat = .csv) throws -> VillageFigureImport.Outcome {
        try VillageFigureImport.run(table: DataTable(file: "t.\(format.rawValue)", format: format, rows: rows), villages: layer,
                                    villagesFile: "villages.geojson", key: key, requireAll: false, sourceName: "t.csv")
    }

    @Test func numbersRefuseHexInfinityNaNNegativesAndFractionsOfPersons() throws {
        let population = try #require(VillageFigureColumn.all.first { $0.key == "population" })
        let income = try #require(VillageFigureColumn.all.first { $0.key == "income_per_capita_2015" })
        func text(_ s: String, _ c: VillageFigureColumn) -> String? {
            if case .failure(let m)? = FigureValue.parse(s, as: c) { return m.text }
            return nil
        }
        #expect(try FigureValue.parse(" 1,234 ", as: population)?.get() == .number(1234))
        #expect(try FigureValue.parse("１２３", as: population)?.get() == .number(123))
        #expect(try FigureValue.parse("7022.5", as: income)?.get() == .number(7022.5))
        #expect(try FigureValue.parse("1.2E3", as: population)?.get() == .number(1200))
        #expect(FigureValue.parse("   ", as: population) == nil, "an empty cell gives no value")
        #expect(text("0x10", population)?.contains("hexadecimal") == true)
        #expect(text("inf", income)?.contains("finite") == true)
        #expect(text("NaN", income)?.contains("finite") == true)
        #expect(text("-3", population)?.contains("negative") == true)
        #expect(text("12.5", population)?.contains("whole number of persons") == true)
        #expect(text("12,34", population)?.contains("expected a number") == true)
    }

    @Test func booleansAcceptChineseEnglishAndDigits() {
        for (s, b) in [("是", true), ("否", false), ("TRUE", true), ("false", false), ("1", true), ("0", false)] {
            #expect(FigureValue.boolean(s) == b, "\(s)")
        }
        #expect(FigureValue.boolean("yes?") == nil)
    }

    @Test func committeeSuffixesAreStrippedToTheLayersNames() {
        #expect(VillageDirectory.normaliseName("芭蕉村委会") == "芭蕉村")
        #expect(VillageDirectory.normaliseName("北街社区居委会") == "北街社区")
        #expect(VillageDirectory.normaliseName("芭蕉村村民委员会") == "芭蕉村")
        #expect(VillageDirectory.normaliseName(" 芭蕉村 ") == "芭蕉村")
    }

    @Test func aSecondHeaderRowOfEnglishKeysIsRecognisedAndDataStartInRow3() throws {
        let o = try Self.run([["村代码", "人口(人)"], ["id", "population"], ["511623102000-016", "1100"]], format: .xlsx)
        #expect(!o.hasErrors, "\(o.problems)")
        #expect(o.importedRows == 1 && o.dataRows == 1)
        #expect(o.villages.features[0][property: "population"] == .number(1100))
        #expect(o.villages.features[0][property: "figure_sources"]?.objectValue?["population"] == .string("imported"))
        #expect(o.villages.features[1][property: "figure_sources"]?.objectValue?["population"] == .string("modelled"))
        #expect(o.villages.features[1][property: "figure_sources_file"] == nil)
    }

    @Test func inconsistentFiguresAreReportedAtTheCellTheRowChanges() throws {
        let o = try Self.run([["id", "poor_persons", "poor_households", "households"],
                              ["511623102000-016", "1001", "", ""],    // more poor than people
                              ["511623102000-017", "10", "", ""],      // fewer poor persons than poor households
                              ["511623100000-001", "", "", "1200"]])  // more households than people
        let errors = o.problems.filter { $0.severity == .error }
        #expect(errors.map(\.row) == [1, 2, 3])
        #expect(errors.map(\.column) == [1, 1, 3])
        #expect(errors[0].message.contains("exceed population 1000"))
        #expect(errors[1].message.contains("fewer than poor households 20"))
        #expect(errors[2].message.contains("households 1200 exceed population 1000"))
        #expect(o.importedRows == 0)
    }

    @Test func aCommunityFlaggedAsPoorVillageIsAProblemButA村IsNot() throws {
        let o = try Self.run([["id", "poor_village"], ["511623100000-001", "是"], ["511623102000-016", "是"]])
        #expect(o.problems.filter { $0.severity == .error }.map(\.row) == [1])
        #expect(o.villages.features[0][property: "poor_village"] == .bool(true))
    }

    @Test func villagesMissingFromTheTableAreAWarningOrWithRequireAllAnError() throws {
        let rows = [["id", "population"], ["511623102000-016", "1001"]]
        let lenient = try Self.run(rows)
        #expect(!lenient.hasErrors)
        #expect(lenient.problems.map(\.severity) == [.warning])
        #expect(lenient.problems[0].message.contains("2 of the 3 villages") && lenient.problems[0].message.contains("新桥村"))
        let strict = try VillageFigureImport.run(table: DataTable(file: "t.csv", format: .csv, rows: rows), villages: Self.layer,
                                                 villagesFile: "villages.geojson", key: .code, requireAll: true, sourceName: "t.csv")
        #expect(strict.hasErrors)
        #expect(strict.problems.map(\.severity) == [.error])
    }

    @Test func aDerivedPropertyColumnIsRefusedWithTheReason() throws {
        let o = try Self.run([["id", "population", "elevation_m"], ["511623102000-016", "1001", "400"]])
        #expect(o.problems.first?.column == 2)
        #expect(o.problems.first?.message.contains("derived by the geodata builder") == true)
        #expect(o.hasErrors)
    }

    @Test func missingKeyColumnsAreFatalAndXLSXPlacesUseColumnLetters() throws {
        let o = try Self.run([["population"], ["1000"]], key: .code, format: .xlsx)
        #expect(o.fatal)
        let n = try Self.run([["township_name", "name", "population"], ["城南镇", "芭蕉", "abc"]], key: .name, format: .xlsx)
        let table = DataTable(file: "t.xlsx", format: .xlsx, rows: [])
        let d = try #require(n.problems.first { $0.severity == .error }).diagnostic(in: table, header: n.header)
        #expect(d.description == "t.xlsx: 2:C (population): error: expected a number, found \"abc\"", "芭蕉 matches 芭蕉村 without its 村")
    }
}
