import GIS

extension ExchangeLayer {
    /// An attribute table (no geometry) of CSV-like `rows` (first row the header). A
    /// column is integer when every non-empty cell is a whole number, real when every one
    /// is a number, else text; columns named in `textKeys` (ids and codes, such as
    /// `township_code`) are always text, so a 12-digit code never becomes 5.1E+11 in Excel.
    /// Empty cells are null.
    public static func table(_ rows: [[String]], name: String, title: String, description: String,
                             naming: FieldNaming, textKeys: Set<String>) -> ExchangeLayer {
        guard let header = rows.first else {
            return ExchangeLayer(name: name, title: title, description: description, fields: [], geometryType: nil, records: [])
        }
        let body = rows.dropFirst()
        let types: [ExchangeFieldType] = header.indices.map { c in
            if textKeys.contains(header[c]) { return .text }
            var allInt = true, allNumber = true, any = false
            for row in body where c < row.count && !row[c].isEmpty {
                any = true
                if Int64(row[c]) == nil { allInt = false }
                if Double(row[c]) == nil { allNumber = false; break }
            }
            return !any ? .text : allInt ? .integer : allNumber ? .real : .text
        }
        let fields = zip(header, types).map { key, type in
            ExchangeField(name: naming == .chinese ? FieldTitles.title(key) : key, key: key,
                          title: FieldTitles.title(key), type: type)
        }
        let records = body.map { row in
            ExchangeRecord(geometry: nil, values: types.indices.map { c in
                let cell = c < row.count ? row[c] : ""
                if cell.isEmpty { return .null }
                switch types[c] {
                case .integer: return Int64(cell).map(ExchangeValue.integer) ?? .text(cell)
                case .real: return Double(cell).map(ExchangeValue.real) ?? .text(cell)
                default: return .text(cell)
                }
            })
        }
        return ExchangeLayer(name: name, title: title, description: description, fields: fields,
                             geometryType: nil, records: records)
    }
}
