import Synchronization

/// The `features` array read on several threads: a first pass finds where each feature
/// starts (``JSONScanner/elementStarts(from:)``), contiguous runs of features are read by
/// copies of this parser (``ParallelFor``), and their features and findings are joined in
/// file order, exactly as one thread would have made them: the same features, the same
/// errors and warnings in the same order with the same places, the same caps
/// (``GeoJSONParser/maxRecordedFindings``), one range error and one extra-dimension
/// warning per document.
///
/// Whenever that cannot be guaranteed the array is read on the calling thread instead,
/// from its start: a syntax error anywhere in it (so the first one is reported, with its
/// feature and path), a run that does not end where the next starts, or a feature's
/// `crs` member switching the lon/lat range check off for the features after it.
extension GeoJSONParser {
    /// What one run of features gave.
    struct FeatureRun: @unchecked Sendable {
        var features: [Feature] = []
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
        /// False when the run must be read again on one thread (see the type's comment).
        var usable = true
    }

    /// Runs per worker, so that a worker slowed by other processes holds up little.
    static let runsPerWorker = 4

    /// Reads the features of the array whose `[` was just consumed on several threads,
    /// leaving the cursor after its `]`; nil (cursor unchanged) when the array is small,
    /// one thread is asked for, or the parallel result would not be exactly the serial one.
    mutating func parseFeaturesInParallel() -> [Feature]? {
        let workers = ParallelFor.workers(options.threads)
        guard workers > 1, scanner.end - scanner.pos >= options.parallelMinimumBytes,
              let (starts, close) = scanner.elementStarts(from: scanner.pos), starts.count >= 2 else { return nil }
        // More runs than workers, taken in turn by whichever worker is free.
        let runRanges = ParallelFor.ranges(count: starts.count, threads: min(starts.count, workers * Self.runsPerWorker))
        nonisolated(unsafe) let template = self
        var parts = [FeatureRun?](repeating: nil, count: runRanges.count)
        let next = Atomic<Int>(0)
        parts.withUnsafeMutableBufferPointer { slots in
            // Each run is written by the one worker that took its number.
            nonisolated(unsafe) let slots = slots
            _ = try? ParallelFor.mapRanges(count: workers, threads: workers) { _, _ in
                while true {
                    let k = next.add(1, ordering: .relaxed).oldValue
                    guard k < runRanges.count else { break }
                    slots[k] = template.readRun(runRanges[k], starts: starts, close: close)
                }
            }
        }
        guard parts.allSatisfy({ $0?.usable == true }) else { return nil }
        var features: [Feature] = []
        features.reserveCapacity(starts.count)
        for case var part? in parts {
            // A range error already reported before this run is dropped from it, and the
            // feature it alone had nulled gets its geometry back.
            if outOfRangeCount > 0, let (k, feature) = part.rangeOnlyFeature { part.features[k] = feature }
            features.append(contentsOf: part.features)
            absorb(part)
        }
        scanner.pos = close + 1
        featureIndex = nil
        return features
    }

    /// Reads features `range` (starting at `starts[range.lowerBound]`) on a copy of this
    /// parser, checking that the run ends where the next one starts (or at `close`).
    private func readRun(_ range: Range<Int>, starts: [Int], close: Int) -> FeatureRun {
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
        run.features.reserveCapacity(range.count)
        parser.scanner.pos = starts[range.lowerBound]
        do throws(GISError) {
            for i in range {
                if i > range.lowerBound {
                    var first = false
                    guard try parser.scanner.nextElement(first: &first), parser.scanner.pos == starts[i] else {
                        run.usable = false
                        return run
                    }
                }
                parser.featureIndex = i
                let errorsBefore = parser.errorCount
                let rangeErrorsBefore = parser.outOfRangeCount
                let feature = try parser.parseFeatureStampingID()
                if let feature, parser.errorCount == errorsBefore {
                    run.features.append(feature)
                } else {
                    if let feature, rangeErrorsBefore == 0, parser.outOfRangeCount > 0,
                       parser.errorCount == errorsBefore + 1 {
                        run.rangeOnlyFeature = (run.features.count, feature)
                    }
                    run.features.append(Feature(id: feature?.id, geometry: nil, properties: nil))
                }
            }
            parser.scanner.skipWhitespace()
            if range.upperBound < starts.count {
                var first = false
                run.usable = try parser.scanner.nextElement(first: &first) && parser.scanner.pos == starts[range.upperBound]
            } else {
                run.usable = parser.scanner.pos == close
            }
        } catch {
            run.usable = false
        }
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
