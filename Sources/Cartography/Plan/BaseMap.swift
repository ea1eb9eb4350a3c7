import Foundation
import GIS

/// Builds the base plan map: terrain, zones, lines, townships, villages, the plan
/// layout, sites, roads and rivers, neighbours, with a legend of what is drawn.
///
/// The county's own words (titles of its zones, lines, layout and terrain, the inset
/// label, the CRS note) come in ``texts``; zones and lines are styled by `kind`.
public struct BaseMap {
    public var layers: PlanLayers
    public var texts: PlanMapTexts
    /// Layer names to draw (see ``PlanLayers/layerNames``); missing data are skipped.
    public var include: Set<String>
    /// Label the villages (poor villages only) at this size, if set.
    public var villageLabelPoints: Double? = 5
    /// How much is drawn: ``BaseMapDetail/plan`` (calm) or ``BaseMapDetail/full``.
    public var detail: BaseMapDetail = .full
    /// What roads, rivers and demonstration lines are clipped to.
    public var lineClip: LineClip = .county
    /// Label these villages (ids) with their names, every one (a township sheet).
    public var namedVillages: Set<String> = []

    public init(layers: PlanLayers, include: Set<String> = Set(PlanLayers.layerNames), texts: PlanMapTexts = PlanMapTexts()) {
        self.layers = layers; self.include = include; self.texts = texts
    }

    /// The composition with every included layer and its legend section.
    public func composition(title: String, subtitle: String, page: PageSize) -> MapComposition {
        var c = MapComposition()
        c.page = page; c.title = title; c.subtitle = subtitle
        c.county = layers.countyGeometry
        c.insetNeighbours = (layers.neighbours?.features ?? []).compactMap { f in
            f.geometry.map { (f.text("name") ?? "", $0) }
        }
        c.insetLabel = texts.countyLabel
        c.crsNote = texts.crsNote
        c.crsName = texts.crsName
        var legend: [LegendSection] = []
        var boundaries: [LegendItem] = []
        for name in PlanLayers.layerNames where include.contains(name) && !(detail == .plan && name == "contours") {
            let (layer, section) = build(name)
            if let layer { c.layers.append(layer) }
            if let section {
                if section.title == "边界 Boundaries" { boundaries += section.items } else { legend.append(section) }
            }
        }
        if !boundaries.isEmpty { legend.append(LegendSection(title: "边界 Boundaries", items: boundaries)) }
        c.legend = Legend(sections: legend)
        c.sourceNotes = sourceNotes()
        return c
    }

    /// Real vs modelled data, from the layers' `source` properties.
    public func sourceNotes() -> [String] {
        var real = Set<String>(), modelled = Set<String>()
        for fc in [layers.county, layers.neighbours, layers.townships, layers.villages, layers.zones, layers.lines,
                   layers.terrain, layers.strategy, layers.roads, layers.sites].compactMap({ $0 }) {
            for f in fc.features {
                guard let s = f.text("source") else { continue }
                for part in s.components(separatedBy: "; ") {
                    let bare = part.components(separatedBy: " (").first ?? part
                    if bare.contains("modelled") || bare.hasPrefix("facts from") || bare.contains("physical-features") { modelled.insert(bare) }
                    else { real.insert(bare) }
                }
            }
        }
        var notes = ["数据来源 Sources: " + (real.isEmpty ? "—" : real.sorted().joined(separator: "; "))]
        if !modelled.isEmpty || layers.elevation != nil {
            notes.append("标注为\u{201C}modelled\u{201D}的图层为模型推算 (zones, lines, villages' figures, DEM are modelled where no public data exist); 2015–2020 规划示意图 planning diagram, not a survey.")
        }
        return notes
    }

    func features(_ fc: FeatureCollection?, where keep: (Feature) -> Bool = { _ in true },
                  make: (Feature, Int) -> MapFeature?) -> [MapFeature] {
        guard let fc else { return [] }
        var out: [MapFeature] = []
        for (i, f) in fc.features.enumerated() where f.geometry != nil && keep(f) {
            if let m = make(f, i) { out.append(m) }
        }
        return out
    }
}
