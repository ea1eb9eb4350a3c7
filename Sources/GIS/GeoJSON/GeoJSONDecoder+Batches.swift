/// What ``GeoJSONDecoder/decodeInBatches(_:file:options:batchSize:prepare:)`` gives: the
/// document without the features of its FeatureCollection (they went to the batches),
/// how many there were, and what the batches gave, in feature order.
public struct GeoJSONBatchedDocument<Part: Sendable>: Sendable {
    /// The document; a FeatureCollection's `features` are empty. A single Feature or a
    /// bare Geometry is kept (and also given to one batch, as its feature collection).
    public var document: GeoJSONDocument
    /// The features handed to the batches: those of `document.object.asFeatureCollection`.
    public var featureCount: Int
    /// The document as it was when the batches were prepared (the members of a
    /// FeatureCollection before `features`): compare its ``GeoJSONDocument/sourceCRS``
    /// with the whole document's when the batches depend on it (a `crs` member may follow
    /// the features).
    public var header: GeoJSONDocument
    let outcome: Result<[Part], any Error>

    /// The result of every batch, in feature order (batches are contiguous runs of
    /// features, each of at most the batch size; their split depends on the thread count).
    /// - Throws: the error `prepare` threw, else the error of the first batch that threw.
    public func parts() throws -> [Part] { try outcome.get() }
}

extension GeoJSONDecoder {
    /// Decodes as ``decode(_:file:options:)`` does (the same errors and warnings, thrown
    /// or returned the same way), but hands the features to a consumer in batches instead
    /// of keeping them: each batch is consumed on the worker thread that read it, while its
    /// bytes and values are still in the cache, and freed there. For a one-pass summary of
    /// a large file (`benkang info`): no second pass over the features, no joined array.
    ///
    /// - Parameters:
    ///   - batchSize: the most features in one batch (at least 1).
    ///   - prepare: called once, on the calling thread, before the first batch (or after
    ///     decoding, when no batch came first), with the document as read so far (a
    ///     FeatureCollection's members before `features`, see
    ///     ``GeoJSONBatchedDocument/header``) and the worker count; it returns the
    ///     consumer. The consumer gets each batch with its worker's index in
    ///     `0..<workers`; calls with the same index never overlap, so a per-worker state
    ///     (a PROJ transformation) may be kept per index. Batches a parallel read used and
    ///     then read again on one thread are consumed again and their results dropped.
    ///   What `prepare` and the consumer throw is kept and thrown by
    ///   ``GeoJSONBatchedDocument/parts()``.
    /// - Throws: `GISError` listing every error found in the file, as `decode` does.
    /// - Complexity: O(n) in the byte count plus what the consumer costs.
    public static func decodeInBatches<Part: Sendable>(
        _ bytes: [UInt8], file: String? = nil, options: GeoJSONDecodingOptions = .init(), batchSize: Int = 1024,
        prepare: (_ header: GeoJSONDocument, _ workers: Int) throws -> @Sendable (_ worker: Int, _ batch: [Feature]) throws -> Part
    ) throws -> GeoJSONBatchedDocument<Part> {
        try withoutActuallyEscaping(prepare) { prepare in
            var header: GeoJSONDocument?
            let sink = TypedFeatureBatchSink<Part>(batchSize: batchSize) { document, workers in
                header = document
                return try prepare(document, workers)
            }
            let (report, tickets, batched) = try decodeReport(bytes, file: file, options: options, sink: sink)
            guard report.errors.isEmpty, let object = report.object else {
                throw GISError(report.errors.isEmpty ? [Diagnostic(.error, file: file, "no GeoJSON object could be read")] : report.errors)
            }
            let document = GeoJSONDocument(object: object, warnings: report.warnings)
            var allTickets = tickets
            var count = batched
            if !sink.isPrepared { sink.prepare(document, workers: ParallelFor.workers(options.threads)) }
            switch object {
            case .featureCollection: break
            case .feature, .geometry:
                let features = object.asFeatureCollection.features
                allTickets = [sink.consume(features, worker: 0)]
                count = features.count
            }
            return GeoJSONBatchedDocument(document: document, featureCount: count, header: header ?? document,
                                          outcome: sink.parts(allTickets))
        }
    }
}
