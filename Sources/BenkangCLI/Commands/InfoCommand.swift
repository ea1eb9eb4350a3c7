import ArgumentParser
import GIS

/// `benkang info`: what a GeoJSON layer holds, measured in the planning CRS.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: Message.infoAbstract.text,
        discussion: Message.infoDiscussion.text)

    @Argument(help: Message.infoFiles.help)
    var files: [String]

    @Option(name: .customLong("crs"), help: Message.infoCRS.help)
    var planningCRS: String = PlanningCRS.defaultCode

    @Option(help: ClusterMessage.infoThreads.help)
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError(Message.threadsAtLeastOne.text) }
    }

    @Option(help: ClusterMessage.infoFormat.help)
    var format: InfoFormat = .text

    func run() throws {
        try reportingErrors {
            var transformations: [String: Transformation] = [:]
            var printed = 0
            var json: [String] = []
            for file in files {
                if GeoPackageInput.isReadable(file) {
                    let lonLat = try transformations[PlanningCRS.geographicCode]
                        ?? Transformation(from: PlanningCRS.geographicCode, to: planningCRS)
                    transformations[PlanningCRS.geographicCode] = lonLat
                    for layer in try GeoPackageInput.spatialLayers(file) {
                        let summary: LayerSummary
                        do {
                            summary = try LayerSummary(try GeoPackageInput.lonLat(layer, file: file), transformation: lonLat,
                                                       threads: threads ?? 0)
                        } catch let error as ProjError {
                            throw GISError(file: file, error.description)
                        }
                        if format == .json { json.append(summary.json(file: GeoPackageInput.name(file, layer), crs: planningCRS)); continue }
                        if printed > 0 { print("") }
                        printed += 1
                        print(summary.report(file: GeoPackageInput.name(file, layer), crs: planningCRS), terminator: "")
                    }
                    continue
                }
                // PROJ's database lookups for the usual source CRS run while the file is read.
                let pending = transformations[PlanningCRS.geographicCode] == nil
                    ? PendingTransformation(from: PlanningCRS.geographicCode, to: planningCRS) : nil
                // Whatever happens below (a bad file exits 65), its thread is out of PROJ before we go on.
                defer { pending?.finish() }
                // One read into the decoder's input, no second copy (readInput words the failures).
                let bytes = file == "-" ? try readInput(file) : try (try? FileBytes.read(path: file)) ?? readInput(file)
                let options = GeoJSONDecodingOptions(threads: threads ?? 0)
                // One pass: each batch of features is measured on the thread that decoded it
                // (the figures do not depend on how the features are split). A file tagged
                // CGCS2000 (EPSG:4490) is measured from CGCS2000, others from WGS 84.
                let batched = try GeoJSONDecoder.decodeInBatches(bytes, file: file, options: options) { header, workers in
                    let source = header.sourceCRS
                    let transformation: Transformation
                    if let known = transformations[source] {
                        transformation = known
                    } else if source == PlanningCRS.geographicCode, let pending {
                        transformation = try pending.value()
                    } else {
                        transformation = try Transformation(from: source, to: planningCRS)
                    }
                    transformations[source] = transformation
                    let copies = try TransformationCopies(of: transformation, count: workers)
                    return { worker, batch in
                        do {
                            return try copies.with(worker) { try LayerSummary.Part(batch, batch.indices, transformation: $0) }
                        } catch let error as ProjError {
                            throw GISError(file: file, error.description)
                        }
                    }
                }
                let document = batched.document
                for w in document.warnings { printError(w.description) }
                let summary: LayerSummary
                if batched.header.sourceCRS == document.sourceCRS {
                    summary = LayerSummary(parts: try batched.parts(), featureCount: batched.featureCount)
                } else {
                    // A `crs` member after the features: measured again from the CRS it names.
                    let whole = try GeoJSONDecoder.decode(bytes, file: file, options: options)
                    let source = whole.sourceCRS
                    let transformation = try transformations[source] ?? Transformation(from: source, to: planningCRS)
                    transformations[source] = transformation
                    do {
                        summary = try LayerSummary(whole.object.asFeatureCollection, transformation: transformation,
                                                   threads: threads ?? 0)
                    } catch let error as ProjError {
                        throw GISError(file: file, error.description)
                    }
                }
                if format == .json { json.append(summary.json(file: file, crs: planningCRS)); continue }
                if printed > 0 { print("") }
                printed += 1
                print(summary.report(file: file, crs: planningCRS), terminator: "")
            }
            if format == .json { print("[\n" + json.joined(separator: ",\n") + (json.isEmpty ? "]" : "\n]")) }
        }
    }
}
