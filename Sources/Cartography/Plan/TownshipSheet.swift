import GIS

/// A township sheet (分幅图): one township of the county at the scale that fits it to the
/// frame, every village named, the county shown on the inset with the township in it.
public struct TownshipSheet: Sendable {
    /// The township's code (its `code` property), name and outline (lon/lat).
    public var code: String
    public var name: String
    public var geometry: Geometry
    /// The ids of the township's villages (their `township_code` is ``code``).
    public var villageIDs: Set<String>

    /// The township of `code` in `layers.townships`.
    /// - Throws: ``TownshipSheetError`` naming `file` and the known codes when no township
    ///   has that code or it has no polygon.
    public init(code: String, layers: PlanLayers, file: String) throws {
        let townships = layers.townships?.features ?? []
        guard let f = townships.first(where: { $0.text("code") == code }) else {
            let known = townships.compactMap { t in t.text("code").map { c in c + (t.text("name").map { " " + $0 } ?? "") } }
            throw TownshipSheetError("\(file): no township has code '\(code)'\(DidYouMean.hint(for: code, among: known.map { String($0.prefix(while: { $0 != " " })) }))"
                                     + (known.isEmpty ? " (the layer has no township codes)" : "; known: " + known.prefix(60).joined(separator: ", ")))
        }
        guard let g = f.geometry, g.isAreal else { throw TownshipSheetError("\(file): township '\(code)' has no polygon to draw") }
        self.code = code
        name = f.text("name") ?? code
        geometry = g
        var ids = Set<String>()
        for (i, v) in (layers.villages?.features ?? []).enumerated() where v.text("township_code") == code { ids.insert(v.stableID(index: i)) }
        villageIDs = ids
    }

    /// Every township's code in layer order (the atlas's page order).
    public static func codes(_ layers: PlanLayers) -> [String] {
        (layers.townships?.features ?? []).compactMap { f in f.geometry?.isAreal == true ? f.text("code") : nil }
    }

    /// The sheet's composition: the base map's layers with this township's villages named,
    /// the extent and the county clip set to the township, the county on the inset.
    /// - Parameters: `countyName` for the title; `sheetNumber` for the title block's 图号
    ///   unless `titleBlock` gives one.
    public func composition(base: BaseMap, title: String?, subtitle: String?, countyName: String, titleBlock: TitleBlock?,
                            page: PageSize) -> MapComposition {
        var b = base
        b.namedVillages = villageIDs
        var c = b.composition(title: title ?? "\(countyName)\(name)分幅图 Township sheet: \(name)",
                              subtitle: subtitle ?? "乡镇 \(name)（\(code)）· 村名与村界 village names and borders · \(villageIDs.count) 个村（社区）",
                              page: page)
        let county = base.layers.countyGeometry
        c.county = geometry
        c.insetNeighbours = county.map { [(countyName, $0)] } ?? []
        c.insetLabel = name
        var block = titleBlock ?? TitleBlock()
        if block.sheet == nil { block.sheet = code }
        c.titleBlock = block
        c.graticuleStepDegrees = 0.05
        c.layers.append(outlineLayer)
        return c
    }

    /// The township's own outline, drawn over everything but the labels.
    public var outlineLayer: MapLayer {
        MapLayer(id: "sheet-township", title: "本乡镇界 This township", style: Style(stroke: "#222222", strokeWidthPoints: 1.4, dashPoints: [6, 1.5, 1.5, 1.5]),
                 content: .features([MapFeature(id: code, geometry: geometry)]), simplify: false)
    }
}

extension TownshipSheet {
    /// A county map (a theme's composition) zoomed to this township: extent, clip and
    /// inset set as on a base sheet, and the township's villages on `layerID` named.
    /// - Parameter villageNames: village id → name.
    public func zoom(_ county: MapComposition, villageNames: [String: String], layerID: String = "theme",
                     countyName: String, title: String, titleBlock: TitleBlock?) -> MapComposition {
        var c = county
        let whole = c.county
        c.county = geometry
        c.insetNeighbours = whole.map { [(countyName, $0)] } ?? []
        c.insetLabel = name
        c.title = title
        c.subtitle = "乡镇 \(name)（\(code)）· " + c.subtitle
        c.graticuleStepDegrees = 0.05
        for i in c.layers.indices where c.layers[i].id == layerID {
            if case .features(let fs) = c.layers[i].content {
                c.layers[i].content = .features(fs.map { f in
                    var f = f
                    if villageIDs.contains(f.id), let n = villageNames[f.id] {
                        f.label = FeatureLabel(text: n, priority: 2, fontSizePoints: 7, cssClass: "village-label", placement: .area, color: "#222222")
                    }
                    return f
                })
            }
        }
        var block = titleBlock ?? TitleBlock()
        if block.sheet == nil { block.sheet = code }
        c.titleBlock = block
        c.layers.append(outlineLayer)
        return c
    }

    /// Village id → name of `layers.villages`.
    public static func villageNames(_ layers: PlanLayers) -> [String: String] {
        var out: [String: String] = [:]
        for (i, v) in (layers.villages?.features ?? []).enumerated() { if let n = v.text("name") { out[v.stableID(index: i)] = n } }
        return out
    }
}

/// A township sheet that cannot be drawn (the description names the file and the code).
public struct TownshipSheetError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension Geometry {
    /// True for a polygon or multipolygon.
    var isAreal: Bool {
        switch self {
        case .polygon, .multiPolygon: true
        default: false
        }
    }
}
