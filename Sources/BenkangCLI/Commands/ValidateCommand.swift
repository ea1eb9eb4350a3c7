import ArgumentParser
import Exchange
import GIS

/// `benkang validate`: every problem in a GeoJSON layer, or a repaired copy.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: Message.validateAbstract.text,
        discussion: Message.validateDiscussion.text)

    @Argument(help: Message.validateFiles.help)
    var files: [String]

    @Flag(help: Message.validateFix.help)
    var fix = false

    @Option(name: .shortAndLong, help: Message.validateOutput.help)
    var output: String?

    @Flag(name: .shortAndLong, help: Message.validateQuiet.help)
    var quiet = false

    func validate() throws {
        if fix && (files.count != 1 || output == nil) {
            throw ValidationError(Message.validateFixNeedsOne.text)
        }
        if !fix && output != nil { throw ValidationError(Message.validateOutputOnlyWithFix.text) }
        try checkOutput(output, isNotOneOf: files)
    }

    func run() throws {
        let validator = try reportingErrors { try GeometryValidator() }
        var failed = false
        for file in files {
            if GeoPackageInput.isReadable(file) {
                if fix { printError(Message.validateFixGeoJSONOnly.format(file)) ; throw ExitStatus.dataError }
                if !validateGeoPackage(file, validator) { failed = true }
                continue
            }
            var diagnostics: [Diagnostic]
            var fixedObject: GeoJSONObject?
            var featureCount: Int?
            do {
                let report = try GeoJSONDecoder.decodeReport(try readInput(file), file: file)
                let collection = report.object?.asFeatureCollection ?? FeatureCollection()
                featureCount = report.featureCount
                if !report.errors.isEmpty {
                    // The readable features are still checked: every problem at once.
                    diagnostics = report.errors + report.warnings + validator.validate(collection, file: file)
                } else if fix, let object = report.object {
                    let (repaired, changes) = validator.fix(collection, file: file)
                    fixedObject = Self.sameKind(as: object, repaired)
                    diagnostics = report.warnings + changes + validator.validate(repaired, file: file)
                } else {
                    diagnostics = report.warnings + validator.validate(collection, file: file)
                }
            } catch let error as GISError {
                diagnostics = error.diagnostics
            }
            diagnostics = Self.inFileOrder(diagnostics)
            let errors = diagnostics.filter { $0.severity == .error }
            Self.printDiagnostics(diagnostics, quiet: quiet)
            if !errors.isEmpty { failed = true }
            // With the repaired file on stdout, the summary goes to stderr.
            if !quiet && output == "-" {
                let warnings = diagnostics.count(where: { $0.severity == .warning })
                let verdict = errors.isEmpty ? Message.validateVerdictValid.text : Message.validateVerdictInvalid.text
                printError(Message.validateSummary.format(file, verdict, Self.features(featureCount), String(warnings), "s"))
            } else if !quiet {
                let warnings = diagnostics.count(where: { $0.severity == .warning })
                print(Message.validateSummary.format(file, Self.verdict(errors: errors.count), Self.features(featureCount), String(warnings), warnings == 1 ? "" : "s"))
            }
            if let fixedObject, errors.isEmpty {
                try reportingErrors {
                    try writeOutput(GeoJSONEncoder().encode(fixedObject) + [0x0A], to: output)
                }
            } else if fix && !errors.isEmpty {
                printError(Message.validateNotWritten.format(file))
            }
        }
        if failed { throw ExitStatus.dataError }
    }

    /// At most this many errors (and as many warnings) are printed per file; the rest are counted.
    static let maximumPrinted = 1000

    /// Prints the diagnostics to stderr (errors only when `quiet`), up to ``maximumPrinted``
    /// of each severity, then how many more there are.
    static func printDiagnostics(_ diagnostics: [Diagnostic], quiet: Bool) {
        var printed: [Diagnostic.Severity: Int] = [:], skipped: [Diagnostic.Severity: Int] = [:]
        for d in diagnostics where !quiet || d.severity == .error {
            if printed[d.severity, default: 0] < maximumPrinted {
                printed[d.severity, default: 0] += 1
                printError(d.description)
            } else {
                skipped[d.severity, default: 0] += 1
            }
        }
        for severity in [Diagnostic.Severity.error, .warning, .fixed] {
            if let n = skipped[severity] { printError(Message.validateMoreNotShown.format(String(n), SeverityWords.word(severity.rawValue))) }
        }
    }

    /// Diagnostics about the file as a whole first, then by feature index and place in
    /// the file (stable, so a feature's reading problems come before its geometry's).
    static func inFileOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted {
            let a = $0.element.location, b = $1.element.location
            let ka = [a.featureIndex ?? -1, a.line ?? Int.max, a.column ?? Int.max]
            let kb = [b.featureIndex ?? -1, b.line ?? Int.max, b.column ?? Int.max]
            return ka != kb ? ka.lexicographicallyPrecedes(kb) : $0.offset < $1.offset
        }.map(\.element)
    }

    /// "12 features", or "features not counted" after a syntax error.
    static func features(_ count: Int?) -> String {
        guard let count else { return Message.validateFeaturesNotCounted.text }
        return Message.validateFeatures.format(String(count), count == 1 ? "" : "s")
    }

    /// "valid", or "INVALID, N errors", in the process's language.
    static func verdict(errors: Int) -> String {
        errors == 0 ? Message.validateVerdictValid.text : Message.validateVerdictInvalidCount.format(String(errors), errors == 1 ? "" : "s")
    }

    /// Checks every feature layer of a GeoPackage with GEOS (ring orientation is not a
    /// GeoPackage rule, so it is not reported) and prints a verdict per layer; false when
    /// the file cannot be read or a layer has an error.
    func validateGeoPackage(_ file: String, _ validator: GeometryValidator) -> Bool {
        let layers: [GeoPackageReader.Layer]
        do { layers = try GeoPackageInput.spatialLayers(file) } catch let error as GISError {
            for d in error.diagnostics { printError(d.description) }
            return false
        } catch {
            printError(Message.validateCannotRead.format(file))
            return false
        }
        var ok = true
        for layer in layers {
            let name = GeoPackageInput.name(file, layer)
            let diagnostics = validator.validate(layer.features, file: name).filter { $0.severity == .error }
            for d in diagnostics { printError(d.description) }
            if !diagnostics.isEmpty { ok = false }
            if !quiet {
                print(Message.validateLayerSummary.format(name, Self.verdict(errors: diagnostics.count), String(layer.features.features.count),
                                                        layer.crs.count < 40 ? layer.crs : Message.validateOwnCRS.text))
            }
        }
        return ok
    }

    /// The repaired features as the same kind of object as the input: a Feature or a
    /// bare Geometry stays one.
    static func sameKind(as original: GeoJSONObject, _ repaired: FeatureCollection) -> GeoJSONObject {
        switch original {
        case .featureCollection: return .featureCollection(repaired)
        case .feature: return repaired.features.first.map { .feature($0) } ?? .featureCollection(repaired)
        case .geometry:
            return repaired.features.first?.geometry.map { .geometry($0) } ?? .featureCollection(repaired)
        }
    }
}
