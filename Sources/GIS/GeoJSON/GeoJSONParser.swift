/// The state of one GeoJSON decode: the byte scanner, the nesting depth, where in the
/// document the parser is (feature index and member path, for messages), and the
/// content errors and warnings collected so far.
///
/// Syntax errors are thrown at once; content errors are recorded with the byte offset of
/// the offending value and turned into line:column at the end, so parsing keeps going and
/// every content error is reported.
struct GeoJSONParser {
    /// A finding whose line and column are computed once, at the end.
    struct PendingFinding {
        var severity: Diagnostic.Severity
        var offset: Int
        var featureIndex: Int?
        var featureID: FeatureID?
        var path: String?
        var message: String
    }

    /// One step of a path inside a feature: a member name or an array index.
    enum PathComponent {
        case key(String)
        case index(Int)
    }

    /// At most this many errors (and as many warnings) are kept; the rest are counted.
    static let maxRecordedFindings = 1000
    /// How many of each this parser records: ``maxRecordedFindings``, one more for a
    /// parallel part (its merge may drop one repeated range error and one repeated
    /// extra-dimension warning, see ``absorb(_:)``).
    var recordLimit = Self.maxRecordedFindings

    var scanner: JSONScanner
    let options: GeoJSONDecodingOptions
    var depth = 0
    var findings: [PendingFinding] = []
    var errorCount = 0
    var warningCount = 0
    /// The index of the feature being read, when inside a feature.
    var featureIndex: Int?
    /// Where the parser is inside the current feature (or top-level object).
    var path: [PathComponent] = []
    /// False once a non-WGS 84 `crs` has been refused: range errors would only repeat it.
    var checkLonLatRange: Bool
    var warnedExtraDimensions = false
    /// Which finding is the extra-dimension warning, when it was recorded.
    var extraDimensionsFinding: Int?
    /// How many positions were outside the lon/lat range, and which finding reports the
    /// first (the others only add to its count).
    var outOfRangeCount = 0
    var outOfRangeFinding: Int?
    /// Reused buffers for the positions of the run being read.
    var scratchXY: [Double] = []
    var scratchZ: [Double] = []
    /// How many GeometryCollections enclose the geometry being read (their reading
    /// recurses, so it is bounded apart from `maxDepth`).
    var geometryCollectionNesting = 0
    static let maxGeometryCollectionNesting = 64
    /// Where the features of the FeatureCollection go in a batched decode (nil: they are
    /// kept in the collection), the tickets of the batches handed over, in feature order,
    /// and how many features they hold.
    var sink: (any FeatureBatchSink)?
    var tickets: [Int] = []
    var batchedFeatures = 0
    /// The stack of ``parseValue()``, kept between values.
    var openContainers: [OpenContainer] = []

    init(scanner: JSONScanner, options: GeoJSONDecodingOptions) {
        self.scanner = scanner
        self.options = options
        self.checkLonLatRange = options.checkLonLatRange
    }

    /// Records a content error or warning about the value at byte `offset`; `suffix` is
    /// appended to the current path (coordinate indices).
    mutating func report(_ severity: Diagnostic.Severity, _ message: String, at offset: Int, suffix: String = "") {
        if severity == .error {
            errorCount += 1
            if errorCount > recordLimit { return }
        } else {
            warningCount += 1
            if warningCount > recordLimit { return }
        }
        let text = renderedPath() + suffix
        findings.append(PendingFinding(severity: severity, offset: offset, featureIndex: featureIndex,
                                       featureID: nil, path: text.isEmpty ? nil : text, message: message))
    }

    /// The current path as `geometry.coordinates` or `properties.tags[2]`.
    func renderedPath() -> String {
        var text = ""
        for component in path {
            switch component {
            case .key(let k): text += text.isEmpty ? k : "." + k
            case .index(let i): text += "[\(i)]"
            }
        }
        return text
    }

    /// Enters an array or object whose opening bracket is at `offset`.
    /// - Throws: when that nests deeper than `options.maxDepth`.
    @inline(__always) mutating func enter(at offset: Int) throws(GISError) {
        depth += 1
        if depth > options.maxDepth { throw scanner.depthError(options.maxDepth, at: offset) }
    }

    @inline(__always) mutating func leave() { depth -= 1 }

    /// Skips the value at the cursor, checking its syntax.
    mutating func skipValue() throws(GISError) {
        try scanner.skipValue(depth: depth, maxDepth: options.maxDepth)
    }

    /// The collected findings as diagnostics, split into errors and warnings.
    func diagnostics() -> (errors: [Diagnostic], warnings: [Diagnostic]) {
        let places = scanner.lineColumns(of: findings.map(\.offset))
        var errors: [Diagnostic] = [], warnings: [Diagnostic] = []
        for (index, (finding, place)) in zip(findings, places).enumerated() {
            var finding = finding
            if index == outOfRangeFinding, outOfRangeCount > 1 {
                finding.message += " (\(outOfRangeCount - 1) more positions are outside the range)"
            }
            let location = SourceLocation(line: place.line, column: place.column, featureIndex: finding.featureIndex,
                                          featureID: finding.featureID, path: finding.path)
            let diagnostic = Diagnostic(finding.severity, file: scanner.file, location: location, finding.message)
            if finding.severity == .error { errors.append(diagnostic) } else { warnings.append(diagnostic) }
        }
        if errorCount > Self.maxRecordedFindings {
            errors.append(Diagnostic(.error, file: scanner.file,
                                     "… and \(errorCount - Self.maxRecordedFindings) more errors not shown"))
        }
        if warningCount > Self.maxRecordedFindings {
            warnings.append(Diagnostic(.warning, file: scanner.file,
                                       "… and \(warningCount - Self.maxRecordedFindings) more warnings not shown"))
        }
        return (errors, warnings)
    }
}
