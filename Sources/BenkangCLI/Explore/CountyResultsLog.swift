import Experiments
import GIS
import Reports

/// results-by-county.csv of an experiment over a region: a header
/// `point,county,run,FIGURE…`, then for each point, county (in the region file's order,
/// by its code) and run one line of that county's figures (the region's figures for a
/// region of that county alone, ``RegionFigures/countyValues(_:figures:)``). Appended a
/// point at a time after the point's lines of results.csv, and flushed like them.
enum CountyResultsLog {
    static let name = "results-by-county.csv"
    /// The table of each point's output statistics per county, written with the analyses.
    static let pointsName = "points-by-county.csv"

    /// The header line for `figures`.
    static func header(_ figures: [String]) -> String { (["point", "county", "run"] + figures).map(CSVWriter.field).joined(separator: ",") + "\n" }

    /// The lines of one point, `codes[c]` naming county c of `point.countyValues`.
    static func lines(_ point: PointResult, codes: [String]) -> String {
        var out = ""
        for (c, runs) in point.countyValues.enumerated() {
            for (run, values) in runs.enumerated() {
                out += "\(point.point),\(CSVWriter.field(codes[c])),\(run)," + values.map(NumberText.format).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    /// The county codes of a results-by-county.csv text, in the order its point 0 lists
    /// them (for `--analyse`, which reads no region file); none when it does not parse.
    static func codes(_ bytes: [UInt8]) -> [String] {
        var codes: [String] = []
        for row in ((try? CSVTable.parse(utf8: bytes, file: name)) ?? []).dropFirst() {
            guard row.count > 2, row[0] == "0" else { break }
            if codes.last != row[1] { codes.append(row[1]) }
        }
        return codes
    }

    /// Each complete point at the start of a results-by-county.csv text (points 0, 1, …,
    /// each with every county of `codes` in order and runs 0 ..< runs), as
    /// `values[p][c][r][k]`, and each point's end (the text's length up to and with it).
    /// - Throws: `GISError` naming the file when the header is not the experiment's.
    static func read(_ bytes: [UInt8], file: String, figures: [String], runs: Int, codes: [String]) throws -> (values: [[[[Double]]]], ends: [Int]) {
        var points: [[[[Double]]]] = []
        var current: [[[Double]]] = [[]]
        let quoted = codes.map(CSVWriter.field)
        let (_, ends) = try ResultsLog.readLines(bytes, file: file, header: header(figures)) { fields in
            let c = current.count - 1
            guard fields.count == figures.count + 3, Int(fields[0]) == points.count, c < codes.count,
                  fields[1] == quoted[c], Int(fields[2]) == current[c].count else { return nil }
            let values = fields.dropFirst(3).compactMap(NumberText.parse)
            guard values.count == figures.count else { return nil }
            current[c].append(values)
            guard current[c].count == runs else { return false }
            guard current.count == codes.count else { current.append([]); return false }
            points.append(current)
            current = [[]]
            return true
        }
        return (points, ends)
    }
}
