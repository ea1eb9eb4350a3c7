import Foundation
import GIS

/// Writes layers into a GeoPackage 1.3 file (OGC 12-128r18) that GDAL, QGIS and ArcGIS
/// open: `application_id` `GPKG`, `user_version` 10300, the required
/// `gpkg_spatial_ref_sys` (with the export CRS's WKT from PROJ), `gpkg_contents` and
/// `gpkg_geometry_columns`; one feature table per layer with geometry (standard
/// GeoPackage binary: header and WKB, with envelope), one attributes table per layer
/// without; the Chinese titles of the columns in `gpkg_data_columns` (the schema
/// extension), and QGIS styles in `layer_styles` (what QGIS loads as the default style).
///
/// The file is built under a temporary name in the same folder and renamed into place:
/// a failure leaves no partial file and the previous file as it was.
public enum GeoPackageWriter {
    /// Writes `layers` (geometries already in `crs`) and `styles` (layer name → QML) to `path`.
    /// - Throws: `GISError` naming `path` when it cannot be written (or is not a regular
    ///   file), with SQLite's reason.
    public static func write(_ layers: [ExchangeLayer], crs: CRSDescription, styles: [String: String] = [:],
                             to path: String) throws {
        try AtomicFile.produce(path) { temporary in
            do {
                try build(layers, crs: crs, styles: styles, at: temporary)
            } catch let error as SQLiteError {
                throw GISError(file: path, "cannot write the GeoPackage: \(error.message)")
            }
        }
    }

    /// The `srs_id` used for `crs`: its EPSG code, or 100000 for a CRS without one.
    static func srsID(_ crs: CRSDescription) -> Int32 { Int32(crs.epsgCode ?? 100_000) }

    static func build(_ layers: [ExchangeLayer], crs: CRSDescription, styles: [String: String], at path: String) throws {
        let db = try SQLiteDatabase(path: path)
        try db.execute("PRAGMA application_id = 1196444487; PRAGMA user_version = 10300; PRAGMA journal_mode = OFF;")
        try db.execute("BEGIN")
        try createCoreTables(db)
        let srs = srsID(crs)
        try insertSpatialReferenceSystems(db, crs: crs, srsID: srs)
        let now = ISO8601DateFormatter.gpkg.string(from: Date(timeIntervalSince1970: 0))
        for layer in layers { try writeLayer(layer, srsID: srs, timestamp: now, db: db) }
        try writeDataColumns(layers, db: db)
        if !styles.isEmpty { try writeStyles(styles, layers: layers, db: db, timestamp: now) }
        try db.commit()
    }

    static func createCoreTables(_ db: SQLiteDatabase) throws {
        try db.execute("""
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, \
        organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, \
        description TEXT);
        CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, \
        identifier TEXT UNIQUE, description TEXT DEFAULT '', \
        last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), \
        min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, \
        CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, \
        geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, \
        CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), \
        CONSTRAINT uk_gc_table_name UNIQUE (table_name), \
        CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), \
        CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
        CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, \
        definition TEXT NOT NULL, scope TEXT NOT NULL, \
        CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
        CREATE TABLE gpkg_data_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, name TEXT, \
        title TEXT, description TEXT, mime_type TEXT, constraint_name TEXT, \
        CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name), \
        CONSTRAINT gdc_tn UNIQUE (table_name, name));
        CREATE TABLE gpkg_data_column_constraints (constraint_name TEXT NOT NULL, constraint_type TEXT NOT NULL, \
        value TEXT, min NUMERIC, min_is_inclusive BOOLEAN, max NUMERIC, max_is_inclusive BOOLEAN, \
        description TEXT, CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value));
        """)
        try db.execute("INSERT INTO gpkg_extensions VALUES (?1, NULL, ?2, ?3, ?4)", rows: [
            ["gpkg_data_columns", "gpkg_schema", "http://www.geopackage.org/spec/#extension_schema", "read-write"],
            ["gpkg_data_column_constraints", "gpkg_schema", "http://www.geopackage.org/spec/#extension_schema", "read-write"],
        ].map { $0.map { SQLiteValue.text($0) } })
    }

    /// The three rows every GeoPackage has (-1, 0, 4326) and the export CRS.
    static func insertSpatialReferenceSystems(_ db: SQLiteDatabase, crs: CRSDescription, srsID: Int32) throws {
        var rows: [[SQLiteValue]] = [
            [.text("Undefined cartesian SRS"), .integer(-1), .text("NONE"), .integer(-1), .text("undefined"),
             .text("undefined cartesian coordinate reference system")],
            [.text("Undefined geographic SRS"), .integer(0), .text("NONE"), .integer(0), .text("undefined"),
             .text("undefined geographic coordinate reference system")],
        ]
        let wgs84 = try CRSDescription("EPSG:4326")
        if srsID != 4326 {
            rows.append([.text(wgs84.name), .integer(4326), .text("EPSG"), .integer(4326),
                         .text(wgs84.wkt(.wkt1GDAL) ?? "undefined"), .text("longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid")])
        }
        rows.append([.text(crs.name), .integer(Int64(srsID)), .text(crs.epsgCode == nil ? "NONE" : "EPSG"),
                     .integer(Int64(srsID)), .text(crs.wkt(.wkt1GDAL) ?? crs.wkt(.wkt2) ?? "undefined"),
                     .text(crs.name)])
        try db.execute("INSERT INTO gpkg_spatial_ref_sys VALUES (?1, ?2, ?3, ?4, ?5, ?6)", rows: rows)
    }

