import Cartography
import Foundation
import GIS

/// Reads the geodata folder's layers for a map (only those asked for).
enum GeodataLoader {
    /// Loads `names` from `directory`; the county and neighbours are always tried.
    /// - Throws: ``MapInputError`` when an asked-for layer's file is missing, or decoding errors.
    /// - Throws: ``MapInputError`` when `directory` is missing or is a file, too.
    static func load(directory: String, names: Set<String>, required: Set<String>) throws -> PlanLayers {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw MapInputError("\(directory): no such folder (expected a geodata folder written by `benkang geodata build`)")
        }
        guard isDirectory.boolValue else {
            throw MapInputError("\(directory): is a file, expected a geodata folder (written by `benkang geodata build`)")
        }
        var layers = PlanLayers()
        // A folder a build stamped must still hold the files it wrote (not a mix of builds).
        try BuildStamp.verify(folder: directory, reading: names.union(["county", "neighbours"]).compactMap { PlanLayers.fileNames[$0] })
        func read(_ name: String) throws -> FeatureCollection? {
            let file = (directory as NSString).appendingPathComponent(PlanLayers.fileNames[name]!)
            guard FileManager.default.fileExists(atPath: file) else {
                if required.contains(name) {
                    throw MapInputError("\(file): no such file (layer '\(name)' is needed by this map; is \(directory) a geodata folder?)")
                }
                return nil
            }
            return try GeoJSONFile.read(path: file).object.asFeatureCollection
        }
        let all = names.union(["county", "neighbours"])
        if all.contains("county") { layers.county = try read("county") }
        if all.contains("neighbours") { layers.neighbours = try read("neighbours") }
        if all.contains("townships") { layers.townships = try read("townships") }
        if all.contains("villages") { layers.villages = try read("villages") }
        if all.contains("zones") { layers.zones = try read("zones") }
        if all.contains("lines") { layers.lines = try read("lines") }
        if all.contains("terrain") || all.contains("rivers") { layers.terrain = try read("terrain") }
        if all.contains("strategy") { layers.strategy = try read("strategy") }
        if all.contains("roads") { layers.roads = try read("roads") }
        if all.contains("contours") { layers.contours = try read("contours") }
        if all.contains("sites") { layers.sites = try read("sites") }
        if all.contains("elevation") {
            let file = (directory as NSString).appendingPathComponent("dem.asc")
            if FileManager.default.fileExists(atPath: file) {
                let g = try RasterGrid.readESRIASCII(path: file)
                layers.elevation = ElevationGrid(columns: g.columns, rows: g.rows, westMetres: g.lowerLeftX, southMetres: g.lowerLeftY,
                                                 cellSizeMetres: g.cellSize, elevationsMetres: g.values, noData: g.noDataValue)
            } else if required.contains("elevation") {
                throw MapInputError("\(file): no such file (layer 'elevation' is needed by this map)")
            }
        }
        return layers
    }
}
