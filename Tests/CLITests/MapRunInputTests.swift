import Foundation
import Testing

/// How `benkang map` reads its inputs: a difference of two runs (no change is neutral, the
/// last year by default), bad numbers, malformed run tables, flows off the geodata, and the
/// year flag over the spec.
@Suite struct MapRunInputTests {
    static let villagesGeoJSON = #"{"type":"FeatureCollection","features":["#
        + #"{"type":"Feature","properties":{"id":"v1"},"geometry":{"type":"Polygon","coordinates":[[[107,30.3],[107.1,30.3],[107.1,30.4],[107,30.3]]]}},"#
        + #"{"type":"Feature","properties":{"id":"v2"},"geometry":{"type":"Polygon","coordinates":[[[107.1,30.3],[107.2,30.3],[107.2,30.4],[107.1,30.3]]]}},"#
        + #"{"type":"Feature","properties":{"id":"v3"},"geometry":{"type":"Polygon","coordinates":[[[107.2,30.3],[107.3,30.3],[107.3,30.4],[107.2,30.3]]]}}]}"#

    static func folder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-map-input-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func geodata(in dir: URL) throws -> URL {
        let g = dir.appendingPathComponent("geodata")
        try FileManager.default.createDirectory(at: g, withIntermediateDirectories: true)
        try villagesGeoJSON.write(to: g.appendingPathComponent("villages.geojson"), atomically: true, encoding: .utf8)
        return g
    }

    static func run(_ dir: URL, _ name: String, _ csv: String) throws -> URL {
        let r = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: r, withIntermediateDirectories: true)
        try csv.write(to: r.appendingPathComponent("villages.csv"), atomically: true, encoding: .utf8)
        return r
    }

    static func fill(of id: String, in svg: String) -> String? {
        guard let start = svg.range(of: "id=\"\(id)\"") else { return nil }
        let rest = svg[start.upperBound...]
        guard let end = rest.firstIndex(of: ">"), let f = rest[..<end].range(of: "fill=\"") else { return nil }
        return String(rest[f.upperBound...].prefix(7))
    }

    @Test func noChangeIsNeutralAndTheLastYearIsTheDefault() throws {
        let dir = try Self.folder("diff")
        let g = try Self.geodata(in: dir)
        // 2015 identical; by 2020 the second run has less poverty in v2 and v3, none changes the other way.
        let a = try Self.run(dir, "a", "village_id,year,poor_persons\nv1,2015,10\nv2,2015,40\nv3,2015,50\nv1,2020,10\nv2,2020,40\nv3,2020,50\n")
        let b = try Self.run(dir, "b", "village_id,year,poor_persons\nv1,2015,10\nv2,2015,40\nv3,2015,50\nv1,2020,10\nv2,2020,30\nv3,2020,20\n")
        let out = dir.appendingPathComponent("d.svg")
        let r = try CLI.run(["map", "--geodata", g.path, "--run", a.path, "--compare", b.path, "--theme", "poor_persons", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOf: out, encoding: .utf8)
        #expect(svg.contains("2020"))
        #expect(Self.fill(of: "theme-v1", in: svg) == "#f7f7f7")  // RdBu 7-class middle
        #expect(Self.fill(of: "theme-v3", in: svg) != "#f7f7f7")
    }

    @Test func badNumbersAreErrorsNotCrashes() throws {
        let dir = try Self.folder("numbers")
        for scale in ["1e300", "1e-300", "10"] {
            let r = try CLI.run(["map", "--spec", "scenarios/maps/base.yaml", "--scale", scale, "-o", dir.appendingPathComponent("m.svg").path])
            #expect(r.status != 0 && r.status < 128, "\(scale): \(r.status)")
            #expect(r.stderr.contains("--scale must be"), "\(r.stderr)")
        }
        let spec = dir.appendingPathComponent("s.yaml")
        try "theme:\n  run: x\n  metric: incidence\n  year: 2015.7\n".write(to: spec, atomically: true, encoding: .utf8)
        let r = try CLI.run(["map", "--spec", spec.path, "-o", dir.appendingPathComponent("m.svg").path])
        #expect(r.status != 0 && r.status < 128)
        #expect(r.stderr.contains("s.yaml:4:9: theme.year: expected a whole number"), "\(r.stderr)")
    }

    @Test func aRepeatedColumnOrARaggedFlowRowIsReported() throws {
        let dir = try Self.folder("tables")
        let g = try Self.geodata(in: dir)
        let a = try Self.run(dir, "a", "village_id,year,poor_persons,poor_persons\nv1,2015,10,10\n")
        let r = try CLI.run(["map", "--geodata", g.path, "--run", a.path, "--theme", "poor_persons", "-o", dir.appendingPathComponent("m.svg").path])
        #expect(r.status != 0 && r.status < 128)
        #expect(r.stderr.contains("villages.csv:1: column 'poor_persons' appears more than once"), "\(r.stderr)")
        let f = try Self.run(dir, "f", "village_id,year,poor_persons\nv1,2015,10\n")
        try "year,from_village,to_site,households,persons\n2016,v1,s1,2,8\n2016,v2,s1,3\n"
            .write(to: f.appendingPathComponent("flows.csv"), atomically: true, encoding: .utf8)
        let r2 = try CLI.run(["map", "--geodata", g.path, "--run", f.path, "--theme", "flows", "-o", dir.appendingPathComponent("f.svg").path])
        #expect(r2.status != 0 && r2.status < 128)
        #expect(r2.stderr.contains("flows.csv:3: expected 5 fields, found 4"), "\(r2.stderr)")
    }

    @Test func flowsOffTheGeodataAreReported() throws {
        let dir = try Self.folder("flows")
        let g = try Self.geodata(in: dir)
        let f = try Self.run(dir, "f", "village_id,year,poor_persons\nv1,2015,10\n")
        try "year,from_village,to_site,households,persons\n2016,v1,s1,2,8\n2016,v9,s1,3,12\n"
            .write(to: f.appendingPathComponent("flows.csv"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["map", "--geodata", g.path, "--run", f.path, "--theme", "flows", "-o", dir.appendingPathComponent("f.svg").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("2 flow(s), 20 persons, left off the map"), "\(r.stderr)")
    }

    @Test func theYearFlagOverridesTheSpec() throws {
        let dir = try Self.folder("override")
        let g = try Self.geodata(in: dir)
        let a = try Self.run(dir, "a", "village_id,year,poor_persons\nv1,2015,10\nv1,2017,5\n")
        let spec = dir.appendingPathComponent("s.yaml")
        try "theme:\n  run: \(a.path)\n  metric: poor_persons\n  year: 2015\n".write(to: spec, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("m.svg")
        let r = try CLI.run(["map", "--spec", spec.path, "--geodata", g.path, "--year", "2017", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOf: out, encoding: .utf8)
        #expect(svg.contains("Run a, 2017"))
    }
}
