import ArgumentParser
import Foundation
import GIS

/// Where `geodata import` writes: over the geodata folder's own villages.geojson
/// (--in-place) or into a folder that receives a copy of every geodata file.
struct ImportTarget {
    let geodata: String
    let outDirectory: String?
    /// The villages.geojson that will be written.
    var villagesPath: String { ((outDirectory ?? geodata) as NSString).appendingPathComponent("villages.geojson") }

    /// Checks the destination before anything is read or written.
    /// - Throws: `ExitStatus.cannotCreate` (printing why) for an --out that is a file, the
    ///   geodata folder itself, or a non-empty folder that is not a geodata folder.
    init(geodata: String, out: String?, inPlace: Bool) throws {
        self.geodata = geodata
        self.outDirectory = inPlace ? nil : out
        guard let out, !inPlace else { return }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: out, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { fail(out, "exists and is not a folder") }
            let same = URL(fileURLWithPath: out).standardizedFileURL.resolvingSymlinksInPath().path
                == URL(fileURLWithPath: geodata).standardizedFileURL.resolvingSymlinksInPath().path
            if same { fail(out, "is the geodata folder itself; use --in-place to replace its villages.geojson") }
            let entries = (try? fm.contentsOfDirectory(atPath: out)) ?? []
            let looksLikeGeodata = entries.contains("villages.geojson") && entries.contains("townships.geojson")
            if !entries.isEmpty && !looksLikeGeodata {
                fail(out, "is a non-empty folder that is not a geodata folder (no villages.geojson and townships.geojson); choose a new or empty folder")
            }
        }
    }

    private func fail(_ out: String, _ why: String) -> Never {
        printError("\(out): error: cannot write the geodata there: the path \(why)")
        Self.exit(withError: ExitStatus.cannotCreate)
    }

    /// Writes the villages (as the geodata builder encodes them) and, for --out, copies
    /// every other regular file of the geodata folder first. Each file is written
    /// atomically.
    /// - Throws: `ExitStatus.cannotCreate` (printing the file and the reason) on failure.
    func write(villages: FeatureCollection) throws {
        if let outDirectory {
            do {
                try FileManager.default.createDirectory(atPath: outDirectory, withIntermediateDirectories: true)
            } catch {
                printError("\(outDirectory): error: cannot create the folder: \(error.localizedDescription)")
                throw ExitStatus.cannotCreate
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: geodata)) ?? []).sorted()
            for name in names where name != "villages.geojson" && !name.hasPrefix(".") {
                let source = (geodata as NSString).appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                guard let data = FileManager.default.contents(atPath: source) else {
                    printError("\(source): error: cannot read the file to copy it")
                    throw ExitStatus.dataError
                }
                try writeOutput([UInt8](data), to: (outDirectory as NSString).appendingPathComponent(name))
            }
        }
        var bytes = GeoJSONEncoder(coordinatePrecision: 6, featuresOnePerLine: true).encode(.featureCollection(villages))
        bytes.append(0x0A)
        try writeOutput(bytes, to: villagesPath)
        // The folder's build stamp (copied with --out) records the new villages.geojson.
        try reportingErrors { try BuildStamp.recordReplacement(folder: outDirectory ?? geodata, file: "villages.geojson", content: bytes) }
    }

    private static func exit(withError error: Error) -> Never {
        GeodataImportCommand.exit(withError: error)
    }
}
