/// A stacked bar chart: in each category one bar made of the series' values on top of
/// each other (in series order, the first at the bottom), the total written above.
/// Negative and missing values count as 0 in a stack.
public struct StackedBarChart: Sendable {
    public var frame: ChartFrame
    public var series: [ChartSeries]
    /// Decimals of the totals above the bars; nil for none.
    public var totalDecimals: Int?

    public init(frame: ChartFrame, series: [ChartSeries], totalDecimals: Int? = 0) {
        self.frame = frame; self.series = series; self.totalDecimals = totalDecimals
    }

    /// The total of category `i`.
    public func total(_ i: Int) -> Double { series.reduce(0) { $0 + max($1.value(i) ?? 0, 0) } }

    /// The chart as an `<svg>` element.
    public func render() -> SVGElement {
        let totals = frame.categories.indices.map(total)
        let canvas = ChartCanvas(frame: frame, values: totals, legend: series.map { (name: $0.name, color: $0.color, band: false) })
        let width = canvas.slot * 0.62
        var plot: [SVGElement] = []
        var base = Array(repeating: 0.0, count: frame.categories.count)
        for (k, s) in series.enumerated() {
            var g = SVGElement("g", [("class", "series"), ("data-series", String(k))])
            for i in frame.categories.indices {
                let v = max(s.value(i) ?? 0, 0)
                guard v > 0 else { continue }
                let y0 = canvas.y(base[i] + v), y1 = canvas.y(base[i])
                g.append(SVGElement("rect", [("class", "bar"), ("x", ChartCanvas.n(canvas.x(i) - width / 2)), ("y", ChartCanvas.n(y0)),
                                             ("width", ChartCanvas.n(width)), ("height", ChartCanvas.n(max(y1 - y0, 0))), ("fill", s.color),
                                             ("stroke", "#ffffff"), ("stroke-width", "0.6")]))
                base[i] += v
            }
            plot.append(g)
        }
        if let d = totalDecimals {
            var g = SVGElement("g", [("class", "totals")])
            for i in frame.categories.indices where totals[i] > 0 {
                g.append(canvas.text(SVGText.number(totals[i], decimals: d), x: canvas.x(i), y: canvas.y(totals[i]) - 4, size: 10.5, anchor: "middle", fill: "#333333", halo: true))
            }
            plot.append(g)
        }
        return canvas.render(plot: plot)
    }
}
