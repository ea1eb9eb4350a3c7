/// The plan maps' cartographic conventions: colours, dashes and hatches.
///
/// Zones and demonstration lines are styled by their layer's `kind` property, never by
/// their names: a county names its zones and lines as it likes.
public enum PlanStyles {
    /// A line's colour and dash (pt).
    public typealias LineStyle = (color: String, dash: [Double]?)

    /// The zone kinds that have their own hatch, in the order a layer without `kind`
    /// is read in (its first zone takes the first, and so on).
    public static let zoneKinds = ["mountain_flank", "flood", "drought", "geological_hazard", "subsidence"]

    /// Hatches of the special zones by kind: each reads in black and white by its pattern.
    public static let zoneHatches: [String: Hatch] = [
        "mountain_flank": Hatch(id: "hatch-mountain-flank", kind: .lines, angleDegrees: 45, spacingMillimetres: 2.4, color: "#6b3d0a", widthPoints: 0.4),
        "flood": Hatch(id: "hatch-flood", kind: .lines, angleDegrees: 0, spacingMillimetres: 2.0, color: "#2166ac", widthPoints: 0.45),
        "drought": Hatch(id: "hatch-drought", kind: .dots, angleDegrees: 0, spacingMillimetres: 2.2, color: "#a04a00", widthPoints: 0.75),
        "geological_hazard": Hatch(id: "hatch-geological-hazard", kind: .crossLines, angleDegrees: 45, spacingMillimetres: 2.8, color: "#67001f", widthPoints: 0.35),
        "subsidence": Hatch(id: "hatch-subsidence", kind: .crossLines, angleDegrees: 0, spacingMillimetres: 2.6, color: "#4d4d4d", widthPoints: 0.35),
    ]

    /// Hatches for zones of kind `other`, of an unknown kind, or of a kind an earlier
    /// zone of the layer already took: the n-th such zone takes the n-th (cycling, with
    /// the angle turned by 30° per round).
    static let fallbackHatchBases: [(Hatch.Kind, Double, Double, String, Double)] = [
        (.lines, 135, 2.4, "#1b7837", 0.4), (.dots, 0, 2.0, "#542788", 0.7), (.lines, 90, 2.2, "#b35806", 0.4),
        (.crossLines, 0, 3.0, "#01665e", 0.3), (.dots, 45, 2.6, "#8c510a", 0.8), (.lines, 22.5, 2.6, "#c51b7d", 0.4),
    ]

    /// The n-th fallback zone hatch (n from 0).
    public static func fallbackHatch(_ n: Int) -> Hatch {
        let b = fallbackHatchBases[n % fallbackHatchBases.count]
        let turn = Double(n / fallbackHatchBases.count) * 30
        return Hatch(id: "hatch-zone-\(n + 1)", kind: b.0, angleDegrees: b.1 + turn, spacingMillimetres: b.2, color: b.3, widthPoints: b.4)
    }

    /// The demonstration-line kinds that have their own style, in the order a layer
    /// without `kind` is read in.
    public static let lineKinds = ["mountain_ring", "urban_rural", "farm_tourism", "modern_agriculture", "eco_tourism", "industry_agriculture"]

    /// The demonstration lines by kind: colour and dash (pt) each.
    public static let lineStyles: [String: LineStyle] = [
        "mountain_ring": ("#1b9e77", nil),
        "urban_rural": ("#d95f02", [6, 2]),
        "farm_tourism": ("#7570b3", [2, 1.5]),
        "modern_agriculture": ("#66a61e", [8, 2, 2, 2]),
        "eco_tourism": ("#e7298a", [4, 2, 1, 2]),
        "industry_agriculture": ("#a6761d", [10, 3]),
    ]

    /// Line styles for lines of kind `other`, an unknown kind or a repeated kind, taken
    /// in turn (cycling).
    public static let fallbackLineStyles: [LineStyle] = [
        ("#666666", [3, 1.5]), ("#e6ab02", nil), ("#386cb0", [6, 2, 1, 2]), ("#bf5b17", [2, 2]),
        ("#1f78b4", [8, 3]), ("#b2182b", [1, 1.5]),
    ]

    /// The n-th fallback line style (n from 0).
    public static func fallbackLineStyle(_ n: Int) -> LineStyle { fallbackLineStyles[n % fallbackLineStyles.count] }

    /// How one zone or line is styled: by its kind, or by the n-th fallback.
    public enum StyleChoice: Sendable, Hashable {
        case kind(String)
        case fallback(Int)
    }

    /// The style of each distinct key (a zone's or line's name) of a layer, deterministic:
    /// keys are taken in the order they first appear. A key whose kind is one of
    /// `styledKinds` and not taken by an earlier key gets that kind's style; any other
    /// (kind `other`, an unknown kind, a repeated kind) gets the next fallback. When no
    /// entry of the layer has a kind (geodata older than the `kind` property), the n-th
    /// key takes the n-th styled kind.
    public static func styleChoices(_ entries: [(key: String, kind: String?)], styledKinds: [String]) -> [String: StyleChoice] {
        let layerHasKinds = entries.contains { $0.kind != nil }
        var out: [String: StyleChoice] = [:]
        var taken = Set<String>()
        var position = 0, fallbacks = 0
        for (key, kind) in entries where out[key] == nil {
            let k = layerHasKinds ? kind : (position < styledKinds.count ? styledKinds[position] : nil)
            position += 1
            if let k, styledKinds.contains(k), taken.insert(k).inserted {
                out[key] = .kind(k)
            } else {
                out[key] = .fallback(fallbacks); fallbacks += 1
            }
        }
        return out
    }

