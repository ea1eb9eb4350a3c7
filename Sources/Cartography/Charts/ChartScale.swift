import GIS

/// A linear y scale from 0 (or the data's least value when negative) to a "nice" top,
/// with round tick values (1, 2 or 5 × 10ⁿ apart).
struct ChartScale {
    var minimum: Double
    var maximum: Double
    var ticks: [Double]

    /// A scale holding every value of `values` (and 0), with about `tickCount` ticks.
    init(values: [Double], tickCount: Int = 5) {
        let finite = values.filter(\.isFinite)
        var lo = min(0, finite.min() ?? 0)
        var hi = max(0, finite.max() ?? 0)
        if hi - lo <= 0 { hi = lo + 1 }
        let step = Self.niceStep((hi - lo) / Double(max(tickCount, 1)))
        lo = (lo / step).rounded(.down) * step
        hi = (hi / step).rounded(.up) * step
        minimum = lo; maximum = hi
        var t: [Double] = []
        var v = lo
        while v <= hi + step / 2 && t.count < 50 { t.append(abs(v) < step * 1e-9 ? 0 : v); v += step }
        ticks = t
    }

    /// 1, 2 or 5 × 10ⁿ, the least not below `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        var p = 1.0
        while p * 10 <= raw { p *= 10 }
        while p > raw { p /= 10 }
        for m in [1.0, 2, 5, 10] where p * m >= raw { return p * m }
        return p * 10
    }

    /// The y position of `v` in a plot from `top` to `bottom`.
    func y(_ v: Double, top: Double, bottom: Double) -> Double {
        bottom - (v - minimum) / (maximum - minimum) * (bottom - top)
    }
}

/// The parts every chart draws the same way: the root element, title, axes, grid,
/// tick labels, legend and reference lines. Positions are user units of the viewBox.
struct ChartCanvas {
    let frame: ChartFrame
    let scale: ChartScale
    let left = 64.0, right = 16.0, top = 48.0
    var bottom: Double
    var legend: [(name: String, color: String, band: Bool)]

    init(frame: ChartFrame, values: [Double], legend: [(name: String, color: String, band: Bool)]) {
        self.frame = frame
        scale = ChartScale(values: values + frame.referenceLines.map(\.value))
        self.legend = legend
        let slot = (frame.width - 80) / Double(max(frame.categories.count, 1))
        let widest = frame.categories.map { TextWidth.estimate($0, size: 11) }.max() ?? 0
        rotateLabels = widest > slot * 0.95
        let labelDepth = rotateLabels ? widest * 0.5 + 8 : 0
        bottom = frame.height - 44 - labelDepth - (legend.isEmpty ? 0 : 18 * Double(Self.legendRows(legend, width: frame.width)))
    }

    /// Category labels too wide for their slot are drawn slanted (30°).
    var rotateLabels: Bool

    var plotLeft: Double { left }
    var plotRight: Double { frame.width - right }
    var plotWidth: Double { plotRight - plotLeft }
    /// The centre x of category `i` of `n`.
    func x(_ i: Int) -> Double {
        let n = max(frame.categories.count, 1)
        return plotLeft + plotWidth * (Double(i) + 0.5) / Double(n)
    }
    /// The width of one category's slot.
    var slot: Double { plotWidth / Double(max(frame.categories.count, 1)) }
    func y(_ v: Double) -> Double { scale.y(v, top: top, bottom: bottom) }

    static func n(_ v: Double) -> String { FixedDecimal.string(v, decimals: 2) }

    static func legendRows(_ legend: [(name: String, color: String, band: Bool)], width: Double) -> Int {
        var rows = 1, x = 64.0
        for item in legend {
            let w = 28 + TextWidth.estimate(item.name, size: 11)
            if x + w > width - 16 && x > 64 { rows += 1; x = 64 }
            x += w
        }
        return rows
    }

