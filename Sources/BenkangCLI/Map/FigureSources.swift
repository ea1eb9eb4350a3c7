import Cartography
import GIS

/// Where the village figures a thematic map shows come from: the village layer's
/// `figure_sources` object (property name → "imported" | "modelled" | "real", written
/// by `geodata import`), turned into the map's source note.
enum FigureSources {
    /// The village-layer figures a metric is made from.
    static func figures(of metric: String) -> [String] {
        switch metric {
        case "incidence", "exit_year", "exited": ["poor_persons", "population"]
        case "flows": []
        default: [metric]
        }
    }

    static let statusNames = ["imported": "导入 imported", "real": "真实 real", "modelled": "模型推算 modelled"]

    /// The source note for `metric`: the simulated-values note when no village says where
    /// its figures come from or every mapped figure is modelled; else, for each mapped
    /// figure, how many villages have it imported, real or modelled, e.g.
    /// "…; 起点数据 base-year figures — 贫困人口: 导入 imported".
    static func note(villages: FeatureCollection?, metric: String, titles: [String: (String, Int)]) -> String {
        let features = villages?.features ?? []
        var parts: [String] = []
        var anyNotModelled = false
        for figure in figures(of: metric) {
            var counts: [String: Int] = [:]
            for f in features {
                guard let sources = f[property: "figure_sources"]?.objectValue else { continue }
                let key = sources.keys.first { $0 == figure } ?? sources.keys.sorted().first { $0.hasPrefix(figure + "_") }
                guard let key, let status = sources[key]?.stringValue else { continue }
                counts[status, default: 0] += 1
            }
            guard !counts.isEmpty else { continue }
            if counts.keys.contains(where: { $0 != "modelled" }) { anyNotModelled = true }
            let name = (titles[figure]?.0 ?? figure).split(separator: " ").first.map(String.init) ?? figure
            let total = counts.values.reduce(0, +)
            let order = ["imported", "real", "modelled"] + counts.keys.filter { statusNames[$0] == nil }.sorted()
            let statuses = order.filter { counts[$0] != nil }.map { s -> String in
                let word = statusNames[s] ?? s
                return counts.count == 1 ? word : "\(word) (\(counts[s]!)/\(total) 村)"
            }
            parts.append("\(name): " + statuses.joined(separator: ", "))
        }
        guard anyNotModelled else { return ThemeOptions.simulatedValuesNote }
        return "专题数据为模拟结果 Thematic values are simulation output; 起点数据 base-year figures — " + parts.joined(separator: "; ") + "."
    }
}
