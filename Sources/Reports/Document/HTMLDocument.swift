/// One self-contained HTML document: the head with its own style sheet (screen and A4
/// print), the body's sections in order. Nothing is loaded from outside: fonts are named
/// by system name, figures are inline SVG, and there is no script. The output is also
/// well-formed XML (every element closed), so it can be checked with an XML parser.
public struct HTMLDocument: Sendable {
    public var title: String
    public var language: ReportLanguage
    /// The sections' HTML, in order (each usually a `<section>`).
    public var sections: [String]
    /// The line under the title (what the report is of).
    public var subtitle: String

    public init(title: String, subtitle: String, language: ReportLanguage, sections: [String]) {
        self.title = title; self.subtitle = subtitle; self.language = language; self.sections = sections
    }

    /// The fonts of the report, by system name (no font file is embedded or fetched).
    public static let fontFamily = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif"

    /// The style sheet: screen layout, and A4 pages in print (2 cm margins, sections
    /// starting a page, tables and figures kept whole).
    public static let styleSheet = """
    :root { color-scheme: light; }
    body { font-family: \(fontFamily); color: #222; background: #fff; margin: 0 auto; max-width: 60em; padding: 1.5em 2em; line-height: 1.55; font-size: 11pt; }
    h1 { font-size: 20pt; margin: 0.2em 0 0.1em; }
    h2 { font-size: 15pt; border-bottom: 2px solid #c0392b; padding-bottom: 0.15em; margin-top: 1.6em; }
    h3 { font-size: 12.5pt; margin-top: 1.2em; }
    .subtitle { color: #555; margin: 0 0 1em; }
    .alt { color: #666; font-size: 0.86em; font-weight: normal; }
    table.data { border-collapse: collapse; margin: 0.6em 0 1em; font-size: 9.5pt; width: 100%; }
    table.data caption { text-align: left; font-weight: bold; padding: 0.2em 0; }
    table.data th, table.data td { border: 1px solid #c8c8c8; padding: 0.25em 0.45em; vertical-align: top; }
    table.data th { background: #f3efe9; text-align: left; font-size: 0.92em; }
    table.data th.num { white-space: normal; }
    table.data th .alt { display: block; }
    table.data .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .range { display: block; color: #666; font-size: 0.8em; white-space: nowrap; }
    .yes { color: #1e7b34; font-weight: bold; }
    .no { color: #b03a2e; font-weight: bold; }
    .note { color: #555; font-size: 9.5pt; }
    .warn { background: #fdf2e9; border-left: 4px solid #d35400; padding: 0.35em 0.7em; margin: 0.5em 0; }
    figure { margin: 1em 0; page-break-inside: avoid; break-inside: avoid; }
    figure svg { width: 100%; height: auto; display: block; border: 1px solid #ddd; }
    figcaption { font-size: 9.5pt; color: #444; margin-top: 0.3em; }
    table.data td:first-child { min-width: 7em; }
    .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 0.8em 1.2em; }
    .toc { columns: 2; font-size: 10pt; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
    dl.facts dt { font-weight: bold; }
    dl.facts dd { margin: 0; }
    @page { size: A4; margin: 18mm 16mm 18mm 16mm; }
    @page map { size: A4 landscape; margin: 12mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10pt; }
      h2 { break-before: page; page-break-before: always; }
      section.first h2 { break-before: auto; page-break-before: auto; }
      table.data { page-break-inside: auto; }
      tr, figure { page-break-inside: avoid; break-inside: avoid; }
      .charts { display: block; }
      .charts figure { width: 82%; margin: 0.6em auto; }
      figure.map { page: map; break-before: page; margin: 0; }
      figure.map svg { width: 100%; height: auto; max-height: 175mm; border: none; }
    }
    """

    /// The whole document as UTF-8 text.
    public func render() -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.htmlLang)\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<meta name=\"generator\" content=\"benkang report\"/>\n"
        out += "<title>" + HTML.escape(title) + "</title>\n<style>\n" + Self.styleSheet + "\n</style>\n</head>\n<body>\n"
        out += "<header><h1>" + HTML.escape(title) + "</h1><p class=\"subtitle\">" + subtitle + "</p></header>\n"
        for s in sections { out += s + "\n" }
        out += "</body>\n</html>\n"
        return out
    }
}
