import Testing
import Reports
import Simulation

@Suite struct NarrowComparisonTableTests {
    static func width(_ s: Substring) -> Int { DisplayWidth.of(String(s)) }

    @Test func displayWidthCountsCJKTwice() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("邻水县") == 6)
        #expect(DisplayWidth.of("差值 diff") == 9)
        #expect(DisplayWidth.pad("县", to: 4, left: false) == "  县")
    }

    @Test func manyScenariosWithChineseNamesFitIn120ColumnsAligned() {
        let names = ["基线 baseline", "搬迁集中安置", "搬迁分散安置", "旅游扶贫加强", "产业优先方案", "无搬迁", "预算削减三成"]
        func run(_ k: Int, _ r: Int) -> [KeyFigure] {
            [KeyFigure("assignment_objective_yuan_equivalent_per_person_moved", Double(1000 + 10 * k + r), .lower),
             KeyFigure("cost_yuan_total", 1.6e9 + Double(k) * 1e7, .lower),
             KeyFigure("county_exit_year", Double(2018 + k % 2), .lower)]
        }
        let c = ScenarioComparison(scenarios: names, runs: names.indices.map { k in (0..<5).map { run(k, $0) } }, seed: 1, endYear: 2020)
        let text = NarrowComparisonTable.render(c)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { Self.width($0) <= 120 }, "\(text)")
        // Split into blocks, each starting with the reference.
        let headers = lines.filter { $0.hasPrefix("key figure 关键指标") }
        #expect(headers.count >= 2)
        #expect(headers.allSatisfy { $0.contains("基线 baseline") })
        for name in names { #expect(headers.contains { $0.contains(name) }) }
        // Right-aligned by display width: in a block, every row ends at the header's width.
        let first = lines.prefix { !$0.isEmpty }
        let end = Self.width(first[0])
        for line in first.dropFirst() where line.hasPrefix("cost_yuan_total") || line.hasPrefix("  P10–P90") {
            #expect(Self.width(line) == end, "\(line)")
        }
        #expect(text.contains("16.00亿"))
        #expect(text.contains("reference 参照: 基线 baseline"))
        #expect(text.contains("5 runs on common random numbers"))
    }

    @Test func oneRunSaysTheDifferencesAreOneDraw() {
        let c = ScenarioComparison(scenarios: ["a", "b"], runs: [[[KeyFigure("relocated_persons", 3, .neither)]], [[KeyFigure("relocated_persons", 5, .neither)]]], seed: 1)
        let text = NarrowComparisonTable.render(c)
        #expect(text.contains("  差值 diff") && text.contains("+2"))
        #expect(!text.contains("P10–P90"))
        #expect(text.contains("note: one run: the differences are one draw of chance"))
    }
}
