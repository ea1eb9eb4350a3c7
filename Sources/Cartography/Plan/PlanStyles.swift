/// The plan maps' cartographic conventions: colours, dashes and hatches.
public enum PlanStyles {
    /// Hatches of the four special zones: each reads in black and white by its pattern.
    public static let zoneHatches: [String: Hatch] = [
        "二环山区": Hatch(id: "hatch-erhuan", kind: .lines, angleDegrees: 45, spacingMillimetres: 2.4, color: "#6b3d0a", widthPoints: 0.4),
        "水淹区": Hatch(id: "hatch-shuiyan", kind: .lines, angleDegrees: 0, spacingMillimetres: 2.0, color: "#2166ac", widthPoints: 0.45),
        "旱山区": Hatch(id: "hatch-hanshan", kind: .dots, angleDegrees: 0, spacingMillimetres: 2.2, color: "#a04a00", widthPoints: 0.75),
        "地质灾害沉陷区": Hatch(id: "hatch-dizhi", kind: .crossLines, angleDegrees: 45, spacingMillimetres: 2.8, color: "#67001f", widthPoints: 0.35),
    ]

    /// The six demonstration lines: colour and dash (pt) each.
    public static let lineStyles: [String: (color: String, dash: [Double]?)] = [
        "二环山": ("#1b9e77", nil),
        "城乡统筹": ("#d95f02", [6, 2]),
        "农旅结合": ("#7570b3", [2, 1.5]),
        "现代农业": ("#66a61e", [8, 2, 2, 2]),
        "生态旅游": ("#e7298a", [4, 2, 1, 2]),
        "工农互动": ("#a6761d", [10, 3]),
    ]

    /// Site symbols by kind.
    public static func siteSymbol(_ kind: String) -> PointSymbol {
        switch kind {
        case "county_seat": PointSymbol(shape: .star, radiusPoints: 4.5, fill: "#c0392b", stroke: "#ffffff", strokeWidthPoints: 0.6)
        case "central_town": PointSymbol(shape: .square, radiusPoints: 2.2, fill: "#ffffff", stroke: "#222222", strokeWidthPoints: 0.8)
        case "industrial_park", "development_zone", "cooperation_park":
            PointSymbol(shape: .diamond, radiusPoints: 2.6, fill: "#6a3d9a", stroke: "#ffffff", strokeWidthPoints: 0.5)
        case "central_village": PointSymbol(shape: .circle, radiusPoints: 1.3, fill: "#ffffff", stroke: "#333333", strokeWidthPoints: 0.5)
        case "breeding_farm": PointSymbol(shape: .triangle, radiusPoints: 2, fill: "#8c6d31", stroke: "#ffffff", strokeWidthPoints: 0.4)
        case "orange_park": PointSymbol(shape: .circle, radiusPoints: 1.6, fill: "#fd8d3c", stroke: "#ffffff", strokeWidthPoints: 0.4)
        case "tourism_spot": PointSymbol(shape: .triangle, radiusPoints: 2, fill: "#1f78b4", stroke: "#ffffff", strokeWidthPoints: 0.4)
        default: PointSymbol()
        }
    }

    /// Display names of site kinds.
    public static let siteKindNames: [String: String] = [
        "county_seat": "县城 County seat", "central_town": "中心镇 Central town", "industrial_park": "工业园区 Industrial park",
        "central_village": "中心村 Central village", "development_zone": "经济开发区 Development zone",
        "cooperation_park": "川渝合作园 Cooperation park", "breeding_farm": "标准化养殖场 Breeding farm",
        "orange_park": "脐橙园 Navel-orange park", "tourism_spot": "乡村旅游点 Tourism spot"]

    public static let roadStyles: [String: (color: String, widthPoints: Double, name: String)] = [
        "expressway": ("#e66101", 1.6, "高速公路 Expressway"), "national": ("#d7301f", 1.1, "国道 National road"),
        "county": ("#7f7f7f", 0.7, "县道 County road")]

    public static let riverColor = "#3a7dbf"
    public static let ridgeColor = "#6b4226"
    public static let townshipStroke = Style(stroke: "#4d4d4d", strokeWidthPoints: 0.7, dashPoints: [4, 1.5, 1, 1.5])
    public static let villageStroke = Style(stroke: "#9a9a9a", strokeWidthPoints: 0.2)
    public static let countyStroke = Style(stroke: "#222222", strokeWidthPoints: 1.6)
    public static let neighbourStyle = Style(fill: "#e6e6e6", stroke: "#ffffff", strokeWidthPoints: 0.8)
    public static let poorVillageStyle = Style(fill: "#c0392b", fillOpacity: 0.22, stroke: "#c0392b", strokeWidthPoints: 0.35)
}
