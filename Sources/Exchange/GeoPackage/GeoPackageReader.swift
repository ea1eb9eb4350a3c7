import GIS

/// Reads the feature layers of a GeoPackage (any writer's: GDAL, QGIS, ArcGIS or
/// Benkang's) as feature collections, for `validate` and `info`.
public enum GeoPackageReader {
    /// One feature layer: its features (positions in the layer's CRS) and that CRS
    /// (`EPSG:<code>`, or the WKT of `gpkg_spatial_ref_sys` when it has no EPSG code).
    public struct Layer: Sendable {
        public var name: String
        public var crs: String
        public var features: FeatureCollection

        public init(name: String, crs: String, features: FeatureCollection) {
            self.name = name; self.crs = crs; self.features = features
        }
    }

    /// The feature layers of the GeoPackage at `path`, in `gpkg_contents` order.
    /// - Throws: `GISError` naming the file (and the layer and feature) when it is not a
    ///   GeoPackage or a geometry cannot be read.
    public static func read(path: String) throws -> [Layer] {
        do {
            let db = try SQLiteDatabase(readingAt: path)
            let tables = try db.query("""
                SELECT c.table_name, g.column_name, g.srs_id, s.organization, s.organization_coordsys_id, s.definition \
                FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name \
                LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id \
                WHERE c.data_type = 'features' ORDER BY c.rowid
                """)
            return try tables.map { row in
                guard case .text(let table) = row[0], case .text(let geometryColumn) = row[1] else {
                    throw GISError(file: path, "gpkg_geometry_columns has a row without a table or column name")
                }
                return Layer(name: table, crs: crsName(row), features: try features(db, table, geometryColumn, file: path))
            }
        } catch let error as SQLiteError {
            throw GISError(file: path, "cannot read the GeoPackage: \(error.message)")
        }
    }

    static func crsName(_ row: [SQLiteValue]) -> String {
        if case .text(let org) = row[3], org.uppercased() == "EPSG", case .integer(let code) = row[4] { return "EPSG:\(code)" }
        if case .text(let wkt) = row[5], wkt != "undefined" { return wkt }
        return PlanningCRS.geographicCode
    }

    static func features(_ db: SQLiteDatabase, _ table: String, _ geometryColumn: String, file: String) throws -> FeatureCollection {
        let sql = "SELECT * FROM \(sqlIdentifier(table))"
        let names = try db.columnNames(sql)
        var out: [Feature] = []
        var problems: [Diagnostic] = []
        for (index, row) in try db.query(sql).enumerated() {
            var properties = JSONObject()
            var geometry: Geometry?
            for (name, value) in zip(names, row) {
                if name == geometryColumn {
                    if case .blob(let blob) = value {
                        do { geometry = try self.geometry(blob) } catch let failure as WKBReader.Failure {
                            problems.append(Diagnostic(.error, file: file,
                                                       location: SourceLocation(featureIndex: index, path: "\(table).\(name)"),
                                                       failure.message))
                        }
                    }
                    continue
                }
                if name == "fid" { continue }
                switch value {
                case .null: properties[name] = .null
                case .integer(let i): properties[name] = .number(Double(i))
                case .real(let d): properties[name] = .number(d)
                case .text(let s): properties[name] = .string(s)
                case .blob: continue
                }
            }
            out.append(Feature(geometry: geometry, properties: properties))
        }
        if !problems.isEmpty { throw GISError(problems) }
        return FeatureCollection(features: out)
    }

    /// The geometry of a GeoPackage blob (`GP` header, optional envelope, WKB); nil for
    /// the empty flag.
    static func geometry(_ blob: [UInt8]) throws -> Geometry? {
        guard blob.count >= 8, blob[0] == 0x47, blob[1] == 0x50 else {
            throw WKBReader.Failure(message: "not a GeoPackage geometry (no GP header)")
        }
        let flags = blob[3]
        if flags & 0b0001_0000 != 0 { return nil }
        let envelope = [0, 32, 48, 48, 64][min(Int((flags >> 1) & 0b111), 4)]
        var reader = WKBReader(blob, at: 8 + envelope)
        return try reader.geometry()
    }
}
