import ArgumentParser
import Foundation
import GIS

/// `benkang project`: reproject GeoJSON or plain coordinate lines with PROJ.
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: Message.projectAbstract.text,
        discussion: Message.projectDiscussion.text)

    @Option(help: Message.projectFrom.help)
    var from: String?

    @Option(help: Message.projectTo.help)
    var to: String

    @Argument(help: Message.projectInput.help)
    var file: String = "-"

    @Option(name: .shortAndLong, help: Message.projectOutput.help)
    var output: String?

    @Flag(help: Message.projectLines.help)
    var lines = false

    @Option(help: Message.projectPrecision.help)
    var precision: Int?

    @Option(help: ClusterMessage.projectThreads.help)
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError(Message.threadsAtLeastOne.text) }
        if let precision, !(0...17).contains(precision) {
            throw ValidationError(Message.projectPrecisionRange.format(String(precision)))
        }
        try checkOutput(output, isNotOneOf: [file])
    }

    func run() throws {
        try reportingErrors {
            // One read into the decoder's input, no second copy (readInput words the failures).
            let input = file == "-" ? try readInput(file) : try (try? FileBytes.read(path: file)) ?? readInput(file)
            let workers = ParallelFor.workers(threads)
            let name = file == "-" ? "<stdin>" : file
            let bytes: [UInt8]
            if lines {
                let transformation = try Transformation(from: from ?? PlanningCRS.geographicCode, to: to)
                // Degrees need 9 decimals for millimetres; metres need 3.
                let decimals = precision ?? (Self.isLonLat(to) ? 9 : 3)
                bytes = try CoordinateLines.transform(input, file: name, with: transformation, decimals: decimals,
                                                      threads: workers)
            } else {
                // Without --from, positions are transformed from the file's own crs member.
                var options = GeoJSONDecodingOptions(acceptsDeclaredCRS: from == nil, threads: workers)
                if let from {
                    options.checkLonLatRange = Self.isLonLat(from)
                    // A legacy crs member naming the --from CRS (as QGIS and ogr2ogr write it) is accepted.
                    if !Self.isLonLat(from) { options.sourceCRS = from }
                }
                let document = try GeoJSONDecoder.decode(input, file: name, options: options)
                for w in document.warnings { printError(w.description) }
                let transformation = try Transformation(from: from ?? document.sourceCRS, to: to)
                let target = try CRSDescription(to)
                let projected: GeoJSONObject
                let encoder = GeoJSONEncoder(coordinatePrecision: precision)
                var encoded: [UInt8]?
                do {
                    switch document.object {
                    case .featureCollection(let fc):
                        // Every core: one transformation per thread, features in contiguous ranges.
                        var out = try transformation.transformConcurrently(fc, threads: workers)
                        Self.tag(&out.foreignMembers, target: target, file: name)
                        projected = .featureCollection(out)
                        encoded = encoder.encode(out, threads: workers)
                    case .feature(let f):
                        var out = try transformation.transform(FeatureCollection(features: [f])).features[0]
                        Self.tag(&out.foreignMembers, target: target, file: name)
                        projected = .feature(out)
                    case .geometry(let g):
                        projected = .geometry(try transformation.transform(g))
                        if !target.isGeographic {
                            printError(Message.projectBareGeometryNote.format(name, to))
                        }
                    }
                } catch let error as ProjError {
                    throw GISError(file: name, error.description)
                }
                var text = encoded ?? encoder.encode(projected)
                text.append(0x0A)
                bytes = text
            }
            try writeOutput(bytes, to: output)
        }
    }

    /// Sets the `crs` member of a written object: for a projected target, the one GDAL and
    /// QGIS read (`urn:ogc:def:crs:EPSG::4545`); for lon/lat, none (RFC 7946), saying so
    /// when the input had one.
    static func tag(_ members: inout JSONObject, target: CRSDescription, file: String) {
        let had = members["crs"] != nil
        members["crs"] = nil
        if !target.isGeographic, let urn = target.ogcURN {
            members["crs"] = GeoJSONObject.crsMember(urn: urn)
        } else if !target.isGeographic {
            printError(Message.projectNoEPSGNote.format(file, target.definition))
        } else if had {
            printError(Message.projectLegacyCRSDropped.format(file, target.definition))
        }
    }

    /// True for the CRSs whose positions are lon/lat degrees in RFC 7946's sense.
    static func isLonLat(_ crs: String) -> Bool {
        let c = crs.uppercased().replacingOccurrences(of: " ", with: "")
        return ["EPSG:4326", "OGC:CRS84", "CRS84", "EPSG:4490", "URN:OGC:DEF:CRS:OGC:1.3:CRS84"].contains(c)
    }
}
