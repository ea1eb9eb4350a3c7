import Foundation
import GIS
import Planning

/// A township while it is built: the real code, name and kind, a modelled seat and
/// the Voronoi polygon of its seat clipped to the county (planning CRS).
struct TownshipRecord {
    var source: SourceTownship
    var seat: Position
    var seatReason: String
    var geometry: Geometry = .geometryCollection([])
}

/// A road while it is built (planning CRS).
struct RoadRecord {
    var kind: String
    var name: String
    var ref: String
    var level: String
    var line: PlanarPolyline
    var source: String
}

/// The files written by a build, one summary line per layer, and the warnings: what
/// the county's sources lack and which layers leave it out.
public struct BuildReport: Sendable {
    public var files: [String] = []
    public var summary: [String] = []
    public var warnings: [Diagnostic] = []
}

/// The deterministic builder of a geodata folder: reads the county profile and the
/// real sources it names (county boundary, neighbours, township and village name
/// lists), models everything else from the profile and the model inputs
/// (``BuildParameters``) and writes every layer. The same sources and seed give
/// byte-identical files.
///
/// Not `Sendable`: it owns a GEOS context and a PROJ transformation (one thread).
public final class GeodataBuilder {
    /// The builder's version, recorded in the build stamp: a change of the modelling that
    /// changes the layers should bump it.
    public static let version = "0.1.0"

    public let parameters: BuildParameters
    let sourcesFolder: String
    let geos: GEOSContext
    let proj: Transformation
    var sources: SourceTables
    var countyFeature: Feature
    var county: Geometry
    var countyPrepared: PreparedGeometry
    var neighbours: FeatureCollection
    var terrain: TerrainModel
    var dem: RasterGrid
    var slopes: [Double] = []
    var zoneMask: [[Bool]] = []
    var townships: [TownshipRecord] = []
    var villages: [VillageRecord] = []
    var roads: [RoadRecord] = []
    var zoneRules: ZoneRules
    var warnings: [Diagnostic]

    var profile: CountyProfile { parameters.profile }

    /// Reads the profile and the model inputs of `sourcesFolder` (`seed` overrides the
    /// profile's `build.seed`), then the sources, and prepares the terrain and the DEM.
    /// - Throws: `GISError` naming a source file and place; PROJ or GEOS errors.
    public convenience init(sourcesFolder: String, seed: UInt64? = nil) throws {
        try self.init(sourcesFolder: sourcesFolder, parameters: try BuildParameters.load(sourcesFolder: sourcesFolder, seed: seed))
    }

