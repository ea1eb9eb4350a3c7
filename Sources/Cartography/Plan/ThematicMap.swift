import GIS

/// How a thematic variable is classed and coloured.
public struct ThemeOptions: Sendable {
    /// Metric name (column name) and its display title, e.g. "incidence", "贫困发生率 Incidence (%)".
    public var metric: String
    public var metricTitle: String
    public var method: ClassificationMethod = .naturalBreaks
    public var classes: Int = 5
    public var palette: String = "YlOrRd"
    public var manualBreaks: [Double] = []
    /// Decimals in legend numbers.
    public var decimals: Int = 1
    /// Values are categories (e.g. exit year): one class per distinct value.
    public var categorical = false
    /// Reverse the palette (for a difference where a higher value is worse, e.g. poor persons).
    public var reversePalette = false
    /// For a difference map: the largest |value|; the outer class bounds are widened to
    /// ±this so the classes stay symmetric about zero.
    public var symmetricRange: Double?
    /// Legend text for villages without a value.
    public var noDataLabel = "无数据 No data"
    /// What the villages without a value are (e.g. "社区 47 个, not simulated"), printed after
    /// ``noDataLabel``; the caller knows, this type does not.
    public var noDataDescription: String?
    /// Villages without a value that form a class of their own (an exit-year map's "not a
    /// poor village" and "not exited"): drawn in the class's fill and listed in the legend.
    public var unvaluedClasses: [UnvaluedClass] = []
    /// A break every computed classification keeps (incidence: the 3 % exit line), in the
    /// unit the legend shows; it replaces the nearest inner break. None when nil.
    public var referenceBreak: Double?
    /// The unit of a count (人, 户), printed after proportional-symbol values.
    public var unit: String?
    /// The source note on where the mapped values come from (printed after the base
    /// layers' notes); the caller knows, this type does not.
    public var valuesNote = ThemeOptions.simulatedValuesNote

    /// The note for values a simulation made from modelled figures.
    public static let simulatedValuesNote = "专题数据为模拟结果 Thematic values are simulation output (modelled), not statistics."

    public init(metric: String, metricTitle: String) { self.metric = metric; self.metricTitle = metricTitle }
}

/// A class of villages that have no value for a reason of their own.
public struct UnvaluedClass: Sendable, Hashable {
    public var label: String
    public var fill: String
    public var villageIDs: Set<String>
    public init(label: String, fill: String, villageIDs: Set<String>) { self.label = label; self.fill = fill; self.villageIDs = villageIDs }
}

/// Thematic maps of per-village values: choropleths, differences, proportional symbols,
/// small multiples and flows. Values arrive as `[villageID: value]`; this type does not
/// know how they were computed.
public struct ThematicMap {
    public var base: PlanLayers
    public var options: ThemeOptions
    /// The county's own words (inset label, county id, CRS note).
    public var texts: PlanMapTexts

    public init(base: PlanLayers, options: ThemeOptions, texts: PlanMapTexts = PlanMapTexts()) {
        self.base = base; self.options = options; self.texts = texts
    }

    /// Breaks for the values under the options (shared by small multiples).
    /// - Throws: ``ClassificationError`` when classification fails or the palette is unknown.
    public func classification(_ values: [Double]) throws -> (Classification, [String]) {
        let o = options
        var cls: Classification
        if o.categorical {
            let distinct = Array(Set(values.filter { $0.isFinite })).sorted()
            guard !distinct.isEmpty else { throw ClassificationError(description: "no values to classify") }
            cls = Classification(method: .manual, breaks: [distinct[0] - 0.5] + distinct.map { $0 })
        } else {
            guard ColorBrewer.kind(of: o.palette) != nil else {
                throw ClassificationError(description: "unknown palette '\(o.palette)'; known: \(ColorBrewer.names.joined(separator: ", "))")
            }
            cls = try Classifier.classify(values, method: o.method, classes: effectiveClasses, manualBreaks: o.manualBreaks)
            if o.method != .manual, let r = o.referenceBreak { cls.breaks = Self.keeping(r, in: cls.breaks) }
            if let m = o.symmetricRange, cls.breaks.count >= 2 {
                cls.breaks[0] = min(cls.breaks[0], -m); cls.breaks[cls.breaks.count - 1] = max(cls.breaks[cls.breaks.count - 1], m)
            }
        }
        guard ColorBrewer.kind(of: o.palette) != nil else {
            throw ClassificationError(description: "unknown palette '\(o.palette)'; known: \(ColorBrewer.names.joined(separator: ", "))")
        }
        let paletteMaximum = ColorBrewer.maximumClasses(o.palette)
        guard cls.classCount <= paletteMaximum else {
            throw ClassificationError(description: "\(cls.classCount) classes but palette \(o.palette) has at most \(paletteMaximum)"
                                      + (o.method == .manual && !o.categorical ? "; give at most \(paletteMaximum - 1) breaks" : ""))
        }
        guard let colors = ColorBrewer.colors(o.palette, classes: max(1, cls.classCount)) else {
            throw ClassificationError(description: "palette \(o.palette) has no \(cls.classCount)-class scheme")
        }
        return (cls, o.reversePalette ? colors.reversed() : colors)
    }

