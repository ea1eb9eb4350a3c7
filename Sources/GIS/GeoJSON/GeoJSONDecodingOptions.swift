/// What the GeoJSON decoder checks beyond RFC 7946 structure.
public struct GeoJSONDecodingOptions: Sendable {
    /// Refuse longitudes outside [-180, 180] and latitudes outside [-90, 90] (degrees).
    public var checkLonLatRange: Bool = true
    /// The deepest nesting of arrays and objects accepted; deeper input is refused.
    /// The parser itself never recurses, but decoded values are nested Swift enums whose
    /// destruction recurses: keep this in the thousands at most.
    public var maxDepth: Int = 256
    /// The CRS the caller says the coordinates are in (e.g. `benkang project --from`),
    /// as an EPSG code, URN or URL, or any name. nil (the default) requires WGS 84: a
    /// legacy `crs` member naming another CRS is an error. When set, a `crs` member naming
    /// the same CRS (EPSG codes compared after normalising, so `EPSG:4545`,
    /// `EPSG::4545` and `urn:ogc:def:crs:EPSG::4545` agree) is accepted with a warning,
    /// and one naming a different CRS is an error naming both.
    public var sourceCRS: String?
    /// Accept a `crs` member naming any CRS (with a warning, and no lon/lat range check
    /// for a CRS that is not WGS 84 or CGCS2000): for a caller that transforms from the
    /// declared CRS (``GeoJSONDocument/sourceCRS``), such as `benkang project` without
    /// `--from`. Ignored when `sourceCRS` is set.
    public var acceptsDeclaredCRS: Bool = false
    /// Threads that decode the features of a FeatureCollection: 0 (the default) every CPU
    /// the process may use (``ParallelFor/availableProcessors``), 1 one thread. The
    /// result, every error and warning, their order and their places are the same for
    /// any count.
    public var threads: Int = 0
    /// The smallest `features` array (in bytes, to the end of the input) decoded on
    /// several threads; smaller ones are read on the calling thread. Default 1 MiB.
    public var parallelMinimumBytes: Int = 1 << 20

    public init(checkLonLatRange: Bool = true, maxDepth: Int = 256, sourceCRS: String? = nil,
                acceptsDeclaredCRS: Bool = false, threads: Int = 0, parallelMinimumBytes: Int = 1 << 20) {
        self.threads = max(0, threads)
        self.parallelMinimumBytes = max(0, parallelMinimumBytes)
        self.checkLonLatRange = checkLonLatRange
        self.maxDepth = max(1, maxDepth)
        self.sourceCRS = sourceCRS
        self.acceptsDeclaredCRS = acceptsDeclaredCRS
    }
}

/// A decoded GeoJSON file: its object and the warnings found while reading it (for
/// example a legacy `crs` member naming WGS 84).
public struct GeoJSONDocument: Sendable {
    public var object: GeoJSONObject
    public var warnings: [Diagnostic]

    public init(object: GeoJSONObject, warnings: [Diagnostic] = []) {
        self.object = object; self.warnings = warnings
    }
}

/// Everything one read of a GeoJSON file found: the object as far as it could be read,
/// and every content error and warning (for `validate`, which reports them all and
/// checks the readable features on).
public struct GeoJSONDecodeReport: Sendable {
    /// The object; in a FeatureCollection, a feature with errors keeps its place with a
    /// null geometry and no properties, so indices match the file. nil when the top-level
    /// object itself is unusable.
    public var object: GeoJSONObject?
    public var errors: [Diagnostic]
    public var warnings: [Diagnostic]

    public init(object: GeoJSONObject?, errors: [Diagnostic], warnings: [Diagnostic]) {
        self.object = object; self.errors = errors; self.warnings = warnings
    }

    /// The features in the file (a Feature counts 1, a bare geometry 0), read or not.
    public var featureCount: Int {
        switch object {
        case .featureCollection(let c): c.features.count
        case .feature: 1
        case .geometry, nil: 0
        }
    }
}
