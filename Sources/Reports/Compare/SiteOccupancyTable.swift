import Planning
import Simulation

/// `sites.csv`: the persons living at each resettlement site a strategy may use, every
/// run and year (the base year first), with the site's capacity and occupied share.
public enum SiteOccupancyTable {
    /// A row: a run's index, a year, a site (index into the world's sites) and the persons there.
    public struct Row {
        public var run: Int
        public var year: Int
        public var site: Site
        public var persons: Int
    }

    /// One row per run, year and resettlement site of the strategy's kinds, in run, year and site order.
    /// - Complexity: O(runs × years × sites).
    public static func table(_ runs: [RunResult], world: SimulationWorld) -> Table<Row> {
        let columns: [Column<Row>] = [
            .integer("run", label: "运行序号") { $0.run },
            .integer("year", label: "年份") { $0.year },
            .text("site_id", label: "安置点编号") { $0.site.id },
            .text("site_name", label: "安置点名称") { $0.site.name },
            .text("kind", label: "类型") { $0.site.kind.rawValue },
            .integer("capacity_persons", label: "容量(人)", unit: "persons") { $0.site.capacityPersons },
            .integer("occupancy_persons", label: "入住人口(人)", unit: "persons") { $0.persons },
            .number("occupancy_fraction", label: "入住率", unit: "fraction", decimals: 3) {
                $0.site.capacityPersons > 0 ? Double($0.persons) / Double($0.site.capacityPersons) : 0
            },
        ]
        let sites = DestinationCatalog(world: world).sites
        var rows: [Row] = []
        for (k, run) in runs.enumerated() {
            for (y, year) in run.years.enumerated() where y < run.siteOccupancyPersons.count {
                for s in sites { rows.append(Row(run: k, year: year, site: world.sites[s], persons: run.siteOccupancyPersons[y][s])) }
            }
        }
        return Table(columns: columns, rows: rows)
    }
}
