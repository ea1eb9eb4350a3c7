import GIS

/// The villages' importable figures as a table, one row per village (社区 included),
/// in the columns of ``VillageFigureColumn/all``: what `benkang geodata export` writes
/// and `geodata import` reads back.
public enum VillageFigureExport {
    /// CSV bytes: UTF-8 with a byte-order mark, CRLF, one header row of English keys,
    /// Booleans as true/false, numbers as plain decimals.
    public static func csv(villages: FeatureCollection) -> [UInt8] {
        let header = VillageFigureColumn.all.map(\.key)
        let rows = villages.features.map { f in
            VillageFigureColumn.all.map { c -> String in
                switch f[property: c.key] {
                case .string(let s)?: s
                case .number(let d)?: XLSXWriter.numberText(d)
                case .bool(let b)?: b ? "true" : "false"
                default: ""
                }
            }
        }
        return CSVTable.encode([header] + rows)
    }

    /// xlsx bytes: one sheet "villages", row 1 the Chinese headers, row 2 the English
    /// keys (both frozen), then one row per village; codes and names are text cells,
    /// figures numeric cells, Booleans 是/否.
    /// - Throws: `GISError` when the workbook cannot be made.
    public static func xlsx(villages: FeatureCollection) throws -> [UInt8] {
        let columns = VillageFigureColumn.all
        var rows: [[XLSXWriter.Cell]] = [columns.map { .text($0.chinese) }, columns.map { .text($0.key) }]
        for f in villages.features {
            rows.append(columns.map { c in
                switch f[property: c.key] {
                case .string(let s)?: .text(s)
                case .number(let d)?: .number(d)
                case .bool(let b)?: .text(b ? "是" : "否")
                default: .empty
                }
            })
        }
        let widths = columns.map { c -> Double in c.key == "id" ? 18 : c.type == .text ? 14 : 12 }
        return try XLSXWriter.workbook(sheetName: "villages", rows: rows, headerRows: 2, columnWidths: widths)
    }
}
