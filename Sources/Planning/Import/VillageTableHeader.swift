import GIS

/// The header of a village-figures table: which column holds which property.
///
/// Row 1 holds the headers, in English (`poor_persons`) or Chinese (`建档立卡贫困人口(人)`).
/// When row 2 holds English keys only (as `geodata export` writes xlsx: Chinese in row
/// 1, keys in row 2), row 2 is a header too and the data start in row 3.
struct VillageTableHeader {
    /// Column index → the column it holds (nil for an unknown or empty header).
    var columns: [VillageFigureColumn?]
    /// Each column's header text, for messages.
    var names: [String]
    /// The 0-based row of the first data row.
    var firstDataRow: Int
    var problems: [ImportProblem]

    init(_ table: DataTable) {
        let width = table.columnCount
        let keys = Set(VillageFigureColumn.all.map(\.key))
        let second = (0..<width).map { FigureValue.trim(table.cell(1, $0)) }.filter { !$0.isEmpty }
        let keyRow = second.count >= 2 && second.allSatisfy { keys.contains($0) }
        firstDataRow = keyRow ? 2 : 1
        columns = []; names = []; problems = []
        var seen: [String: Int] = [:]
        for c in 0..<width {
            let top = FigureValue.trim(table.cell(0, c))
            let key = keyRow ? FigureValue.trim(table.cell(1, c)) : ""
            let text = key.isEmpty ? top : key
            names.append(keyRow && !top.isEmpty && !key.isEmpty && top != key ? "\(top) \(key)" : text)
            guard !text.isEmpty else {
                columns.append(nil)
                if (firstDataRow..<table.rows.count).contains(where: { !FigureValue.trim(table.cell($0, c)).isEmpty }) {
                    problems.append(ImportProblem(.error, row: 0, column: c, "this column has values but no header; expected one of the columns in geodata/README.md"))
                }
                continue
            }
            guard let column = VillageFigureColumn.column(forHeader: text) else {
                columns.append(nil)
                problems.append(ImportProblem(.error, row: keyRow && !key.isEmpty ? 1 : 0, column: c, VillageTableHeader.unknownMessage(text)))
                continue
            }
            if let first = seen[column.key] {
                columns.append(nil)
                problems.append(ImportProblem(.error, row: 0, column: c,
                    "column \"\(text)\" holds \(column.key) again (already column \(table.columnLabel(first))); expected each column once"))
                continue
            }
            seen[column.key] = c
            columns.append(column)
        }
    }

    /// The column index holding `key`, if any.
    func index(of key: String) -> Int? { columns.firstIndex { $0?.key == key } }

    /// Properties of villages.geojson that the builder derives and import never replaces.
    static let derivedProperties: Set<String> = [
        "elevation_m", "slope_deg", "terrain_unit", "zones", "farmland_mu", "dist_township_seat_km",
        "dist_county_seat_km", "dist_road_km", "area_km2", "poverty_score", "source", "figure_sources", "figure_sources_file",
    ]

    static func unknownMessage(_ text: String) -> String {
        if derivedProperties.contains(text) {
            return "column \"\(text)\" is derived by the geodata builder (from the terrain, the polygons or the import itself) and cannot be imported; remove the column"
        }
        let forms = VillageFigureColumn.all.flatMap { c in [c.key, c.chinese] + c.aliases }
        let near = EditDistance.nearest(VillageFigureColumn.normaliseHeader(text), in: forms.map(VillageFigureColumn.normaliseHeader),
                                        limit: 1, maxDistance: max(2, text.count / 3))
        let suggestion = near.first.flatMap { n in forms.first { VillageFigureColumn.normaliseHeader($0) == n } }
            .flatMap { f in VillageFigureColumn.column(forHeader: f).map { c in f == c.key ? c.key : "\(f) (\(c.key))" } }
        return "unknown column \"\(text)\"" + (suggestion.map { "; did you mean \($0)?" } ?? "")
            + " Expected one of: " + VillageFigureColumn.all.map(\.key).joined(separator: ", ")
    }
}
