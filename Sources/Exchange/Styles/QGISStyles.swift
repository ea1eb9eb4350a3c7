import GIS
import Foundation
import Cartography

/// QGIS styles (`.qml`, QGIS 3) for the geodata layers, with the classes, colours,
/// dashes and hatches of the SVG plan maps (``PlanStyles``): county, neighbours,
/// townships, villages (poor villages filled), zones (hatched by `kind`, as the map
/// chooses them), sites (symbol by `kind`), roads, demonstration lines, contours and
/// rivers/ridges. Classified on the layer's own column names, so a style fits the file it
/// is written with (Chinese or English column names). Columns named by key get their
/// Chinese title as QGIS alias.
public enum QGISStyles {
    /// The layer names (geodata file stems, plus `run_villages`) that get a style.
    public static let styledLayers: Set<String> = ["county", "neighbours", "townships", "villages", "run_villages",
                                                   "zones", "sites", "roads", "lines", "contours"]

    /// The QML of `layer`, or nil when it has no style of its own.
    public static func qml(for layer: ExchangeLayer) -> String? {
        guard let renderer = renderer(for: layer) else { return nil }
        return document(renderer: renderer, layer: layer)
    }

    /// Styles for every styled layer of `layers`, by layer name.
    public static func styles(for layers: [ExchangeLayer]) -> [String: String] {
        var out: [String: String] = [:]
        for layer in layers { if let q = qml(for: layer) { out[layer.name] = q } }
        return out
    }

    static func document(renderer: String, layer: ExchangeLayer) -> String {
        var aliases = ""
        for (i, f) in layer.fields.enumerated() where f.name != f.title {
            aliases += "<alias field=\"\(TextEscape.xmlAttribute(f.name))\" index=\"\(i)\" name=\"\(TextEscape.xmlAttribute(f.title))\"/>"
        }
        return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            + "<qgis version=\"3.28.0-Firenze\" styleCategories=\"Symbology|Fields\">\n"
            + renderer + "\n<aliases>" + aliases + "</aliases>\n</qgis>\n"
    }

    static func quoted(_ field: String) -> String { "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    static func single(_ symbol: String) -> String {
        "<renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\"><symbols>"
            + symbol + "</symbols></renderer-v2>"
    }

    /// A categorized renderer on `field`: (value, label, symbol maker by name).
    static func categorized(_ field: String, _ classes: [(value: String, label: String, symbol: (String) -> String)]) -> String {
        let (categories, symbols) = numbered(classes, symbol: \.symbol) { i, c in
            "<category symbol=\"\(i)\" value=\"\(TextEscape.xmlAttribute(c.value))\" "
                + "label=\"\(TextEscape.xmlAttribute(c.label))\" render=\"true\"/>"
        }
        return "<renderer-v2 type=\"categorizedSymbol\" attr=\"\(TextEscape.xmlAttribute(field))\" symbollevels=\"0\" "
            + "enableorderby=\"0\" forceraster=\"0\"><categories>\(categories)</categories><symbols>\(symbols)</symbols>"
            + "</renderer-v2>"
    }

    /// A rule-based renderer: (filter expression or ELSE, label, symbol maker by name).
    static func rules(_ rules: [(filter: String, label: String, symbol: (String) -> String)]) -> String {
        let (body, symbols) = numbered(rules, symbol: \.symbol) { i, r in
            "<rule key=\"{rule-\(i)}\" symbol=\"\(i)\" label=\"\(TextEscape.xmlAttribute(r.label))\" "
                + "filter=\"\(TextEscape.xmlAttribute(r.filter))\"/>"
        }
        return "<renderer-v2 type=\"RuleRenderer\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">"
            + "<rules key=\"{root}\">\(body)</rules><symbols>\(symbols)</symbols></renderer-v2>"
    }

    /// A renderer's entries (categories or rules) and its `<symbol>`s, numbered alike
    /// from 0: `entry(i, item)` is item i's entry, `symbol(item)` makes its symbol given
    /// the name `"i"`.
    private static func numbered<Item>(_ items: [Item], symbol: (Item) -> (String) -> String,
                                       entry: (Int, Item) -> String) -> (entries: String, symbols: String) {
        var entries = "", symbols = ""
        for (i, item) in items.enumerated() {
            entries += entry(i, item)
            symbols += symbol(item)(String(i))
        }
        return (entries, symbols)
    }

