import Cartography
import GIS

/// How the report writes numbers: grouped whole numbers, 万元 for money, percent for
/// shares, "P50 (P10–P90)" for an ensemble; never an exponent, never "-0".
enum ReportNumbers {
    /// `v` with `decimals` digits, thousands grouped with commas.
    static func number(_ v: Double, _ decimals: Int = 0) -> String {
        guard v.isFinite else { return "—" }
        if decimals == 0 { return SVGText.number(v.rounded(), decimals: 0) }
        let whole = (abs(v) * pow10(decimals)).rounded() / pow10(decimals)
        let text = Fixed.text(whole, decimals)
        let parts = text.split(separator: ".", maxSplits: 1)
        let intPart = SVGText.number(Double(parts[0]) ?? 0, decimals: 0)
        let sign = v < 0 && whole != 0 ? "\u{2212}" : ""
        return sign + intPart + (parts.count > 1 ? "." + parts[1] : "")
    }

    static func pow10(_ d: Int) -> Double { (0..<d).reduce(1.0) { a, _ in a * 10 } }

    /// Yuan as 万元 (10,000 yuan), one decimal.
    static func wan(_ yuan: Double) -> String { number(yuan / 10_000, 1) }

    /// A share 0–1 as percent with `decimals`.
    static func percent(_ f: Double, _ decimals: Int = 2) -> String { f.isFinite ? number(f * 100, decimals) + " %" : "—" }

    /// A spread as HTML: the P50 and, when the runs differ, `(P10–P90)` in a smaller span.
    static func spread(_ s: Spread?, _ format: (Double) -> String) -> String {
        guard let s else { return "—" }
        guard s.isRange else { return HTML.escape(format(s.p50)) }
 return HTML.escape(format(s.p50)) + "<span class=\"range\">" + HTML.escape(format(s.p10)) + "–" + HTML.escape(format(s.p90)) + "</span>"
    }

    /// A year figure: the year, or "not by END" for +∞.
    static func year(_ v: Double, end: Int, _ lang: ReportLanguage) -> String {
        v.isFinite ? String(Int(v.rounded())) : lang.t("\(end) 年前未达到", "not by \(end)")
    }
}
