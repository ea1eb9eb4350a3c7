/// A bar chart over categories: one bar per series in each category (side by side when
/// there are several), with a whisker from the band's low to high edge where the series
/// has one (e.g. P10–P90), and the value written above each bar.
public struct BarChart: Sendable {
    public var frame: ChartFrame
    public var series: [ChartSeries]
    /// Decimals of the value labels above the bars; nil for no labels.
    public var valueDecimals: Int?

    public init(frame: ChartFrame, series: [ChartSeries], valueDecimals: Int? = 0) {
        self.frame = frame; self.series = series; self.valueDecimals = valueDecimals
    }

    /// The chart as an `<svg>` element.
    public func render() -> SVGElement {
        let all = series.flatMap { s in frame.categories.indices.flatMap { [s.value($0), s.lowValue($0), s.highValue($0)].compactMap { $0 } } }
        let legend = series.count > 1 || series.contains(where: hasBand)
            ? series.map { (name: $0.name + (hasBand($0) ? " (P10–P90)" : ""), color: $0.color, band: false) } : []
        let canvas = ChartCanvas(frame: frame, values: all, legend: legend)
        let groupWidth = canvas.slot * 0.7
        let barWidth = groupWidth / Double(max(series.count, 1))
        var plot: [SVGElement] = []
        for (k, s) in series.enumerated() {
            var g = SVGElement("g", [("class", "series"), ("data-series", String(k))])
            for i in frame.categories.indices {
                guard let v = s.value(i) else { continue }
                let x0 = canvas.x(i) - groupWidth / 2 + barWidth * Double(k)
                let y0 = canvas.y(max(v, 0)), y1 = canvas.y(min(v, 0))
                g.append(SVGElement("rect", [("class", "bar"), ("x", ChartCanvas.n(x0 + barWidth * 0.06)), ("y", ChartCanvas.n(y0)),
                                             ("width", ChartCanvas.n(barWidth * 0.88)), ("height", ChartCanvas.n(max(y1 - y0, 0))), ("fill", s.color)]))
                let cx = x0 + barWidth / 2
                var labelY = y0 - 4
                if let lo = s.lowValue(i), let hi = s.highValue(i) {
                    let ylo = canvas.y(lo), yhi = canvas.y(hi)
                    g.append(SVGElement("path", [("class", "whisker"), ("d", "M\(ChartCanvas.n(cx)) \(ChartCanvas.n(ylo))L\(ChartCanvas.n(cx)) \(ChartCanvas.n(yhi))M\(ChartCanvas.n(cx - 4)) \(ChartCanvas.n(ylo))L\(ChartCanvas.n(cx + 4)) \(ChartCanvas.n(ylo))M\(ChartCanvas.n(cx - 4)) \(ChartCanvas.n(yhi))L\(ChartCanvas.n(cx + 4)) \(ChartCanvas.n(yhi))"),
                                                 ("stroke", "#222222"), ("stroke-width", "1.2"), ("fill", "none")]))
                    labelY = min(labelY, yhi - 4)
                }
                if let d = valueDecimals {
                    g.append(canvas.text(SVGText.number(v, decimals: d), x: cx, y: labelY, size: series.count > 2 ? 9 : 10.5, anchor: "middle", fill: "#333333", halo: true))
                }
            }
            plot.append(g)
        }
        return canvas.render(plot: plot)
    }

    func hasBand(_ s: ChartSeries) -> Bool { frame.categories.indices.contains { s.lowValue($0) != nil && s.highValue($0) != nil } }
}
