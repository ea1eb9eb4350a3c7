/// Decodes GeoJSON (RFC 7946) straight from bytes into the GIS model.
///
/// A hand-written byte-level parser: no intermediate JSON tree for geometry, positions
/// go directly into flat `CoordinateSequence` storage, numbers are correctly rounded
/// exactly as `strtod` rounds them. Syntax errors stop at the first; content errors
/// (wrong types, bad positions, unclosed rings, out-of-range lon/lat, a non-WGS 84
/// `crs`) are all collected, each with line:column, feature index and id, and a path
/// such as `geometry.coordinates[0][3]`. The features of a large FeatureCollection are
/// decoded on every CPU the process may use (``GeoJSONDecodingOptions/threads``), with
/// the same result, errors and warnings as on one thread.
///
/// ```swift
/// let document = try GeoJSONDecoder.decode(bytes, file: "villages.geojson")
/// let villages = document.object.asFeatureCollection.features
/// ```
public enum GeoJSONDecoder {
    /// Decodes one GeoJSON object (FeatureCollection, Feature or Geometry).
    /// - Parameters:
    ///   - bytes: UTF-8 JSON text.
    ///   - file: the file name used in diagnostics (nil for in-memory data).
    ///   - options: lon/lat range checking and the nesting limit.
    /// - Returns: the object and the warnings found (for example a legacy `crs`).
    /// - Throws: `GISError` listing every error found (syntax errors stop at the first).
    /// - Complexity: O(n) in the byte count; nesting never deeper than `options.maxDepth`.
    public static func decode(_ bytes: [UInt8], file: String? = nil,
                              options: GeoJSONDecodingOptions = .init()) throws -> GeoJSONDocument {
        let report = try decodeReport(bytes, file: file, options: options)
        guard report.errors.isEmpty, let object = report.object else {
            throw GISError(report.errors.isEmpty ? [Diagnostic(.error, file: file, "no GeoJSON object could be read")] : report.errors)
        }
        return GeoJSONDocument(object: object, warnings: report.warnings)
    }

    /// Decodes one GeoJSON object, keeping what could be read beside every content error
    /// (``decode(_:file:options:)`` throws them instead).
    /// - Returns: the object as far as it could be read (a feature with errors keeps its
    ///   index, with a null geometry), every content error and every warning.
    /// - Throws: `GISError` with the first syntax error (nothing after it can be read).
    public static func decodeReport(_ bytes: [UInt8], file: String? = nil,
                                    options: GeoJSONDecodingOptions = .init()) throws -> GeoJSONDecodeReport {
        try decodeReport(bytes, file: file, options: options, sink: nil).report
    }

    /// ``decodeReport(_:file:options:)``, the features of the FeatureCollection going to
    /// `sink` when there is one: the tickets of the batches used, in order, and how many
    /// features they hold.
    static func decodeReport(_ bytes: [UInt8], file: String?, options: GeoJSONDecodingOptions,
                             sink: (any FeatureBatchSink)?) throws -> (report: GeoJSONDecodeReport, tickets: [Int], batched: Int) {
        guard !bytes.isEmpty else {
            throw GISError(file: file, location: SourceLocation(line: 1, column: 1), "empty input: expected a GeoJSON object")
        }
        if let format = NonGeoJSONFormat.detect(bytes, file: file) {
            throw GISError(file: file, format.message(file: file))
        }
        return try bytes.withUnsafeBufferPointer { buffer throws(GISError) -> (report: GeoJSONDecodeReport, tickets: [Int], batched: Int) in
            var parser = GeoJSONParser(scanner: JSONScanner(buffer, file: file), options: options)
            parser.sink = sink
            do throws(GISError) {
                let report = try parser.parseDocumentReport()
                return (report, parser.tickets, parser.batchedFeatures)
            } catch var error {
                // A syntax error inside a feature also names the feature and the member.
                if error.diagnostics.count == 1, parser.featureIndex != nil {
                    error.diagnostics[0].location.featureIndex = parser.featureIndex
                    let path = parser.renderedPath()
                    if !path.isEmpty { error.diagnostics[0].location.path = path }
                }
                throw error
            }
        }
    }
}
