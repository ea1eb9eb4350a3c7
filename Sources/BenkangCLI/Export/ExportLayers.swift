import Foundation
import Exchange
import GIS

/// The layers `benkang export` writes: every GeoJSON layer of a geodata folder, and for a
/// run folder the run's villages, its village figures per year (a table to join) and its
/// relocation flows as lines.
struct ExportLayers {
    let naming: FieldNaming
    let target: String
    private var transformations: [String: Transformation] = [:]

    init(naming: FieldNaming, target: String) {
        self.naming = naming; self.target = target
    }

    /// Chinese titles of the geodata layers (file stems); others keep their stem.
    static let titles: [String: String] = [
        "county": "县界", "neighbours": "邻县", "townships": "乡镇", "villages": "行政村", "roads": "道路",
        "zones": "特殊区域", "terrain": "山脉河流", "sites": "安置点与园区", "lines": "示范线",
        "strategy": "发展格局", "contours": "等高线",
        "run_villages": "村模拟结果", "village_years": "村逐年指标", "flows": "搬迁流向",
    ]

    /// The columns of the run tables that are ids or codes, kept as text.
    static let textKeys: Set<String> = ["village_id", "township_code", "from_village", "to_site", "village_name",
                                           "township_name", "from_village_name", "from_township_name", "to_site_name"]

    /// A GeoJSON layer read from `file` (positions transformed from its declared CRS,
    /// WGS 84 when none, into the export CRS).
    mutating func layer(file: String, name: String, description: String) throws -> (ExchangeLayer, FeatureCollection) {
        let document = try GeoJSONFile.read(path: file)
        for w in document.warnings { printError(w.description) }
        let collection = document.object.asFeatureCollection
        let source = document.sourceCRS
        let transformation = try transformations[source] ?? Transformation(from: source, to: target)
        transformations[source] = transformation
        do {
            let layer = try ExchangeLayer.features(collection, name: name, title: Self.titles[name] ?? name,
                                                   description: description, naming: naming,
                                                   transform: { try transformation.transform($0) })
            return (layer, collection)
        } catch let error as ProjError {
            throw GISError(file: file, error.description)
        }
    }

    /// Every `*.geojson` of `folder` except the model's inputs, in name order.
    static func geodataFiles(_ folder: String) throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw GISError(file: folder, "cannot read the folder: expected a geodata folder or a run folder")
        }
        return names.filter { $0.hasSuffix(".geojson") && $0 != "model-inputs.geojson" }.sorted()
    }

    /// The layers of a geodata folder.
    mutating func geodata(_ folder: String) throws -> [String: (ExchangeLayer, FeatureCollection)] {
        var out: [String: (ExchangeLayer, FeatureCollection)] = [:]
        for file in try Self.geodataFiles(folder) {
            let stem = String(file.dropLast(".geojson".count))
            out[stem] = try layer(file: (folder as NSString).appendingPathComponent(file), name: stem,
                                  description: "geodata/\(file)")
        }
        return out
    }

    /// The rows of a CSV file (a leading byte-order mark is ignored).
    static func csv(_ path: String) throws -> [[String]] {
        var text = String(decoding: try readInput(path), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return try CSVTable.parse(text, file: path)
    }

    /// The run's layers: `run_villages` (its villages.geojson), `village_years`
    /// (villages.csv with the township name added after the code) and `flows` (flows.csv
    /// as lines from the home village's centroid to the site, with names and the
    /// straight-line distance on the CGCS2000 ellipsoid in km).
    mutating func run(_ folder: String, villages: FeatureCollection?, sites: FeatureCollection?) throws -> [ExchangeLayer] {
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        var layers: [ExchangeLayer] = []
        layers.append(try layer(file: path("villages.geojson"), name: "run_villages",
                                description: "villages.geojson of the run: the final year's simulated figures").0)
        var villageByID: [String: Feature] = [:]
        for f in villages?.features ?? [] { if let id = f[property: "id"]?.stringValue { villageByID[id] = f } }
        var siteByID: [String: Feature] = [:]
        for f in sites?.features ?? [] { if let id = f[property: "id"]?.stringValue { siteByID[id] = f } }

        var years = try Self.csv(path("villages.csv"))
        if let header = years.first, let code = header.firstIndex(of: "township_code"),
           let id = header.firstIndex(of: "village_id"), !header.contains("township_name") {
            years = years.enumerated().map { i, row in
                var row = row
                let name = i == 0 ? "township_name"
                    : (id < row.count ? villageByID[row[id]]?[property: "township_name"]?.stringValue : nil) ?? ""
                row.insert(name, at: min(code + 1, row.count))
                return row
            }
        }
        layers.append(ExchangeLayer.table(years, name: "village_years", title: Self.titles["village_years"]!,
                                          description: "villages.csv of the run: one row per village and year; join on village_id",
                                          naming: naming, textKeys: Self.textKeys))
        layers.append(try flows(path("flows.csv"), villages: villageByID, sites: siteByID))
        return layers
    }

    mutating func flows(_ file: String, villages: [String: Feature], sites: [String: Feature]) throws -> ExchangeLayer {
        let rows = try Self.csv(file)
        guard let header = rows.first, let from = header.firstIndex(of: "from_village"),
              let to = header.firstIndex(of: "to_site") else {
            throw GISError(file: file, "expected the columns from_village and to_site (docs/outputs.md)")
        }
        var features: [Feature] = []
        var problems: [Diagnostic] = []
        for (n, row) in rows.enumerated().dropFirst() {
            guard row.count == header.count else {
                problems.append(Diagnostic(.error, file: file, location: SourceLocation(line: n + 1),
                                           "expected \(header.count) fields as in the header, found \(row.count)"))
                continue
            }
            guard let village = villages[row[from]], let a = village.geometry?.centroid else {
                problems.append(Diagnostic(.error, file: file, location: SourceLocation(line: n + 1),
                                           "village \(row[from]) is not in the geodata's villages.geojson"))
                continue
            }
            guard let site = sites[row[to]], case .point(let b)? = site.geometry else {
                problems.append(Diagnostic(.error, file: file, location: SourceLocation(line: n + 1),
                                           "site \(row[to]) is not a point of the geodata's sites.geojson"))
                continue
            }
            var properties = JSONObject()
            for (c, key) in header.enumerated() {
                let cell = row[c]
                properties[key] = Self.textKeys.contains(key) ? .string(cell) : Double(cell).map(JSONValue.number) ?? .string(cell)
                if key == "from_village" {
                    properties["from_village_name"] = village[property: "name"] ?? .null
                    properties["from_township_name"] = village[property: "township_name"] ?? .null
                }
                if key == "to_site" { properties["to_site_name"] = site[property: "name"] ?? .null }
            }
            let km = Geodesic.cgcs2000.distance(from: a, to: b) / 1000
            properties["distance_km"] = .number((km * 1000).rounded() / 1000)
            features.append(Feature(geometry: .lineString(CoordinateSequence([a, b])), properties: properties))
        }
        if !problems.isEmpty { throw GISError(problems) }
        do {
            let source = PlanningCRS.geographicCode
            let transformation = try transformations[source] ?? Transformation(from: source, to: target)
            transformations[source] = transformation
            return try ExchangeLayer.features(FeatureCollection(features: features), name: "flows",
                                              title: Self.titles["flows"]!,
                                              description: "flows.csv of the run as lines from the home village to the site",
                                              naming: naming, transform: { try transformation.transform($0) })
        } catch let error as ProjError {
            throw GISError(file: file, error.description)
        }
    }
}