    /// The text values of the field `key` in record order (nil where null or absent).
    static func texts(_ layer: ExchangeLayer, _ key: String) -> [String?] {
        guard let i = layer.fields.firstIndex(where: { $0.key == key }) else {
            return Array(repeating: nil, count: layer.records.count)
        }
        return layer.records.map { r in
            if case .text(let s) = r.values[i] { return s }
            return nil
        }
    }

    static func renderer(for layer: ExchangeLayer) -> String? {
        guard layer.geometryType != nil else { return nil }
        switch layer.name {
        case "county":
            return single(QMLSymbol.fill(Style(stroke: PlanStyles.countyStroke.stroke,
                                               strokeWidthPoints: PlanStyles.countyStroke.strokeWidthPoints), name: "0"))
        case "neighbours":
            return single(QMLSymbol.fill(PlanStyles.neighbourStyle, name: "0"))
        case "townships":
            return single(QMLSymbol.fill(PlanStyles.townshipStroke, name: "0"))
        case "villages", "run_villages":
            guard let poor = layer.field(key: "poor_village") else { return single(QMLSymbol.fill(PlanStyles.villageStroke, name: "0")) }
            return rules([
                (quoted(poor.name), "贫困村 Poor village", { QMLSymbol.fill(PlanStyles.poorVillageStyle, name: $0) }),
                ("ELSE", "村界 Village", { QMLSymbol.fill(PlanStyles.villageStroke, name: $0) }),
            ])
        case "zones":
            return keyedClasses(layer, styledKinds: PlanStyles.zoneKinds) { choice, name in
                let h = PlanStyles.zoneHatch(choice)
                return QMLSymbol.fill(Style(hatch: h, stroke: h.color, strokeWidthPoints: 0.4), name: name)
            }
        case "lines":
            return keyedClasses(layer, styledKinds: PlanStyles.lineKinds) { choice, name in
                let ls = PlanStyles.lineStyle(choice)
                return QMLSymbol.line(ls.color, width: 2.0, dash: ls.dash, name: name)
            }
        case "sites":
            guard let kind = layer.field(key: "kind") else { return nil }
            var kinds: [String] = []
            for k in texts(layer, "kind").compactMap({ $0 }) where !kinds.contains(k) { kinds.append(k) }
            return categorized(kind.name, kinds.map { k in
                (k, PlanStyles.siteKindNames[k] ?? k, { QMLSymbol.marker(PlanStyles.siteSymbol(k), name: $0) })
            })
        case "roads":
            guard let kind = layer.field(key: "kind") else { return nil }
            let kinds = PlanStyles.roadStyles.keys.sorted()
            return categorized(kind.name, kinds.map { k in
                let rs = PlanStyles.roadStyles[k]!
                return (k, rs.name, { QMLSymbol.line(rs.color, width: rs.widthPoints, dash: nil, name: $0) })
            })
        case "contours":
            return single(QMLSymbol.line("#8c6d4f", width: 0.25, dash: nil, name: "0"))
        default:
            return nil
        }
    }

    /// Zones and demonstration lines: one class per name, styled as the SVG map styles
    /// it (``PlanStyles/styleChoices(_:styledKinds:)`` on the names and kinds in order).
    static func keyedClasses(_ layer: ExchangeLayer, styledKinds: [String],
                             symbol: @escaping (PlanStyles.StyleChoice, String) -> String) -> String? {
        guard let nameField = layer.field(key: "name") else { return nil }
        let names = texts(layer, "name"), kinds = texts(layer, "kind")
        let entries = zip(names, kinds).compactMap { n, k in n.map { (key: "name:" + $0, kind: k) } }
        let choices = PlanStyles.styleChoices(entries, styledKinds: styledKinds)
        var ordered: [String] = []
        for n in names.compactMap({ $0 }) where !ordered.contains(n) { ordered.append(n) }
        return categorized(nameField.name, ordered.map { n in
            let choice = choices["name:" + n] ?? .fallback(0)
            return (n, n, { symbol(choice, $0) })
        })
    }
}
