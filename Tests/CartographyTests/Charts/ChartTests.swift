import Cartography
import TestSupport
import Testing

/// The generic charts: series in, well-formed SVG out, with the parts a reader relies on.
struct ChartTests {
    let frame = ChartFrame(id: "chart-x", title: "Poor persons 贫困人口", categories: ["2015", "2016", "2017"], yLabel: "persons",
                           referenceLines: [ChartReferenceLine(value: 3, label: "threshold 3 %")])

    func elements(_ e: SVGElement, named name: String) -> [SVGElement] { e.descendants().filter { $0.name == name } }

    @Test func aLineChartDrawsTheFanBehindTheLineAndTheReferenceLine() throws {
        let s = ChartSeries(name: "P50", values: [10, 8, nil], low: [9, 7, nil], high: [11, 9.5, nil], color: "#c0392b")
        let svg = LineChart(frame: frame, series: [s]).render()
        #expect(svg.attribute("id") == "chart-x")
        let paths = elements(svg, named: "path")
        #expect(paths.filter { $0.attribute("class") == "fan" }.count == 1)
        #expect(paths.filter { $0.attribute("class") == "line" }.count == 1)
        // One marker per value; the missing 2017 value draws none.
        #expect(elements(svg, named: "circle").count == 2)
        #expect(SVGWriter.fragment(svg).contains("threshold 3 %"))
        #expect(try WellFormedXML.problem(SVGWriter.bytes(svg)) == nil)
    }

    @Test func aStackedBarChartStacksEverySeriesAndWritesTheTotal() throws {
        let a = ChartSeries(name: "a", values: [1, 2, 0], color: "#111111"), b = ChartSeries(name: "b", values: [3, nil, 4], color: "#222222")
        let chart = StackedBarChart(frame: frame, series: [a, b])
        #expect(chart.total(0) == 4 && chart.total(1) == 2 && chart.total(2) == 4)
        let svg = chart.render()
        // Zero and missing values draw no rectangle: 1+3, 2, 4.
        #expect(elements(svg, named: "rect").filter { $0.attribute("class") == "bar" }.count == 4)
        let text = SVGWriter.fragment(svg)
        #expect(!text.hasPrefix("<?xml") && text.hasPrefix("<svg"))
        #expect(try WellFormedXML.problem(SVGWriter.bytes(svg)) == nil)
    }

    @Test func barsCarryWhiskersOnlyWhereTheSeriesHasABand() {
        let s = ChartSeries(name: "lifted out", values: [5, 6, 7], low: [4, nil, 6], high: [6, nil, 8], color: "#2e86c1")
        let svg = BarChart(frame: frame, series: [s]).render()
        #expect(elements(svg, named: "path").filter { $0.attribute("class") == "whisker" }.count == 2)
        #expect(elements(svg, named: "rect").filter { $0.attribute("class") == "bar" }.count == 3)
    }

    @Test func inlineMapsGetUniqueIDsAndTheirReferencesFollow() {
        var root = SVGElement("svg", [("id", "benkang-map")])
        var defs = SVGElement("defs")
        defs.append(SVGElement("clipPath", [("id", "frame-clip")]))
        root.append(defs)
        root.append(SVGElement("g", [("id", "villages"), ("clip-path", "url(#frame-clip)")]))
        root.append(SVGElement("use", [("href", "#frame-clip")]))
        let e = root.withUniqueIDs(prefix: "map-a-", rootID: "map-a")
        let text = SVGWriter.fragment(e)
        #expect(e.attribute("id") == "map-a")
        #expect(text.contains("id=\"map-a-frame-clip\"") && text.contains("url(#map-a-frame-clip)") && text.contains("href=\"#map-a-frame-clip\""))
        #expect(text.contains("id=\"map-a-villages\"") && !text.contains("\"frame-clip\""))
    }
}
