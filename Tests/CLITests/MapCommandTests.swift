import Foundation
import Testing

@Suite struct MapCommandTests {
    @Test func anUnknownSpecKeyIsReportedWithFileLineAndColumn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-map-cli-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let spec = dir.appendingPathComponent("bad.yaml")
        try "title: x\nlayers: [county]\ncolour: red\n".write(to: spec, atomically: true, encoding: .utf8)
        let r = try CLI.run(["map", "--spec", spec.path, "-o", dir.appendingPathComponent("m.svg").path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("bad.yaml:3:1: colour: unknown key (known here: title,"), "\(r.stderr)")
    }

    @Test func anUnknownMetricNamesTheKnownColumns() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-map-run-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "village_id,year,population,poor_persons,incidence,income_per_capita,exited\nv1,2015,100,10,0.1,7000,0\n"
            .write(to: dir.appendingPathComponent("villages.csv"), atomically: true, encoding: .utf8)
        let geodata = dir.appendingPathComponent("geodata")
        try FileManager.default.createDirectory(at: geodata, withIntermediateDirectories: true)
        try #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"v1"},"geometry":{"type":"Polygon","coordinates":[[[107,30.3],[107.1,30.3],[107.1,30.4],[107,30.3]]]}}]}"#
            .write(to: geodata.appendingPathComponent("villages.geojson"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["map", "--geodata", geodata.path, "--run", dir.path, "--theme", "wealth", "--year", "2015",
                             "-o", dir.appendingPathComponent("m.svg").path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("unknown metric 'wealth'"))
        #expect(r.stderr.contains("poor_persons"))
        let ok = try CLI.run(["map", "--geodata", geodata.path, "--run", dir.path, "--theme", "incidence", "--year", "2015",
                              "-o", dir.appendingPathComponent("m.svg").path])
        #expect(ok.status == 0, "\(ok.stderr)")
        let svg = try String(contentsOf: dir.appendingPathComponent("m.svg"), encoding: .utf8)
        #expect(svg.contains("inkscape:groupmode=\"layer\""))
    }
}

@Suite struct MapCommandGeodataTests {
    @Test func theBaseMapOfTheRepositoryGeodataIsWrittenByteIdenticallyTwice() throws {
        #expect(FileManager.default.fileExists(atPath: CLI.packageRoot.appendingPathComponent("geodata/villages.geojson").path))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-map-base-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let a = dir.appendingPathComponent("a.svg"), b = dir.appendingPathComponent("b.svg")
        let r1 = try CLI.run(["map", "--spec", "scenarios/maps/base.yaml", "-o", a.path])
        let r2 = try CLI.run(["map", "--spec", "scenarios/maps/base.yaml", "-o", b.path])
        #expect(r1.status == 0, "\(r1.stderr)")
        #expect(r2.status == 0, "\(r2.stderr)")
        let da = try Data(contentsOf: a), db = try Data(contentsOf: b)
        #expect(da == db)
        let svg = String(decoding: da, as: UTF8.self)
        for id in ["legend", "scale-bar", "north-arrow", "inset", "graticule", "elevation", "zones", "lines", "townships", "villages"] {
            #expect(svg.contains("id=\"\(id)\""), "missing \(id)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasSuffix(".svg") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    @Test func anUnknownYearNamesTheRunsYears() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-map-year-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "village_id,year,poor_persons\nv1,2015,10\nv1,2016,5\n".write(to: dir.appendingPathComponent("villages.csv"), atomically: true, encoding: .utf8)
        #expect(FileManager.default.fileExists(atPath: CLI.packageRoot.appendingPathComponent("geodata/villages.geojson").path))
        let r = try CLI.run(["map", "--run", dir.path, "--theme", "poor_persons", "--year", "2030", "-o", dir.appendingPathComponent("m.svg").path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("no rows for year 2030; the run has years 2015, 2016"))
    }
}
