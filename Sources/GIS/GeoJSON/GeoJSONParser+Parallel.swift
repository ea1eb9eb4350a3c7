import Synchronization

/// The `features` array read on several threads. The array's bytes are cut into runs of
/// whole features, read by copies of this parser (``ParallelFor``) and joined in file
/// order, exactly as one thread would have read them: the same features, the same errors
/// and warnings in the same order with the same places, feature indices and ids, the same
/// caps (``GeoJSONParser/maxRecordedFindings``), one range error and one extra-dimension
/// warning per document.
///
/// Where the runs start: first a guess costing nothing — near each equal share of the
/// bytes, the next `{` after `}` `,` — checked afterwards: a run must end exactly where the
/// next one starts, so a guess inside a string or a nested object is found out. When a
/// guess was wrong, the exact starts of every feature are found by a pass that follows
/// only strings and brackets (``JSONScanner/elementStarts(from:)``) and the runs are read
/// again. Whenever the result could still differ, the array is read on the calling thread
/// from its start: a syntax error anywhere in it (so the first is reported, with its
/// feature and path), or a feature's `crs` member switching the lon/lat range check off
/// for the features after it.
extension GeoJSONParser {
    /// What one run of features gave; feature indices in its findings count from the run's
    /// first feature.
    struct FeatureRun: @unchecked Sendable {
        /// The features read (in a batched decode, those not yet handed over).
        var features: [Feature] = []
        /// How many features the run read, and in a batched decode the tickets of the
        /// batches it handed over.
        var featureCount = 0
        var tickets: [Int] = []
        var findings: [PendingFinding] = []
        var errorCount = 0
        var warningCount = 0
        var outOfRangeCount = 0
        var outOfRangeFinding: Int?
        var warnedExtraDimensions = false
        var extraDimensionsFinding: Int?
        /// The feature (index in the run) whose only error is the run's range error, as
        /// read: kept in its place when that error is dropped, as one thread keeps it.
        var rangeOnlyFeature: (index: Int, feature: Feature)?
        /// The offset of the array's `]`, for the last run.
        var close: Int?
        /// False when the run did not end where the next one starts, or must be read
        /// again on one thread (see the type's comment).
        var usable = true
    }

    /// Runs per worker, so that a worker slowed by other processes (or by a consumer's
    /// work in a batched decode) holds up little at the end.
    static let runsPerWorker = 16

    /// What a run's features are replaced by once moved into the joined array.
    private static let movedFeature = Feature(id: nil, geometry: nil, properties: nil)

    /// Reads the features of the array whose `[` was just consumed on several threads,
    /// leaving the cursor after its `]`; nil (cursor unchanged) when the array is small,
    /// one thread is asked for, or the parallel result would not be exactly the serial one.
    mutating func parseFeaturesInParallel() -> [Feature]? {
        let workers = ParallelFor.workers(options.threads)
        var probe = scanner
        probe.skipWhitespace()
        let first = probe.pos
        guard workers > 1, scanner.end - first >= options.parallelMinimumBytes,
              first < scanner.end, scanner.base[first] != UInt8(ascii: "]") else { return nil }
        let runCount = workers * Self.runsPerWorker
        // The guess: near each share of the bytes, the start of the next feature.
        var guesses = [first]
        let span = scanner.end - first
        for k in 1..<runCount {
            let from = max(first + span / runCount * k, guesses[guesses.count - 1] + 1)
            if let start = scanner.likelyObjectStart(from: from, limit: min(scanner.end, from + span / runCount)) {
                guesses.append(start)
            }
        }
        if guesses.count > 1, let features = readRuns(guesses, workers: workers) { return features }
        // The exact starts, grouped into runs.
        guard let (starts, _) = scanner.elementStarts(from: scanner.pos), starts.count >= 2 else { return nil }
        let exact = ParallelFor.ranges(count: starts.count, threads: min(starts.count, runCount)).map { starts[$0.lowerBound] }
        return readRuns(exact, workers: workers)
    }

    /// Reads the runs starting at `starts` on `workers` threads and joins them; nil when
    /// one is not usable (the parser is then unchanged).
    private mutating func readRuns(_ starts: [Int], workers: Int) -> [Feature]? {
        nonisolated(unsafe) let template = self
        var parts = [FeatureRun?](repeating: nil, count: starts.count)
        // More runs than workers, taken in turn by whichever worker is free.
        let next = Atomic<Int>(0)
        parts.withUnsafeMutableBufferPointer { slots in
            // Each run is written by the one worker that took its number.
            nonisolated(unsafe) let slots = slots
            _ = try? ParallelFor.mapRanges(count: workers, threads: workers) { worker, _ in
                while true {
                    let k = next.add(1, ordering: .relaxed).oldValue
                    guard k < starts.count else { break }
                    slots[k] = template.readRun(from: starts[k], to: k + 1 < starts.count ? starts[k + 1] : nil,
                                                worker: worker)
                }
            }
        }
        guard parts.allSatisfy({ $0?.usable == true }), let close = parts.last??.close else { return nil }
        var offset = 0
        for k in parts.indices {
            // A range error already reported before this run is dropped from it, and the
            // feature it alone had nulled gets its geometry back (in a batched decode it
            // was handed over as read; the range error fails the decode anyway).
            if outOfRangeCount > 0, let (i, feature) = parts[k]?.rangeOnlyFeature, i < parts[k]?.features.count ?? 0 {
                parts[k]?.features[i] = feature
            }
            guard var part = parts[k] else { continue }
            for i in part.findings.indices { part.findings[i].featureIndex = part.findings[i].featureIndex.map { $0 + offset } }
            tickets.append(contentsOf: part.tickets)
            batchedFeatures += part.featureCount - part.features.count
            offset += part.featureCount
            absorb(part)
        }
        // The features moved, not copied, into one array: a copy would touch every
        // object of every feature twice (retained here, released with the runs).
        let total = parts.reduce(0) { $0 + ($1?.features.count ?? 0) }
        let features = [Feature](unsafeUninitializedCapacity: total) { buffer, initialized in
            initialized = 0
            for k in parts.indices {
                parts[k]?.features.withUnsafeMutableBufferPointer { run in
                    guard let from = run.baseAddress, run.count > 0 else { return }
                    (buffer.baseAddress! + initialized).moveInitialize(from: from, count: run.count)
                    // What the run's array destroys instead: a feature holding nothing.
                    from.initialize(repeating: Self.movedFeature, count: run.count)
                    initialized += run.count
                }
            }
        }
        scanner.pos = close + 1
        featureIndex = nil
        return features
    }