    /// `breaks` with the inner break nearest `reference` replaced by it, when it lies
    /// strictly between the outer bounds and is not a break already (order is kept).
    public static func keeping(_ reference: Double, in breaks: [Double]) -> [Double] {
        guard breaks.count >= 3, reference > breaks[0], reference < breaks[breaks.count - 1], !breaks.contains(reference) else { return breaks }
        var b = breaks
        let inner = 1..<(b.count - 1)
        guard let j = inner.min(by: { abs(b[$0] - reference) < abs(b[$1] - reference) }) else { return breaks }
        b[j] = reference
        return b == b.sorted() && Set(b).count == b.count ? b : breaks
    }

    /// The class count used: the one asked for, capped at the palette's largest scheme.
    public var effectiveClasses: Int { min(options.classes, max(1, ColorBrewer.maximumClasses(options.palette))) }

    /// A note for the legend title when fewer classes are drawn than were asked for
    /// because the palette has no larger scheme; empty otherwise.
    public var classCapNote: String {
        guard !options.categorical, options.method != .manual, options.classes > effectiveClasses else { return "" }
        return "（\(effectiveClasses) classes: \(options.palette) has no \(options.classes)-class scheme）"
    }

    /// Legend rows of a classification, with the count of villages in each class.
    public func legendSection(_ cls: Classification, colors: [String], values: [Double], title: String) -> LegendSection {
        let counts = cls.counts(values)
        var items: [LegendItem] = []
        for i in 0..<cls.classCount {
            let label: String
            if options.categorical { label = String(Int(cls.breaks[i + 1].rounded())) }
            else { label = Self.classLabel(cls.breaks[i], cls.breaks[i + 1], first: i == 0, decimals: options.decimals) }
            items.append(LegendItem(symbol: .area(Style(fill: colors[i], stroke: "#ffffff", strokeWidthPoints: 0.2)), label: "\(label)  (\(counts[i]))"))
        }
        return LegendSection(title: title, items: items.reversed())
    }

    /// A class's legend text saying which side each break falls on: a value equal to a
    /// break is in the lower class (``Classification/classIndex(of:)``), so the first class
    /// is "lo ≤ x ≤ hi" and the others "lo < x ≤ hi".
    public static func classLabel(_ lo: Double, _ hi: Double, first: Bool, decimals: Int) -> String {
        SVGText.number(lo, decimals: decimals) + (first ? " ≤ x ≤ " : " < x ≤ ") + SVGText.number(hi, decimals: decimals)
    }

    /// The fill of villages without a value and in no unvalued class.
    static let noDataFill = "#d9d9d9"

    /// Legend rows for villages without a value: one per unvalued class and one for the
    /// rest ("no data", with what they are), each only when at least one village is in it.
    /// `values` are the villages' values (any panel, for small multiples: a village has a
    /// value when it has one in any panel).
    public func noDataItems(valued: Set<String>) -> [LegendItem] {
        var counts = [Int](repeating: 0, count: options.unvaluedClasses.count)
        var rest = 0
        for (i, f) in (base.villages?.features ?? []).enumerated() where f.geometry != nil {
            let id = f.stableID(index: i)
            guard !valued.contains(id) else { continue }
            if let k = options.unvaluedClasses.firstIndex(where: { $0.villageIDs.contains(id) }) { counts[k] += 1 } else { rest += 1 }
        }
        var items: [LegendItem] = []
        for (k, u) in options.unvaluedClasses.enumerated() where counts[k] > 0 {
            items.append(LegendItem(symbol: .area(Style(fill: u.fill, stroke: "#ffffff", strokeWidthPoints: 0.2)), label: "\(u.label)  (\(counts[k]))"))
        }
        if rest > 0 {
            items.append(LegendItem(symbol: .area(Style(fill: Self.noDataFill, stroke: "#ffffff", strokeWidthPoints: 0.2)),
                                    label: options.noDataLabel + (options.noDataDescription.map { ": " + $0 } ?? "") + "  (\(rest))"))
        }
        return items
    }

