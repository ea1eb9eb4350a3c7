import Foundation
import Testing

/// `benkang info` measures each batch of features as it is decoded: where the `crs`
/// member stands, and how many threads run, change nothing in what it prints.
@Suite struct InfoOnePassCommandTests {
    static func collection(crsBefore: Bool, crsAfter: Bool) -> String {
        let crs = #""crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4490"}}"#
        let features = (0..<60).map { i in
            let x = 106.8 + Double(i % 10) * 0.03, y = 30.1 + Double(i / 10) * 0.03
            let ring = [(x, y), (x + 0.02, y), (x + 0.02, y + 0.015), (x, y + 0.02), (x, y)]
                .map { "[\($0.0), \($0.1)]" }.joined(separator: ", ")
            return #"{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [["# + ring
                + #"]]}, "properties": {"code": "5116230\#(i)", "households": \#(100 + i), "share": \#(Double(i) / 7)}}"#
        }
        return "{\"type\": \"FeatureCollection\", " + (crsBefore ? crs + ", " : "")
            + "\"features\": [\n" + features.joined(separator: ",\n") + "\n]" + (crsAfter ? ", " + crs : "") + "}\n"
    }

    /// What `info` prints after the file's name (its first line).
    static func figures(_ result: CLI.Result) -> String {
        String(result.stdout.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).last ?? "")
    }

    @Test func aCRSAfterTheFeaturesIsMeasuredAsOneBeforeThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-info-one-pass-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [String] = []
        for (name, before, after) in [("before", true, false), ("after", false, true), ("none", false, false)] {
            let path = folder.appendingPathComponent("\(name).geojson").path
            try Self.collection(crsBefore: before, crsAfter: after).write(toFile: path, atomically: true, encoding: .utf8)
            for threads in ["1", "3"] {
                let r = try CLI.run(["info", "--threads", threads, path])
                #expect(r.status == 0, "\(name): \(r.stderr)")
                outputs.append(Self.figures(r))
            }
        }
        #expect(outputs[0] == outputs[1] && outputs[0] == outputs[2] && outputs[0] == outputs[3], "\(outputs)")
        #expect(outputs[0].contains("features:   60 (Polygon 60)"), "\(outputs[0])")
        #expect(outputs[0].contains("households  integer") && outputs[0].contains("share       number"), "\(outputs[0])")
        #expect(outputs[4] == outputs[5], "\(outputs)")
    }
}
