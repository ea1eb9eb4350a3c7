import Cartography
import Foundation
import GIS
import Planning

/// What a map takes from the geodata folder's county profile (`GEODATA/county.yaml`,
/// copied there by `geodata build`): the default title and subtitle, the county's
/// words for the legend (zones, lines, layout, terrain), the inset label, the county's
/// code, the CRS note and the planning CRS the map is drawn in. Cartography gets them
/// as plain values and never sees the profile.
struct MapCounty {
    /// The profile's `maps.title` / `maps.subtitle` (a spec's `title` / `subtitle` win).
    var title: String
    var subtitle: String
    var texts: PlanMapTexts
    /// The profile's `crs.planning`: what lon/lat is projected to for drawing.
    var planningCRS: String

    /// The profile file of a geodata folder.
    static func profilePath(geodata: String) -> String { (geodata as NSString).appendingPathComponent(CountyProfile.fileName) }

    /// The texts of the geodata folder's profile; without one (a folder written before
    /// profiles), generic texts and what the county layer says of itself (its `name`
    /// and `adcode` or `code`), drawn in ``PlanningCRS/defaultCode``.
    /// - Throws: the profile decoder's error (file, line:column) for a bad profile.
    static func load(geodata: String, county: FeatureCollection?) throws -> MapCounty {
        let path = profilePath(geodata: geodata)
        if FileManager.default.fileExists(atPath: path) {
            return MapCounty(profile: try CountyProfile.load(path: path))
        }
        return MapCounty(countyLayer: county)
    }

    init(profile p: CountyProfile) {
        title = p.maps.title
        subtitle = p.maps.subtitle
        planningCRS = p.crs.planning
        var t = PlanMapTexts()
        t.countyLabel = p.maps.label
        t.countyID = p.county.code
        t.zonesTitle = p.zones.titleZh
        t.linesTitle = p.demonstrationLines.titleZh
        t.layoutTitle = p.layout.titleZh
        t.terrainTitle = p.maps.terrainTitle
        t.crsCode = p.crs.planning
        t.crsDescription = p.crs.description
        texts = t
    }

    init(countyLayer: FeatureCollection?) {
        let first = countyLayer?.features.first
        func text(_ key: String) -> String? {
            switch first?[property: key] {
            case .string(let s)?: return s.isEmpty ? nil : s
            case .number(let d)? where d.rounded() == d && abs(d) < 1e15: return String(Int(d))
            default: return nil
            }
        }
        let name = text("name") ?? ""
        title = name + "脱贫攻坚规划图 Poverty-alleviation plan"
        subtitle = "地形 · 扶贫区域 · 示范线 · 规划布局 — terrain, special zones, demonstration lines and the plan layout"
        planningCRS = PlanningCRS.defaultCode
        var t = PlanMapTexts()
        t.countyLabel = name
        t.countyID = text("adcode") ?? text("code") ?? "county"
        t.crsCode = planningCRS
        texts = t
    }
}