    /// Reads the features from `start` on a copy of this parser, up to `stop`, the start
    /// of the next run (nil: to the array's `]`); not usable when they do not end there.
    private func readRun(from start: Int, to stop: Int?, worker: Int) -> FeatureRun {
        var parser = self
        parser.findings = []
        parser.errorCount = 0
        parser.warningCount = 0
        parser.outOfRangeCount = 0
        parser.outOfRangeFinding = nil
        parser.extraDimensionsFinding = nil
        parser.scratchXY = []
        parser.scratchZ = []
        parser.recordLimit = Self.maxRecordedFindings + 1
        let checkedRange = parser.checkLonLatRange
        var run = FeatureRun()
        run.usable = false
        parser.scanner.pos = start
        do throws(GISError) {
            while true {
                parser.featureIndex = run.featureCount
                let errorsBefore = parser.errorCount
                let rangeErrorsBefore = parser.outOfRangeCount
                let feature = try parser.parseFeatureStampingID()
                if let feature, parser.errorCount == errorsBefore {
                    run.features.append(feature)
                } else {
                    if let feature, sink == nil, rangeErrorsBefore == 0, parser.outOfRangeCount > 0,
                       parser.errorCount == errorsBefore + 1 {
                        run.rangeOnlyFeature = (run.features.count, feature)
                    }
                    run.features.append(Feature(id: feature?.id, geometry: nil, properties: nil))
                }
                run.featureCount += 1
                if let sink, run.features.count >= sink.batchSize { run.handOver(to: sink, worker: worker) }
                parser.scanner.skipWhitespace()
                if parser.scanner.peek() == UInt8(ascii: "]") {
                    if stop == nil {
                        run.close = parser.scanner.pos
                        run.usable = true
                    }
                    break
                }
                var first = false
                guard try parser.scanner.nextElement(first: &first) else { break }
                if let stop, parser.scanner.pos >= stop {
                    run.usable = parser.scanner.pos == stop
                    break
                }
            }
        } catch {
            run.usable = false
        }
        if let sink, !run.features.isEmpty { run.handOver(to: sink, worker: worker) }
        if parser.checkLonLatRange != checkedRange { run.usable = false }
        run.findings = parser.findings
        run.errorCount = parser.errorCount
        run.warningCount = parser.warningCount
        run.outOfRangeCount = parser.outOfRangeCount
        run.outOfRangeFinding = parser.outOfRangeFinding
        run.warnedExtraDimensions = parser.warnedExtraDimensions && !warnedExtraDimensions
        run.extraDimensionsFinding = parser.extraDimensionsFinding
        return run
    }

    /// Adds a run's findings after those made so far, as if this parser had read it: the
    /// run's range error and extra-dimension warning are dropped when one was reported
    /// before (their positions are counted into the first), and the caps are applied to
    /// the whole document.
    mutating func absorb(_ run: FeatureRun) {
        let dropRange = outOfRangeCount > 0 && run.outOfRangeCount > 0
        let dropExtra = warnedExtraDimensions && run.warnedExtraDimensions
        var recordedErrors = 0, recordedWarnings = 0
        for (j, finding) in run.findings.enumerated() {
            if finding.severity == .error { recordedErrors += 1 } else { recordedWarnings += 1 }
            if dropRange && j == run.outOfRangeFinding { continue }
            if dropExtra && j == run.extraDimensionsFinding { continue }
            if finding.severity == .error {
                errorCount += 1
                if errorCount > Self.maxRecordedFindings { continue }
            } else {
                warningCount += 1
                if warningCount > Self.maxRecordedFindings { continue }
            }
            if j == run.outOfRangeFinding { outOfRangeFinding = findings.count }
            if j == run.extraDimensionsFinding { extraDimensionsFinding = findings.count }
            findings.append(finding)
        }
        // Findings the run counted but did not record (past its own cap) are counted too,
        // except a dropped one.
        var unrecordedErrors = run.errorCount - recordedErrors
        var unrecordedWarnings = run.warningCount - recordedWarnings
        if dropRange && run.outOfRangeFinding == nil { unrecordedErrors -= 1 }
        if dropExtra && run.extraDimensionsFinding == nil { unrecordedWarnings -= 1 }
        errorCount += unrecordedErrors
        warningCount += unrecordedWarnings
        outOfRangeCount += run.outOfRangeCount
        warnedExtraDimensions = warnedExtraDimensions || run.warnedExtraDimensions
    }
}

extension GeoJSONParser.FeatureRun {
    /// Gives the features read so far to the sink, on `worker`, and empties them.
    mutating func handOver(to sink: any FeatureBatchSink, worker: Int) {
        tickets.append(sink.consume(features, worker: worker))
        features.removeAll(keepingCapacity: true)
    }
}
