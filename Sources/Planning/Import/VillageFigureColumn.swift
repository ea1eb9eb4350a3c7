/// One column of the village-figures table (`benkang geodata export` / `import`): its
/// property in villages.geojson, its Chinese header, unit and value type.
///
/// The table's columns, in order, are ``all``: the key columns (`id`, `township_code`,
/// `township_name`, `name`), `kind` (checked, never changed), then the importable
/// figures. Documented column by column in geodata/README.md.
public struct VillageFigureColumn: Sendable, Hashable {
    /// The value type of a column.
    public enum ValueType: String, Sendable, Hashable {
        /// Text (codes and names).
        case text
        /// A whole number ≥ 0 (persons, households).
        case integer
        /// A number ≥ 0 (yuan).
        case number
        /// 是/否, true/false or 1/0.
        case boolean
    }

    /// The property name in villages.geojson and the English header, e.g. "poor_persons".
    public var key: String
    /// The Chinese header, e.g. "建档立卡贫困人口(人)".
    public var chinese: String
    /// Other headers accepted on import (Chinese or English).
    public var aliases: [String]
    public var type: ValueType
    /// The unit, e.g. "persons"; "" for none.
    public var unit: String
    /// True for figures that import replaces; false for key columns and `kind`.
    public var importable: Bool

    /// Every column, in the order export writes them.
    public static let all: [VillageFigureColumn] = [
        .init(key: "id", chinese: "村代码", aliases: ["编码", "村编码", "代码"], type: .text, unit: "", importable: false),
        .init(key: "township_code", chinese: "乡镇代码", aliases: ["乡镇编码"], type: .text, unit: "", importable: false),
        .init(key: "township_name", chinese: "乡镇", aliases: ["乡镇名称", "乡(镇)", "镇(乡)", "township"], type: .text, unit: "", importable: false),
        .init(key: "name", chinese: "村(社区)", aliases: ["村名", "村名称", "村委会", "村(居)", "committee_name", "village"], type: .text, unit: "", importable: false),
        .init(key: "kind", chinese: "类型", aliases: ["村/社区"], type: .text, unit: "村 or 社区", importable: false),
        .init(key: "poor_village", chinese: "贫困村", aliases: ["是否贫困村"], type: .boolean, unit: "", importable: true),
        .init(key: "population", chinese: "人口(人)", aliases: ["户籍人口", "总人口"], type: .integer, unit: "persons", importable: true),
        .init(key: "households", chinese: "户数(户)", aliases: ["总户数"], type: .integer, unit: "households", importable: true),
        .init(key: "poor_households", chinese: "建档立卡贫困户(户)", aliases: ["贫困户", "贫困户数"], type: .integer, unit: "households", importable: true),
        .init(key: "poor_persons", chinese: "建档立卡贫困人口(人)", aliases: ["贫困人口", "贫困人数"], type: .integer, unit: "persons", importable: true),
        .init(key: "income_per_capita_2015", chinese: "2015年人均纯收入(元)", aliases: ["人均纯收入", "人均收入"], type: .number, unit: "yuan per person per year", importable: true),
        .init(key: "road", chinese: "通硬化路", aliases: ["通公路", "道路"], type: .boolean, unit: "", importable: true),
        .init(key: "water", chinese: "安全饮水", aliases: ["通水", "饮水"], type: .boolean, unit: "", importable: true),
        .init(key: "power", chinese: "通电", aliases: ["用电"], type: .boolean, unit: "", importable: true),
        .init(key: "broadband", chinese: "通宽带", aliases: ["宽带"], type: .boolean, unit: "", importable: true),
        .init(key: "clinic", chinese: "卫生室", aliases: ["有卫生室", "标准化卫生室"], type: .boolean, unit: "", importable: true),
        .init(key: "culture_room", chinese: "文化室", aliases: ["有文化室", "文化活动室"], type: .boolean, unit: "", importable: true),
        .init(key: "collective_income_yuan", chinese: "村集体经济收入(元)", aliases: ["集体经济收入", "集体收入"], type: .number, unit: "yuan per year", importable: true),
    ]

    /// The importable properties, in table order.
    public static let importableKeys: [String] = all.filter(\.importable).map(\.key)

    /// The column whose key, Chinese header (with or without its unit in parentheses) or
    /// alias is `header`, compared without spaces, ASCII case or full-width parentheses.
    public static func column(forHeader header: String) -> VillageFigureColumn? {
        let h = normaliseHeader(header)
        guard !h.isEmpty else { return nil }
        return all.first { c in c.headerForms.contains(h) }
    }

    /// Every accepted header of this column, normalised.
    var headerForms: [String] {
        var forms = [key, chinese] + aliases
        if let paren = chinese.firstIndex(of: "(") { forms.append(String(chinese[..<paren])) }
        return forms.map(VillageFigureColumn.normaliseHeader)
    }

    static func normaliseHeader(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars where !c.properties.isWhitespace {
            switch c {
            case "（": out += "("
            case "）": out += ")"
            default: out.unicodeScalars.append(c)
            }
        }
        return out.lowercased()
    }
}