    /// The hatch of a zone style choice.
    public static func zoneHatch(_ choice: StyleChoice) -> Hatch {
        switch choice {
        case .kind(let k): zoneHatches[k] ?? fallbackHatch(0)
        case .fallback(let n): fallbackHatch(n)
        }
    }

    /// The line style of a demonstration-line style choice.
    public static func lineStyle(_ choice: StyleChoice) -> LineStyle {
        switch choice {
        case .kind(let k): lineStyles[k] ?? fallbackLineStyle(0)
        case .fallback(let n): fallbackLineStyle(n)
        }
    }

    /// The site kinds with their own symbol, in legend order.
    public static let siteKinds = ["county_seat", "central_town", "industrial_park", "development_zone", "cooperation_park",
                                   "central_village", "breeding_farm", "orange_park", "tourism_spot"]

    /// Site symbols by kind: no two kinds share one (shape and fill differ).
    public static func siteSymbol(_ kind: String) -> PointSymbol {
        switch kind {
        case "county_seat": PointSymbol(shape: .star, radiusPoints: 4.5, fill: "#c0392b", stroke: "#ffffff", strokeWidthPoints: 0.6)
        case "central_town": PointSymbol(shape: .square, radiusPoints: 2.2, fill: "#ffffff", stroke: "#222222", strokeWidthPoints: 0.8)
        case "industrial_park": PointSymbol(shape: .diamond, radiusPoints: 2.8, fill: "#6a3d9a", stroke: "#ffffff", strokeWidthPoints: 0.5)
        case "development_zone": PointSymbol(shape: .hexagon, radiusPoints: 2.8, fill: "#b2182b", stroke: "#ffffff", strokeWidthPoints: 0.5)
        case "cooperation_park": PointSymbol(shape: .square, radiusPoints: 2.2, fill: "#35978f", stroke: "#ffffff", strokeWidthPoints: 0.5)
        case "central_village": PointSymbol(shape: .circle, radiusPoints: 1.3, fill: "#ffffff", stroke: "#333333", strokeWidthPoints: 0.5)
        case "breeding_farm": PointSymbol(shape: .triangle, radiusPoints: 2, fill: "#8c6d31", stroke: "#ffffff", strokeWidthPoints: 0.4)
        case "orange_park": PointSymbol(shape: .circle, radiusPoints: 1.6, fill: "#fd8d3c", stroke: "#ffffff", strokeWidthPoints: 0.4)
        case "tourism_spot": PointSymbol(shape: .invertedTriangle, radiusPoints: 2, fill: "#1f78b4", stroke: "#ffffff", strokeWidthPoints: 0.4)
        default: PointSymbol()
        }
    }

    /// Display names of site kinds (generic: no county's own names).
    public static let siteKindNames: [String: String] = [
        "county_seat": "县城 County seat", "central_town": "中心镇 Central town", "industrial_park": "工业园区 Industrial park",
        "central_village": "中心村 Central village", "development_zone": "经济开发区 Development zone",
        "cooperation_park": "合作园区 Cooperation park", "breeding_farm": "标准化养殖场 Breeding farm",
        "orange_park": "脐橙园 Navel-orange park", "tourism_spot": "乡村旅游点 Tourism spot"]

    public static let roadStyles: [String: (color: String, widthPoints: Double, name: String)] = [
        "expressway": ("#e66101", 1.6, "高速公路 Expressway"), "national": ("#d7301f", 1.1, "国道 National road"),
        "county": ("#7f7f7f", 0.7, "县道 County road")]

    public static let riverColor = "#3a7dbf"
    public static let ridgeColor = "#6b4226"
    public static let townshipStroke = Style(stroke: "#4d4d4d", strokeWidthPoints: 0.7, dashPoints: [4, 1.5, 1, 1.5])
    public static let villageStroke = Style(stroke: "#9a9a9a", strokeWidthPoints: 0.2)
    /// Village borders on a plan-detail map: thin and light, under the township lines.
    public static let villageStrokePlan = Style(stroke: "#b8b8b8", strokeWidthPoints: 0.1)
    public static let poorVillageStylePlan = Style(fill: "#c0392b", fillOpacity: 0.1, stroke: "#c0392b", strokeWidthPoints: 0.15)
    public static let countyStroke = Style(stroke: "#222222", strokeWidthPoints: 1.6)
    public static let neighbourStyle = Style(fill: "#e6e6e6", stroke: "#ffffff", strokeWidthPoints: 0.8)
    public static let poorVillageStyle = Style(fill: "#c0392b", fillOpacity: 0.22, stroke: "#c0392b", strokeWidthPoints: 0.35)

    /// A whole number 1…99 in Chinese numerals (一, 十二, 三十五), else in digits.
    public static func chineseNumeral(_ n: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard (1...99).contains(n) else { return String(n) }
        if n < 10 { return digits[n] }
        return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10]
    }
}
