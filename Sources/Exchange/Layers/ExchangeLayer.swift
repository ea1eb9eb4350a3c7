import GIS

/// The type of a field of an exported layer, as GeoPackage and dBASE know it.
public enum ExchangeFieldType: String, Sendable, Hashable {
    /// 64-bit integer (GeoPackage INTEGER; dBASE N with no decimals).
    case integer
    /// Double (GeoPackage REAL; dBASE N with decimals).
    case real
    /// UTF-8 text (GeoPackage TEXT; dBASE C).
    case text
    /// true/false (GeoPackage BOOLEAN, 0/1; dBASE L).
    case boolean
}

/// One field of an exported layer: the column name written, the documented English
/// key it comes from, and its Chinese title (alias).
public struct ExchangeField: Sendable, Hashable {
    /// The column name in the written file (Chinese with ``FieldNaming/chinese``).
    public var name: String
    /// The property or CSV column it comes from (`poor_persons`).
    public var key: String
    /// The Chinese title (`贫困人口`), or the key when none is known.
    public var title: String
    public var type: ExchangeFieldType

    public init(name: String, key: String, title: String, type: ExchangeFieldType) {
        self.name = name; self.key = key; self.title = title; self.type = type
    }
}

/// One value of an exported record.
public enum ExchangeValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case boolean(Bool)
}

/// One record: an optional geometry (in the export CRS) and a value per field.
public struct ExchangeRecord: Sendable, Hashable {
    public var geometry: Geometry?
    public var values: [ExchangeValue]

    public init(geometry: Geometry?, values: [ExchangeValue]) {
        self.geometry = geometry; self.values = values
    }
}

/// The geometry type of a layer: one simple-features type, or any.
public enum ExchangeGeometryType: String, Sendable, Hashable {
    case point = "POINT", lineString = "LINESTRING", polygon = "POLYGON"
    case multiPoint = "MULTIPOINT", multiLineString = "MULTILINESTRING", multiPolygon = "MULTIPOLYGON"
    case geometry = "GEOMETRY"
}

/// A layer to export: a table of records with or without geometry, named in English
/// for SQL and file names, titled in Chinese for the planner's layer list.
public struct ExchangeLayer: Sendable, Hashable {
    /// Table or file name, `[a-z0-9_]` (e.g. `villages`, `village_years`).
    public var name: String
    /// Chinese title shown in QGIS's layer list (`gpkg_contents.identifier`).
    public var title: String
    /// What the layer holds, one sentence (`gpkg_contents.description`).
    public var description: String
    public var fields: [ExchangeField]
    /// nil for an attribute table without geometry.
    public var geometryType: ExchangeGeometryType?
    public var records: [ExchangeRecord]

    public init(name: String, title: String, description: String, fields: [ExchangeField],
                geometryType: ExchangeGeometryType?, records: [ExchangeRecord]) {
        self.name = name; self.title = title; self.description = description
        self.fields = fields; self.geometryType = geometryType; self.records = records
    }

    /// The field whose key is `key`.
    public func field(key: String) -> ExchangeField? { fields.first { $0.key == key } }
}