    /// Village polygons filled by class; villages without a value take their unvalued
    /// class's fill, else grey.
    func villageLayer(values: [String: Double], cls: Classification, colors: [String], id: String) -> MapLayer {
        var fs: [MapFeature] = []
        for (i, f) in (base.villages?.features ?? []).enumerated() where f.geometry != nil {
            let vid = f.stableID(index: i)
            let fill = values[vid].map { colors[cls.classIndex(of: $0)] }
                ?? options.unvaluedClasses.first(where: { $0.villageIDs.contains(vid) })?.fill ?? Self.noDataFill
            fs.append(MapFeature(id: vid, geometry: f.geometry!, style: Style(fill: fill), cssClass: "village"))
        }
        return MapLayer(id: id, title: options.metricTitle, style: Style(stroke: "#ffffff", strokeWidthPoints: 0.15), content: .features(fs))
    }

    /// Township boundaries and names and the county outline drawn over a theme.
    func overlayLayers(labels: Bool) -> [MapLayer] {
        var b = BaseMap(layers: base, include: labels ? ["neighbours", "townships", "county", "sites"] : ["townships", "county"], texts: texts)
        b.villageLabelPoints = nil
        var out: [MapLayer] = []
        for name in ["townships", "sites", "county"] where b.include.contains(name) {
            var (layer, _) = b.build(name)
            if name == "sites", var l = layer, case .features(let fs) = l.content {
                l.content = .features(fs.filter { $0.cssClass == "site county_seat" }); layer = l
            }
            if !labels, var l = layer, case .features(let fs) = l.content {
                l.content = .features(fs.map { var f = $0; f.label = nil; return f }); layer = l
            }
            if let layer { out.append(layer) }
        }
        return out
    }

    func neighbourLayer() -> MapLayer? { BaseMap(layers: base, include: ["neighbours"], texts: texts).build("neighbours").0 }

    /// A choropleth of `values` (one per village id).
    /// - Throws: ``ClassificationError``.
    public func choropleth(_ values: [String: Double], title: String, subtitle: String, page: PageSize) throws -> MapComposition {
        let sorted = values.keys.sorted().map { values[$0]! }
        let (cls, colors) = try classification(sorted)
        var c = frame(title: title, subtitle: subtitle, page: page)
        c.layers = [neighbourLayer(), villageLayer(values: values, cls: cls, colors: colors, id: "theme")].compactMap { $0 } + overlayLayers(labels: true)
        var theme = legendSection(cls, colors: colors, values: sorted, title: options.metricTitle + classCapNote)
        theme.items += noDataItems(valued: Set(values.keys))
        c.legend = Legend(sections: [theme,
                                     LegendSection(title: "边界 Boundaries", items: [
                                        LegendItem(symbol: .line(PlanStyles.townshipStroke), label: "乡镇界 Township"),
                                        LegendItem(symbol: .line(PlanStyles.countyStroke), label: "县界 County")])])
        return c
    }

    /// Small multiples: one panel per year, shared breaks, one legend.
    /// - Throws: ``ClassificationError``.
    public func smallMultiples(_ valuesByYear: [(year: Int, values: [String: Double])], title: String, subtitle: String,
                               page: PageSize) throws -> MapComposition {
        var all: [Double] = []
        for (_, v) in valuesByYear { all += v.keys.sorted().map { v[$0]! } }
        let (cls, colors) = try classification(all)
        var c = frame(title: title, subtitle: subtitle, page: page)
        c.panels = valuesByYear.map { entry in
            MapPanel(title: "\(entry.year)", layers: [villageLayer(values: entry.values, cls: cls, colors: colors, id: "theme")] + overlayLayers(labels: false))
        }
        var theme = legendSection(cls, colors: colors, values: all, title: options.metricTitle + classCapNote + "（计数为村·年 counts are village-years）")
        theme.items += noDataItems(valued: Set(valuesByYear.flatMap { $0.values.keys }))
        c.legend = Legend(sections: [theme])
        c.graticuleStepDegrees = nil
        return c
    }

    func frame(title: String, subtitle: String, page: PageSize) -> MapComposition {
        var c = MapComposition()
        c.page = page; c.title = title; c.subtitle = subtitle
        c.county = base.countyGeometry
        c.insetNeighbours = (base.neighbours?.features ?? []).compactMap { f in f.geometry.map { (f.text("name") ?? "", $0) } }
        c.insetLabel = texts.countyLabel
        c.crsNote = texts.crsNote
        c.crsName = texts.crsName
        c.sourceNotes = BaseMap(layers: base, texts: texts).sourceNotes() + [options.valuesNote].filter { !$0.isEmpty }
        return c
    }
}
