import CProj

/// What PROJ knows about one CRS: whether its positions are longitude/latitude degrees,
/// its authority code, its name and its WKT, for writing files other programs read
/// (`.prj` beside a raster or Shapefile, `gpkg_spatial_ref_sys`, a GeoJSON `crs` member).
///
/// ```swift
/// let crs = try CRSDescription("EPSG:4545")
/// crs.isGeographic            // false
/// crs.epsgCode                // 4545
/// crs.wkt(.wkt1ESRI)          // PROJCS["CGCS2000_3_Degree_GK_CM_108E", …]
/// ```
public struct CRSDescription: Sendable, Hashable {
    /// The WKT dialects PROJ writes (`proj_as_wkt`).
    public enum WKTDialect: Sendable {
        /// WKT 1 as GDAL writes it (`PJ_WKT1_GDAL`): what GeoPackage 1.3 stores.
        case wkt1GDAL
        /// ESRI's WKT 1 (`PJ_WKT1_ESRI`): what ArcGIS reads in a `.prj`.
        case wkt1ESRI
        /// ISO 19162:2019 (`PJ_WKT2_2019`).
        case wkt2
    }

    /// The definition as given (`EPSG:4545`, a PROJ string or WKT).
    public let definition: String
    /// The CRS's name, e.g. `CGCS2000 / 3-degree Gauss-Kruger CM 108E`.
    public let name: String
    /// True when positions are longitude/latitude in degrees (a geographic 2D or 3D CRS).
    public let isGeographic: Bool
    /// The authority and code PROJ identifies it by, e.g. (`EPSG`, `4545`); nil when none.
    public let authority: String?
    public let code: String?
    private let wkts: [Int: String]

    /// Asks PROJ about `definition`.
    /// - Throws: ``ProjError`` with PROJ's message when PROJ does not know the CRS, or it
    ///   is not a CRS (a transformation, an ellipsoid).
    public init(_ definition: String) throws {
        let ctx = try ProjContext()
        _ = ctx.log.drain()
        guard let pj = proj_create(ctx.handle, Transformation.crsDefinition(definition)) else {
            throw ctx.error(operation: "reading the CRS \(definition)")
        }
        defer { proj_destroy(pj) }
        guard proj_is_crs(pj) != 0 else {
            throw ProjError(operation: "reading the CRS \(definition)", code: 0, message: "not a coordinate reference system")
        }
        self.definition = definition
        self.name = proj_get_name(pj).map { String(cString: $0) } ?? definition
        let type = proj_get_type(pj)
        var geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS
        if type == PJ_TYPE_COMPOUND_CRS, let horizontal = proj_crs_get_sub_crs(ctx.handle, pj, 0) {
            let t = proj_get_type(horizontal)
            geographic = t == PJ_TYPE_GEOGRAPHIC_2D_CRS || t == PJ_TYPE_GEOGRAPHIC_3D_CRS
            proj_destroy(horizontal)
        }
        self.isGeographic = geographic
        var authority = proj_get_id_auth_name(pj, 0).map { String(cString: $0) }
        var code = proj_get_id_code(pj, 0).map { String(cString: $0) }
        if authority == nil, let (a, c) = Self.identify(pj, in: ctx) { authority = a; code = c }
        self.authority = authority
        self.code = code
        var wkts: [Int: String] = [:]
        for (key, type) in [(0, PJ_WKT1_GDAL), (1, PJ_WKT1_ESRI), (2, PJ_WKT2_2019)] {
            if let text = proj_as_wkt(ctx.handle, pj, type, nil) { wkts[key] = String(cString: text) }
        }
        self.wkts = wkts
    }

    /// The authority code of a CRS given without one (a PROJ string or WKT), when PROJ
    /// identifies it with full confidence.
    private static func identify(_ pj: OpaquePointer, in ctx: ProjContext) -> (String, String)? {
        var confidence: UnsafeMutablePointer<Int32>?
        guard let list = proj_identify(ctx.handle, pj, "EPSG", nil, &confidence) else { return nil }
        defer { proj_list_destroy(list); proj_int_list_destroy(confidence) }
        guard proj_list_get_count(list) > 0, let confidence, confidence[0] == 100,
              let match = proj_list_get(ctx.handle, list, 0) else { return nil }
        defer { proj_destroy(match) }
        guard let a = proj_get_id_auth_name(match, 0), let c = proj_get_id_code(match, 0) else { return nil }
        return (String(cString: a), String(cString: c))
    }

    /// The EPSG code, when the CRS has one.
    public var epsgCode: Int? {
        guard authority?.uppercased() == "EPSG", let code else { return nil }
        return Int(code)
    }

    /// `EPSG:4545` when the CRS has an authority code, else the definition as given.
    public var shortName: String {
        if let authority, let code { return "\(authority):\(code)" }
        return definition
    }

    /// The OGC URN GDAL reads in a GeoJSON `crs` member, e.g.
    /// `urn:ogc:def:crs:EPSG::4545`; nil when the CRS has no authority code.
    public var ogcURN: String? {
        guard let authority, let code else { return nil }
        return "urn:ogc:def:crs:\(authority)::\(code)"
    }

    /// The CRS as WKT in `dialect`; nil when PROJ cannot write it in that dialect.
    public func wkt(_ dialect: WKTDialect) -> String? {
        switch dialect {
        case .wkt1GDAL: wkts[0]
        case .wkt1ESRI: wkts[1]
        case .wkt2: wkts[2]
        }
    }
}