    /// Reads the sources the profile names and prepares the terrain model and the DEM.
    /// - Throws: `GISError` naming a source file and place; PROJ or GEOS errors.
    public init(sourcesFolder: String, parameters: BuildParameters) throws {
        self.parameters = parameters
        self.sourcesFolder = sourcesFolder
        warnings = parameters.warnings
        let files = parameters.profile.sources
        geos = try GEOSContext()
        do {
            proj = try Transformation(from: PlanningCRS.geographicCode, to: parameters.planningCRS)
        } catch {
            throw GISError(file: parameters.profile.file, "crs.planning \(parameters.planningCRS): PROJ knows no such CRS (\(error)); expected a projected CRS in metres such as EPSG:4545")
        }
        sources = try SourceTables.read(folder: sourcesFolder, townshipsFile: files.townships, villagesFile: files.villages)
        let countyPath = sourcesFolder + "/" + files.boundary
        let countyFC = try GeoJSONFile.read(path: countyPath).object.asFeatureCollection
        guard let cf = countyFC.features.first, let g = cf.geometry, Self.isPolygonal(g), !g.boundingBox.isEmpty else {
            throw GISError(file: countyPath, location: SourceLocation(featureIndex: 0, path: "geometry"),
                           "expected one county feature with a Polygon or MultiPolygon geometry that has coordinates")
        }
        // The real boundary must be a valid polygon (checked in lon/lat, as the file gives it).
        let validity = (try? geos.validity(g)) ?? GeometryValidity(isValid: false, reason: "GEOS cannot read it (a ring with fewer than 4 positions?)")
        guard validity.isValid else {
            let at = validity.location.map { " at \($0.x), \($0.y)" } ?? ""
            throw GISError(file: countyPath, location: SourceLocation(featureIndex: 0, path: "geometry"),
                           "not a valid polygon: \(validity.reason ?? "invalid")\(at); repair it (benkang validate --fix) before building")
        }
        countyFeature = cf
        county = try proj.transform(g)
        countyPrepared = try geos.prepare(county)
        neighbours = try Self.readNeighbours(folder: sourcesFolder, file: files.neighbours, county: parameters.countyName, warnings: &warnings)
        let tr = proj
        let layout = TerrainLayout(units: parameters.profile.terrain.units, ridges: parameters.modelInputs.ridges.map(\.name),
                                   county: parameters.countyName, file: parameters.modelInputs.file ?? parameters.profile.file,
                                   inputsName: parameters.modelInputsName,
                                   warnings: &warnings)
        terrain = try TerrainModel(parameters: parameters, layout: layout, warnings: &warnings) { try tr.transform($0) }
        zoneRules = try ZoneRules(parameters: parameters, terrain: terrain, warnings: &warnings) { try tr.transform($0) }
        let model = terrain
        dem = RasterGrid(covering: Self.demBox(county: county, lowPoint: terrain.lowPoint, cell: parameters.build.demCellMetres),
                         cellSize: parameters.build.demCellMetres) { (model.elevation(at: $0) * 10).rounded() / 10 }
    }

    /// The DEM's box: the county's plus 1 km, aligned so that a cell centre falls on the
    /// low point (its sourced height then appears in the DEM), or on the box's corner.
    static func demBox(county: Geometry, lowPoint: Position?, cell: Double) -> BoundingBox {
        let b = county.boundingBox.expanded(by: 1_000)
        let anchor = lowPoint ?? Position(b.minX + cell / 2, b.minY + cell / 2)
        let ox = anchor.x - cell / 2, oy = anchor.y - cell / 2
        return BoundingBox(minX: ox + ((b.minX - ox) / cell).rounded(.down) * cell,
                           minY: oy + ((b.minY - oy) / cell).rounded(.down) * cell,
                           maxX: ox + ((b.maxX - ox) / cell).rounded(.up) * cell,
                           maxY: oy + ((b.maxY - oy) / cell).rounded(.up) * cell)
    }

    /// The neighbours' boundaries, or none (with a warning) when the profile names no file.
    static func readNeighbours(folder: String, file: String?, county: String, warnings: inout [Diagnostic]) throws -> FeatureCollection {
        guard let file else {
            warnings.append(Diagnostic(.warning, "\(county) names no sources.neighbours file: neighbours.geojson is empty"))
            return FeatureCollection()
        }
        let path = folder + "/" + file
        guard FileManager.default.fileExists(atPath: path) else {
            warnings.append(Diagnostic(.warning, file: path, "no such file: \(county) is built without neighbours (neighbours.geojson is empty)"))
            return FeatureCollection()
        }
        return try GeoJSONFile.read(path: path).object.asFeatureCollection
    }

