import Simulation

/// `region-summary.json`: the region, strategy, seeds, runs, each county (its folder,
/// seed and exit year) and the region's key figures, keys in a fixed order
/// (docs/regions.md). A figure is a number for one run, `{"p10","p50","p90"}` for an
/// ensemble; a year that did not come is null.
public enum RegionSummaryJSON {
    /// What the file records besides the runs.
    public struct Header: Sendable {
        public var name: String
        public var nameEn: String
        public var file: String
        public var strategy: String
        public var seed: UInt64
        /// Each county's seed (in county order) and its scenario file.
        public var countySeeds: [UInt64]
        public var scenarios: [String]
        public init(name: String, nameEn: String, file: String, strategy: String, seed: UInt64, countySeeds: [UInt64], scenarios: [String]) {
            self.name = name; self.nameEn = nameEn; self.file = file; self.strategy = strategy
            self.seed = seed; self.countySeeds = countySeeds; self.scenarios = scenarios
        }
    }

    /// The region's key figures of one run, by name, in a fixed order: each figure of
    /// ``RegionRuns/figures`` in the last year, lifted out and cost over the simulated
    /// years, and the year every county has exited (+∞: not by the last year).
    public static func keyFigures(_ region: RegionRuns, run: Int) -> [(name: String, value: Double)] {
        let last = region.years.count - 1
        var out = RegionRuns.figures.map { ("\($0.name)_\(region.years[last])", $0.value(region, run, last)) }
        let simulated = region.years.indices.dropFirst()
        out.append(("lifted_out_total", simulated.reduce(0) { $0 + region.sum(run, $1) { Double($0.liftedOutPersons) } }))
        out.append(("cost_yuan_total", region.years.indices.reduce(0) { $0 + region.sum(run, $1) { $0.costYuan } }))
        let all = region.years.indices.first { region.countiesExited(run, $0) == region.counties.count }
        out.append(("all_counties_exited_year", Quantiles.year(all.map { region.years[$0] })))
        return out
    }

    /// The whole file.
    public static func render(_ region: RegionRuns, header: Header) -> String {
        let ensemble = region.runCount > 1
        func figure(_ name: String, _ values: [Double]) -> String {
            let decimals = name.hasPrefix("incidence") ? 6 : KeyFigures.isYear(name) ? 0 : 2
            func cell(_ x: Double) -> Cell { .number(x, decimals, whenNotFinite: "") }
            if !ensemble { return JSONWriter.value(cell(values[0])) }
            let q = KeyFigures.quantiles(name, values)
            return JSONWriter.object([("p10", cell(q.p10)), ("p50", cell(q.p50)), ("p90", cell(q.p90))])
        }
        var out = "{\n"
        out += "  \"region\": \(JSONWriter.string(header.name)),\n"
        out += "  \"region_en\": \(JSONWriter.string(header.nameEn)),\n"
        out += "  \"region_file\": \(JSONWriter.string(header.file)),\n"
        out += "  \"strategy\": \(JSONWriter.string(header.strategy)),\n"
        out += "  \"seed\": \(header.seed),\n"
        out += "  \"runs\": \(region.runCount),\n"
        out += "  \"counties\": [\n"
        out += region.counties.enumerated().map { k, c in
            let exit = figure("county_exit_year", c.runs.map { Quantiles.year($0.countyExitYear) })
            return "    {\"code\": \(JSONWriter.string(c.code)), \"name\": \(JSONWriter.string(c.name)), \"folder\": \(JSONWriter.string(c.code)), "
                + "\"scenario\": \(JSONWriter.string(header.scenarios[k])), \"seed\": \(header.countySeeds[k]), \"county_exit_year\": \(exit)}"
        }.joined(separator: ",\n")
        out += "\n  ],\n"
        out += "  \"kpis\": {\n"
        let perRun = (0..<region.runCount).map { keyFigures(region, run: $0) }
        out += perRun[0].indices.map { i in
            "    \(JSONWriter.string(perRun[0][i].name)): " + figure(perRun[0][i].name, perRun.map { $0[i].value })
        }.joined(separator: ",\n")
        out += "\n  }\n}\n"
        return out
    }
}
