/// A line chart over categories: one polyline per series with a marker at each value,
/// and, for a series with a band, the band drawn as a translucent fan behind its line
/// (e.g. the P10–P90 of an ensemble around the P50). Values are drawn as given.
public struct LineChart: Sendable {
    public var frame: ChartFrame
    public var series: [ChartSeries]
    /// The band's legend text (e.g. "P10–P90"), appended to the name of a series with a band.
    public var bandLabel: String

    public init(frame: ChartFrame, series: [ChartSeries], bandLabel: String = "P10–P90") {
        self.frame = frame; self.series = series; self.bandLabel = bandLabel
    }

    /// The chart as an `<svg>` element (scales to its container's width).
    public func render() -> SVGElement {
        let all = series.flatMap { s in frame.categories.indices.flatMap { [s.value($0), s.lowValue($0), s.highValue($0)].compactMap { $0 } } }
        let legend = series.map { s in (name: hasBand(s) ? "\(s.name) (\(bandLabel))" : s.name, color: s.color, band: hasBand(s)) }
        let canvas = ChartCanvas(frame: frame, values: all, legend: legend)
        var plot: [SVGElement] = []
        for (k, s) in series.enumerated() {
            var g = SVGElement("g", [("class", "series"), ("data-series", String(k))])
            if hasBand(s) {
                let idx = frame.categories.indices.filter { s.lowValue($0) != nil && s.highValue($0) != nil }
                if idx.count >= 2 {
                    var d = ""
                    for (j, i) in idx.enumerated() { d += (j == 0 ? "M" : "L") + ChartCanvas.n(canvas.x(i)) + " " + ChartCanvas.n(canvas.y(s.highValue(i)!)) }
                    for i in idx.reversed() { d += "L" + ChartCanvas.n(canvas.x(i)) + " " + ChartCanvas.n(canvas.y(s.lowValue(i)!)) }
                    g.append(SVGElement("path", [("class", "fan"), ("d", d + "Z"), ("fill", s.color), ("fill-opacity", "0.22"), ("stroke", "none")]))
                }
            }
            let points = frame.categories.indices.compactMap { i in s.value(i).map { (canvas.x(i), canvas.y($0)) } }
            if points.count >= 2 {
                let d = points.enumerated().map { ($0.offset == 0 ? "M" : "L") + ChartCanvas.n($0.element.0) + " " + ChartCanvas.n($0.element.1) }.joined()
                g.append(SVGElement("path", [("class", "line"), ("d", d), ("fill", "none"), ("stroke", s.color), ("stroke-width", "2.2"), ("stroke-linejoin", "round")]))
            }
            for p in points {
                g.append(SVGElement("circle", [("cx", ChartCanvas.n(p.0)), ("cy", ChartCanvas.n(p.1)), ("r", "3.2"), ("fill", s.color)]))
            }
            plot.append(g)
        }
        return canvas.render(plot: plot)
    }

    func hasBand(_ s: ChartSeries) -> Bool { frame.categories.indices.contains { s.lowValue($0) != nil && s.highValue($0) != nil } }
}
