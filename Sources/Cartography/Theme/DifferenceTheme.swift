/// A difference map's values and classes: `other − base` per village, on a diverging
/// palette with breaks symmetric about zero and a neutral middle class ("no change").
public struct DifferenceTheme: Sendable {
    /// `other − base` for every village in both (villages in only one are left out).
    public var differences: [String: Double]
    /// The largest |difference| (1 when every difference is 0 or none is finite): the
    /// outer class bounds are ±this, so no class is dropped when every change has one sign.
    public var maximumMagnitude: Double

    /// - Parameters: values of the same metric and year from the two runs.
    public init(base: [String: Double], other: [String: Double]) {
        var d: [String: Double] = [:]
        for (id, b) in base { if let o = other[id] { d[id] = o - b } }
        differences = d
        var m = d.values.map { abs($0) }.max() ?? 1
        if m == 0 || !m.isFinite { m = 1 }
        maximumMagnitude = m
    }

    /// The palette a difference map uses unless one is given.
    public static let defaultPalette = "RdBu"
    /// The class count wanted unless one is given (odd: the middle class is "no change").
    public static let defaultClasses = 7

    /// The options of a difference map of `metric`: manual symmetric breaks, the odd class
    /// count closest to `classes` that the palette has, the palette reversed when a higher
    /// value is worse (more poverty shows red), and a "差值 Difference" legend title.
    public func options(_ base: ThemeOptions, metric: MetricDisplay, classes: Int?, palette: String?) -> ThemeOptions {
        var o = base
        o.palette = palette ?? Self.defaultPalette
        o.method = .manual
        let paletteMaximum = ColorBrewer.maximumClasses(o.palette)
        let k = min(Classifier.symmetricClassCount(classes ?? Self.defaultClasses), paletteMaximum % 2 == 0 ? paletteMaximum - 1 : paletteMaximum)
        o.manualBreaks = Classifier.symmetricBreaks(maximumMagnitude: maximumMagnitude, classes: k)
        o.classes = k
        o.symmetricRange = maximumMagnitude
        o.metricTitle = "差值 Difference: " + metric.title
        o.reversePalette = metric.higherIsWorse
        return o
    }
}
