import ArgumentParser
import Cartography
import Foundation
import Reports

/// The report's maps, drawn by the `benkang map` pipeline (the same request and
/// renderer as the command), each made inline-safe: ids prefixed so several maps share
/// one HTML page.
struct ReportMaps {
    var geodata: String

    /// One map from `benkang map` arguments (`--geodata` and the A4 page are added).
    /// - Throws: the map pipeline's errors (file and place), exit status 65.
    func map(id: String, caption: String, arguments: [String]) throws -> ReportFigure {
        let command: MapCommand
        do { command = try MapCommand.parse(arguments + ["--geodata", geodata, "--page", "a4-landscape"]) } catch {
            throw MapInputError("report: cannot make the map \(id): \(MapCommand.message(for: error))")
        }
        let rendered = try MapRequest(spec: MapSpec(), command: command).render()
        let svg = rendered.svg.withUniqueIDs(prefix: id + "-", rootID: id)
        return ReportFigure(id: id, caption: caption, svg: SVGWriter.fragment(svg))
    }

    /// A run's incidence map (for `year`), exit-year map and relocation-flows map.
    func runMaps(run dir: String, name: String, year: Int, lang: ReportLanguage, prefix: String = "map") throws -> [ReportFigure] {
        [
            try map(id: "\(prefix)-incidence", caption: lang.t("\(name)：\(year) 年各村贫困发生率", "\(name): poverty incidence by village, \(year)"),
                    arguments: ["--run", dir, "--theme", "incidence", "--year", String(year)]),
            try map(id: "\(prefix)-exit-year", caption: lang.t("\(name)：贫困村退出年份", "\(name): the year each poor village exits"),
                    arguments: ["--run", dir, "--theme", "exit_year"]),
            try map(id: "\(prefix)-flows", caption: lang.t("\(name)：易地扶贫搬迁流向（全期）", "\(name): relocation flows, all years"),
                    arguments: ["--run", dir, "--theme", "flows"]),
        ]
    }
}