    static func sqlType(_ t: ExchangeFieldType) -> String {
        switch t {
        case .integer: "INTEGER"
        case .real: "REAL"
        case .text: "TEXT"
        case .boolean: "BOOLEAN"
        }
    }

    static func writeLayer(_ layer: ExchangeLayer, srsID: Int32, timestamp: String, db: SQLiteDatabase) throws {
        let table = sqlIdentifier(layer.name)
        var columns = ["\"fid\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"]
        if let type = layer.geometryType { columns.append("\"geom\" \(type.rawValue)") }
        columns += layer.fields.map { "\(sqlIdentifier($0.name)) \(sqlType($0.type))" }
        try db.execute("CREATE TABLE \(table) (\(columns.joined(separator: ", ")))")

        var box = BoundingBox.empty
        for r in layer.records { if let g = r.geometry { box.extend(g.boundingBox) } }
        let extent: [SQLiteValue] = box.isEmpty || layer.geometryType == nil
            ? [.null, .null, .null, .null]
            : [.real(box.minX), .real(box.minY), .real(box.maxX), .real(box.maxY)]
        try db.execute("INSERT INTO gpkg_contents VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", rows: [[
            .text(layer.name), .text(layer.geometryType == nil ? "attributes" : "features"), .text(layer.title),
            .text(layer.description), .text(timestamp)] + extent + [layer.geometryType == nil ? .null : .integer(Int64(srsID))]])
        if let type = layer.geometryType {
            try db.execute("INSERT INTO gpkg_geometry_columns VALUES (?1, 'geom', ?2, ?3, 0, 0)",
                           rows: [[.text(layer.name), .text(type.rawValue), .integer(Int64(srsID))]])
        }

        let names = (layer.geometryType == nil ? [] : ["\"geom\""]) + layer.fields.map { sqlIdentifier($0.name) }
        let placeholders = (1...max(1, names.count)).map { "?\($0)" }.prefix(names.count).joined(separator: ", ")
        let insert = names.isEmpty ? "INSERT INTO \(table) DEFAULT VALUES"
            : "INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(placeholders))"
        let rows: [[SQLiteValue]] = layer.records.map { record in
            var row: [SQLiteValue] = []
            if layer.geometryType != nil {
                row.append(record.geometry.map { .blob(GeoPackageGeometry.blob($0, srsID: srsID)) } ?? .null)
            }
            row += record.values.map(sqlValue)
            return row
        }
        try db.execute(insert, rows: rows)
    }

    static func sqlValue(_ v: ExchangeValue) -> SQLiteValue {
        switch v {
        case .null: .null
        case .integer(let i): .integer(i)
        case .real(let d): d.isFinite ? .real(d) : .null
        case .text(let s): .text(s)
        case .boolean(let b): .integer(b ? 1 : 0)
        }
    }

    /// Each column's English key (`name`) and Chinese title (`title`): GDAL reads them as
    /// the field's alternative name and comment.
    static func writeDataColumns(_ layers: [ExchangeLayer], db: SQLiteDatabase) throws {
        var rows: [[SQLiteValue]] = []
        for layer in layers {
            for f in layer.fields {
                let other = f.name == f.key ? f.title : f.key
                rows.append([.text(layer.name), .text(f.name), .text(other), .text(f.title), .text(f.key)])
            }
        }
        try db.execute("INSERT INTO gpkg_data_columns (table_name, column_name, name, title, description) "
                       + "VALUES (?1, ?2, ?3, ?4, ?5)", rows: rows)
    }

    /// The `layer_styles` table QGIS reads and writes (registered as an attributes table,
    /// as QGIS does), one default style per styled layer.
    static func writeStyles(_ styles: [String: String], layers: [ExchangeLayer], db: SQLiteDatabase,
                            timestamp: String) throws {
        try db.execute("""
        CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256), \
        f_table_schema TEXT(256), f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30), \
        styleQML TEXT, styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), \
        update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))
        """)
        try db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                       + "VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS styles', ?1)",
                       rows: [[.text(timestamp)]])
        let rows: [[SQLiteValue]] = layers.compactMap { layer in
            guard let qml = styles[layer.name], layer.geometryType != nil else { return nil }
            return [.text(layer.name), .text(layer.title), .text(qml), .text(timestamp)]
        }
        try db.execute("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                       + "styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, update_time) "
                       + "VALUES ('', '', ?1, 'geom', ?2, ?3, '', 1, 'Benkang: the SVG map symbology', '', NULL, ?4)",
                       rows: rows)
    }
}

extension ISO8601DateFormatter {
    /// `2026-01-01T00:00:00.000Z`: the timestamp format of `gpkg_contents.last_change`.
    static var gpkg: ISO8601DateFormatter {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        f.timeZone = TimeZone(identifier: "UTC")
        return f
    }
}
