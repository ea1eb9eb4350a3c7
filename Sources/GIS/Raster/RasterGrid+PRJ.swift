/// The `.prj` file beside a raster: its CRS as ESRI WKT, which GDAL, QGIS and ArcGIS read.
extension RasterGrid {
    /// `dem.asc` → `dem.prj`: the name GDAL's AAIGrid driver and ArcGIS look for.
    public static func prjPath(forRaster path: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[slash...].lastIndex(of: ".") else { return path + ".prj" }
        return String(path[..<dot]) + ".prj"
    }

    /// Writes the grid as ESRI ASCII text to `path` and its CRS (WKT from PROJ, ESRI
    /// dialect) to the `.prj` beside it, each atomically.
    /// - Throws: ``ProjError`` when PROJ does not know `crs`; `GISError` naming the
    ///   file when one cannot be written.
    public func writeESRIASCII(to path: String, decimals: Int = 1, crs: String) throws {
        let description = try CRSDescription(crs)
        guard let wkt = description.wkt(.wkt1ESRI) ?? description.wkt(.wkt1GDAL) else {
            throw GISError(file: Self.prjPath(forRaster: path), "PROJ cannot write \(crs) as WKT for the .prj")
        }
        try writeESRIASCII(to: path, decimals: decimals)
        try AtomicFile.write(wkt + "\n", to: Self.prjPath(forRaster: path))
    }
}