    /// Builds every layer and writes it into `folder` (created if needed), then the
    /// build stamp (``BuildStamp``, `build-stamp.json`) recording ``version``, the seed,
    /// the sources read and every file written, each with its size and SHA-256.
    /// - Throws: `GISError` for bad sources (exit 65) or an output that cannot be
    ///   written (`isOutputFailure`, exit 73); GEOS or PROJ errors naming the operation.
    public func build(into folder: String) throws -> BuildReport {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw GISError.output(file: folder, "cannot create the folder")
        }
        computeCellAttributes()
        try buildTownships()
        try buildVillages()
        try buildRoads()
        measureVillages()
        try PovertyModel.apply(to: &villages, parameters: parameters, countySeatTownship: countySeatIndex)
        var report = BuildReport()
        try writeLayers(into: folder, report: &report)
        try writeStamp(into: folder, report: &report)
        report.warnings = warnings
        return report
    }

    /// The source files a build reads, relative to the sources folder: the profile and
    /// the files it names that exist.
    var sourceFilesRead: [String] {
        let s = profile.sources
        return [BuildParameters.profileFile, s.boundary, s.townships, s.villages] + [s.neighbours, s.modelInputs].compactMap { $0 }
    }

    /// Writes `build-stamp.json` last: the files of `report` and the sources read.
    func writeStamp(into folder: String, report: inout BuildReport) throws {
        var written: [BuildStamp.Entry] = []
        for name in report.files {
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { throw GISError.output(file: path, "cannot read the file back to stamp it") }
            written.append(BuildStamp.Entry(file: name, content: [UInt8](data)))
        }
        let read = Set(sourceFilesRead).sorted().compactMap { name -> BuildStamp.Entry? in
            FileManager.default.contents(atPath: sourcesFolder + "/" + name).map { BuildStamp.Entry(file: name, content: [UInt8]($0)) }
        }
        let stamp = BuildStamp(tool: "benkang geodata build", version: Self.version, seed: parameters.seed, sources: read, files: written)
        try AtomicFile.write(stamp.rendered(), to: folder + "/" + BuildStamp.fileName)
        report.files.append(BuildStamp.fileName)
        report.summary.append("\(BuildStamp.fileName): \(written.count) files with their SHA-256, \(read.count) sources")
    }

    /// Slope and zone membership of every DEM cell.
    func computeCellAttributes() {
        slopes = [Double](repeating: 0, count: dem.values.count)
        zoneMask = [[Bool]](repeating: [Bool](repeating: false, count: dem.values.count), count: zoneRules.zones.count)
        for r in 0..<dem.rows {
            for c in 0..<dem.columns {
                let k = r * dem.columns + c
                let p = dem.centre(column: c, row: r)
                let s = dem.slopeDegrees(at: p) ?? 0
                slopes[k] = s
                for (z, on) in zoneRules.zones(at: p, elevation: dem.values[k], slope: s).enumerated() where on {
                    zoneMask[z][k] = true
                }
            }
        }
    }

    func toLonLat(_ g: Geometry) throws -> Geometry { try proj.inverse(g) }
    func lonLat(_ p: Position) throws -> Position { try proj.inverse(p) }

    /// `g`'s polygonal parts without the parts and holes smaller than `minArea` m²
    /// (overlay slivers that would collapse when written at 6 decimals).
    func cleaned(_ g: Geometry, minArea: Double = 2_000, simplifyMetres: Double = 5) throws -> Geometry {
        var polys: [Polygon] = []
        let parts: [Polygon]
        let simple = simplifyMetres > 0 ? try geos.simplify(g, tolerance: simplifyMetres, preserveTopology: true) : g
        switch Self.polygonal(simple) {
        case .polygon(let p): parts = [p]
        case .multiPolygon(let ps): parts = ps
        default: parts = []
        }
        for p in parts {
            guard let shell = p.rings.first, try geos.area(.polygon(Polygon(rings: [shell]))) >= minArea else { continue }
            let holes = try p.rings.dropFirst().filter { try geos.area(.polygon(Polygon(rings: [$0]))) >= minArea }
            polys.append(Polygon(rings: [shell] + holes))
        }
        return polys.count == 1 ? .polygon(polys[0]) : .multiPolygon(polys)
    }

    /// The polygonal parts of an overlay result as a Polygon or MultiPolygon.
    static func polygonal(_ g: Geometry) -> Geometry {
        var polys: [Polygon] = []
        func collect(_ g: Geometry) {
            switch g {
            case .polygon(let p): polys.append(p)
            case .multiPolygon(let ps): polys += ps
            case .geometryCollection(let gs): gs.forEach(collect)
            default: break
            }
        }
        collect(g)
        return polys.count == 1 ? .polygon(polys[0]) : .multiPolygon(polys)
    }
}
