/// One series of a chart: a value per category (nil where there is none), and optionally
/// a band around it (the low and high edges, e.g. P10 and P90 of an ensemble).
/// Charts know nothing of what the numbers mean: the caller names and colours them.
public struct ChartSeries: Sendable, Hashable {
    /// The name shown in the legend.
    public var name: String
    /// One value per category of the chart; nil draws nothing there.
    public var values: [Double?]
    /// The band's lower edge per category (nil: no band there).
    public var low: [Double?]?
    /// The band's upper edge per category.
    public var high: [Double?]?
    /// Fill or stroke colour (CSS colour text, e.g. `#c0392b`).
    public var color: String

    public init(name: String, values: [Double?], low: [Double?]? = nil, high: [Double?]? = nil, color: String) {
        self.name = name; self.values = values; self.low = low; self.high = high; self.color = color
    }

    /// The value of category `i`, nil when absent or not finite.
    func value(_ i: Int) -> Double? { Self.finite(values, i) }
    func lowValue(_ i: Int) -> Double? { low.flatMap { Self.finite($0, i) } }
    func highValue(_ i: Int) -> Double? { high.flatMap { Self.finite($0, i) } }

    static func finite(_ a: [Double?], _ i: Int) -> Double? {
        guard i >= 0, i < a.count, let v = a[i], v.isFinite else { return nil }
        return v
    }
}

/// A horizontal line across a chart at a value (a threshold or a target), with its label.
public struct ChartReferenceLine: Sendable, Hashable {
    public var value: Double
    public var label: String
    public var color: String
    public init(value: Double, label: String, color: String = "#555555") {
        self.value = value; self.label = label; self.color = color
    }
}

/// What every chart shares: its id (the `id` of the root `<svg>`, unique in a document),
/// title, the categories along x, the y-axis label, how y numbers are written, and size.
public struct ChartFrame: Sendable {
    /// The root element's id, e.g. `chart-poor-persons`.
    public var id: String
    /// The chart's accessible title (`<title>`), also drawn above the plot.
    public var title: String
    /// The categories along x (years, scenario names, …).
    public var categories: [String]
    /// The y axis's label (with its unit).
    public var yLabel: String
    /// Decimals of the y tick labels.
    public var yDecimals: Int
    /// The width and height in user units (the SVG scales to its container's width).
    public var width: Double
    public var height: Double
    /// Lines across the plot at given values (thresholds, targets).
    public var referenceLines: [ChartReferenceLine]

    public init(id: String, title: String, categories: [String], yLabel: String, yDecimals: Int = 0,
                width: Double = 640, height: Double = 300, referenceLines: [ChartReferenceLine] = []) {
        self.id = id; self.title = title; self.categories = categories; self.yLabel = yLabel
        self.yDecimals = yDecimals; self.width = width; self.height = height; self.referenceLines = referenceLines
    }
}
