import ArgumentParser
import Exchange
import GIS

/// `benkang validate`: every problem in a GeoJSON layer, or a repaired copy.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check GeoJSON layers against RFC 7946 and GEOS validity; optionally write a repaired copy.",
        discussion: """
        Errors (JSON syntax, unknown types, bad positions, out-of-range coordinates, short \
        or unclosed rings, invalid polygons) and warnings (ring orientation, legacy crs) go \
        to stderr as FILE:PLACE: severity: message. Exit status 0 when every file is valid, \
        65 when any has an error.

        With --fix (one input file), rings are oriented per RFC 7946 (exterior \
        counterclockwise) and invalid polygons are repaired with GEOSMakeValid; each change \
        is reported and the result is written to -o.

        Examples:
          benkang validate geodata/*.geojson
          benkang validate --fix broken.geojson -o fixed.geojson
        """)

    @Argument(help: "GeoJSON files to check, or GeoPackages (every feature layer) and Shapefiles (GEOS validity).")
    var files: [String]

    @Flag(help: "Orient rings and repair invalid polygons; needs exactly one input and -o.")
    var fix = false

    @Option(name: .shortAndLong, help: "Where --fix writes the repaired file (never one of the inputs; - for stdout).")
    var output: String?

    @Flag(name: .shortAndLong, help: "Print errors only: no warnings and no per-file summary.")
    var quiet = false

    func validate() throws {
        if fix && (files.count != 1 || output == nil) {
            throw ValidationError("--fix repairs one file: give exactly one input and -o OUT.")
        }
        if !fix && output != nil { throw ValidationError("-o is only used with --fix.") }
        try checkOutput(output, isNotOneOf: files)
    }

    func run() throws {
        let validator = try reportingErrors { try GeometryValidator() }
        var failed = false
        for file in files {
            if GeoPackageInput.isReadable(file) {
                if fix { printError("\(file): error: --fix repairs GeoJSON; convert the layer first (`ogr2ogr -f GeoJSON`)") ; throw ExitStatus.dataError }
                if !validateGeoPackage(file, validator) { failed = true }
                continue
            }
            let diagnostics: [Diagnostic]
            var fixedObject: GeoJSONObject?
            var featureCount = 0
            do {
                let document = try GeoJSONDecoder.decode(try readInput(file), file: file)
                let collection = document.object.asFeatureCollection
                featureCount = collection.features.count
                if fix {
                    let (repaired, changes) = validator.fix(collection, file: file)
                    fixedObject = Self.sameKind(as: document.object, repaired)
                    diagnostics = document.warnings + changes + validator.validate(repaired, file: file)
                } else {
                    diagnostics = document.warnings + validator.validate(collection, file: file)
                }
            } catch let error as GISError {
                diagnostics = error.diagnostics
            }
            let errors = diagnostics.filter { $0.severity == .error }
            for d in diagnostics where !quiet || d.severity == .error { printError(d.description) }
            if !errors.isEmpty { failed = true }
            // With the repaired file on stdout, the summary goes to stderr.
            if !quiet && output == "-" {
                let warnings = diagnostics.count(where: { $0.severity == .warning })
                printError("\(file): \(errors.isEmpty ? "valid" : "INVALID") (\(featureCount) features, \(warnings) warnings)")
            } else if !quiet {
                let warnings = diagnostics.count(where: { $0.severity == .warning })
                let verdict = errors.isEmpty ? "valid" : "INVALID, \(errors.count) error\(errors.count == 1 ? "" : "s")"
                print("\(file): \(verdict) (\(featureCount) features, \(warnings) warning\(warnings == 1 ? "" : "s"))")
            }
            if let fixedObject, errors.isEmpty {
                try reportingErrors {
                    try writeOutput(GeoJSONEncoder().encode(fixedObject) + [0x0A], to: output)
                }
            } else if fix && !errors.isEmpty {
                printError("\(file): not written: errors remain that --fix cannot repair.")
            }
        }
        if failed { throw ExitStatus.dataError }
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
            printError("\(file): error: cannot read the file")
            return false
        }
        var ok = true
        for layer in layers {
            let name = GeoPackageInput.name(file, layer)
            let diagnostics = validator.validate(layer.features, file: name).filter { $0.severity == .error }
            for d in diagnostics { printError(d.description) }
            if !diagnostics.isEmpty { ok = false }
            if !quiet {
                let verdict = diagnostics.isEmpty ? "valid" : "INVALID, \(diagnostics.count) error\(diagnostics.count == 1 ? "" : "s")"
                print("\(name): \(verdict) (\(layer.features.features.count) features, \(layer.crs.count < 40 ? layer.crs : "its own CRS"))")
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
