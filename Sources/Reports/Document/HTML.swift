import GIS

/// Small helpers for writing well-formed (X)HTML text: every element closed, every
/// attribute quoted, text escaped, so the report also parses as XML.
public enum HTML {
    /// `s` with `&`, `<`, `>` and `"` escaped and XML-illegal control characters dropped.
    public static func escape(_ s: String) -> String { TextEscape.xmlAttribute(s) }

    /// `<name attrs>content</name>`, `content` being HTML already.
    public static func element(_ name: String, _ attributes: [(String, String)] = [], _ content: String) -> String {
        "<\(name)" + attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined() + ">" + content + "</\(name)>"
    }

    /// A paragraph of plain text (escaped).
    public static func paragraph(_ text: String, cssClass: String? = nil) -> String {
        element("p", cssClass.map { [("class", $0)] } ?? [], escape(text))
    }

    /// A table: `header` cells and `rows` of cells, all HTML already; `numeric` column
    /// indices are right-aligned.
    public static func table(id: String? = nil, caption: String? = nil, header: [String], rows: [[String]],
                             numeric: Set<Int> = [], cssClass: String = "data") -> String {
        var out = "<table class=\"\(cssClass)\"" + (id.map { " id=\"\(escape($0))\"" } ?? "") + ">"
        if let caption { out += "<caption>" + caption + "</caption>" }
        out += "<thead><tr>" + header.enumerated().map { i, h in numeric.contains(i) ? "<th class=\"num\">\(h)</th>" : "<th>\(h)</th>" }.joined() + "</tr></thead>"
        out += "<tbody>"
        for row in rows {
            out += "<tr>" + row.enumerated().map { i, c in numeric.contains(i) ? "<td class=\"num\">\(c)</td>" : "<td>\(c)</td>" }.joined() + "</tr>"
        }
        return out + "</tbody></table>"
    }
}