    /// The root `<svg>` with the title, grid, axes and tick labels; `plot` goes between
    /// the grid and the axes, the legend and reference lines after it.
    func render(plot: [SVGElement]) -> SVGElement {
        var root = SVGElement("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("id", frame.id), ("class", "chart"),
            ("viewBox", "0 0 \(Self.n(frame.width)) \(Self.n(frame.height))"),
            ("font-family", SVGText.fontFamily), ("role", "img"),
        ])
        root.append(SVGElement("title", children: [.text(frame.title)]))
        root.append(SVGElement("rect", [("x", "0"), ("y", "0"), ("width", Self.n(frame.width)), ("height", Self.n(frame.height)), ("fill", "#ffffff")]))
        root.append(text(frame.title, x: plotLeft, y: 18, size: 13, weight: "bold"))
        var grid = SVGElement("g", [("class", "grid"), ("stroke", "#e3e3e3"), ("stroke-width", "1")])
        var tickLabels = SVGElement("g", [("class", "y-ticks"), ("font-size", "11"), ("fill", "#444444"), ("text-anchor", "end")])
        for t in scale.ticks {
            let yy = y(t)
            grid.append(SVGElement("line", [("x1", Self.n(plotLeft)), ("y1", Self.n(yy)), ("x2", Self.n(plotRight)), ("y2", Self.n(yy))]))
            tickLabels.append(SVGElement("text", [("x", Self.n(plotLeft - 6)), ("y", Self.n(yy + 4))],
                                         children: [.text(SVGText.number(t, decimals: frame.yDecimals))]))
        }
        root.append(grid)
        for p in plot { root.append(p) }
        var axes = SVGElement("g", [("class", "axes"), ("stroke", "#333333"), ("stroke-width", "1")])
        axes.append(SVGElement("line", [("x1", Self.n(plotLeft)), ("y1", Self.n(y(scale.minimum))), ("x2", Self.n(plotRight)), ("y2", Self.n(y(scale.minimum)))]))
        axes.append(SVGElement("line", [("x1", Self.n(plotLeft)), ("y1", Self.n(top)), ("x2", Self.n(plotLeft)), ("y2", Self.n(bottom))]))
        root.append(axes)
        if scale.minimum < 0 {
            root.append(SVGElement("line", [("x1", Self.n(plotLeft)), ("y1", Self.n(y(0))), ("x2", Self.n(plotRight)), ("y2", Self.n(y(0))),
                                            ("stroke", "#333333"), ("stroke-width", "0.8")]))
        }
        root.append(tickLabels)
        var xLabels = SVGElement("g", [("class", "x-ticks"), ("font-size", "11"), ("fill", "#444444"), ("text-anchor", "middle")])
        for (i, c) in frame.categories.enumerated() {
            if rotateLabels {
                xLabels.append(SVGElement("text", [("x", Self.n(x(i))), ("y", Self.n(bottom + 14)), ("text-anchor", "end"),
                                                   ("transform", "rotate(-30 \(Self.n(x(i))) \(Self.n(bottom + 14)))")], children: [.text(c)]))
            } else {
                xLabels.append(SVGElement("text", [("x", Self.n(x(i))), ("y", Self.n(bottom + 16))], children: [.text(c)]))
            }
        }
        root.append(xLabels)
        root.append(SVGElement("text", [("class", "y-label"), ("x", Self.n(plotLeft - 56)), ("y", Self.n(top - 12)), ("font-size", "11"), ("fill", "#444444")],
                               children: [.text(frame.yLabel)]))
        var refs = SVGElement("g", [("class", "reference-lines")])
        for r in frame.referenceLines {
            let yy = y(r.value)
            refs.append(SVGElement("line", [("x1", Self.n(plotLeft)), ("y1", Self.n(yy)), ("x2", Self.n(plotRight)), ("y2", Self.n(yy)),
                                            ("stroke", r.color), ("stroke-width", "1.5"), ("stroke-dasharray", "6 4")]))
            refs.append(text(r.label, x: plotLeft + 6, y: yy - 5, size: 11, fill: r.color, halo: true))
        }
        root.append(refs)
        if !legend.isEmpty { root.append(legendGroup()) }
        return root
    }

    func legendGroup() -> SVGElement {
        var g = SVGElement("g", [("class", "legend"), ("font-size", "11"), ("fill", "#333333")])
        var x = plotLeft, yy = frame.height - 10 - 18 * Double(Self.legendRows(legend, width: frame.width) - 1)
        for item in legend {
            let w = 28 + TextWidth.estimate(item.name, size: 11)
            if x + w > frame.width - 16 && x > plotLeft { x = plotLeft; yy += 18 }
            if item.band {
                g.append(SVGElement("rect", [("x", Self.n(x)), ("y", Self.n(yy - 9)), ("width", "18"), ("height", "10"), ("fill", item.color), ("fill-opacity", "0.25")]))
                g.append(SVGElement("line", [("x1", Self.n(x)), ("y1", Self.n(yy - 4)), ("x2", Self.n(x + 18)), ("y2", Self.n(yy - 4)), ("stroke", item.color), ("stroke-width", "2")]))
            } else {
                g.append(SVGElement("rect", [("x", Self.n(x)), ("y", Self.n(yy - 9)), ("width", "18"), ("height", "10"), ("fill", item.color)]))
            }
            g.append(SVGElement("text", [("x", Self.n(x + 22)), ("y", Self.n(yy))], children: [.text(item.name)]))
            x += w
        }
        return g
    }

    func text(_ s: String, x: Double, y: Double, size: Double, anchor: String? = nil, weight: String? = nil,
              fill: String = "#222222", halo: Bool = false) -> SVGElement {
        var a: [(String, String)] = [("x", Self.n(x)), ("y", Self.n(y)), ("font-size", Self.n(size))]
        if let anchor { a.append(("text-anchor", anchor)) }
        if let weight { a.append(("font-weight", weight)) }
        a.append(("fill", fill))
        if halo { a += [("stroke", "#ffffff"), ("stroke-width", "3"), ("paint-order", "stroke")] }
        return SVGElement("text", a, children: [.text(s)])
    }
}

/// A rough width of text in user units at a font size: CJK characters a full em, others
/// about 0.58 em (enough for laying out legends without measuring fonts).
enum TextWidth {
    static func estimate(_ s: String, size: Double) -> Double {
        s.unicodeScalars.reduce(0.0) { $0 + ($1.value >= 0x2E80 ? size : size * 0.58) }
    }
}
