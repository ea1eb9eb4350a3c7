extension ThemeOptions {
    /// The options a spec's theme block asks for, for `metric` shown as `display`: its
    /// method, classes, palette and breaks (breaks imply `manual`); an exit-year map is
    /// categorical (one class per year) on `YlGnBu` unless a palette is given.
    public init(metric: String, display: MetricDisplay, theme t: MapSpec.ThemeSpec) {
        self.init(metric: metric, metricTitle: display.title)
        decimals = display.decimals
        referenceBreak = display.referenceBreak
        unit = display.countUnit
        if let m = t.method { method = m }
        if let n = t.classes { classes = n }
        if let p = t.palette { palette = p }
        if let b = t.breaks { manualBreaks = b; method = .manual }
        if t.kind == .exitYear {
            categorical = true
            palette = t.palette ?? "YlGnBu"
        }
    }
}
