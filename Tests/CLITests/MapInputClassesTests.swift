import Foundation
import Testing
import TestSupport

/// `benkang map` on bad input, by class (issue 11): every page, scale and break is checked
/// before drawing (exit 64 for a flag, 65 for a spec or data file), a missing or wrong
/// geodata folder and every bad run-table cell is an error naming the file and place, the
/// year must be one of the run's, and every SVG written is well-formed XML.
@Suite struct MapInputClassesTests {
    static func folder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-map-classes-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A folder with `geodata/villages.geojson` (v1, v2, v3) and a run `a` of 2015 and 2020.
    static func fixture(_ name: String) throws -> (dir: URL, geodata: URL, run: URL) {
        let dir = try folder(name)
        let g = try MapRunInputTests.geodata(in: dir)
        let run = try MapRunInputTests.run(dir, "a", Self.goodCSV)
        return (dir, g, run)
    }

    static let goodCSV = "village_id,year,population,poor_persons,incidence,exited\n"
        + "v1,2015,100,10,0.1,0\nv1,2020,100,0,0,1\nv2,2015,200,40,0.2,0\nv2,2020,200,5,0.025,1\nv3,2015,300,60,0.2,0\nv3,2020,300,30,0.1,0\n"

    func map(_ f: (dir: URL, geodata: URL, run: URL), _ args: [String]) throws -> CLI.Result {
        try CLI.run(["map", "--geodata", f.geodata.path, "--run", f.run.path] + args + ["-o", f.dir.appendingPathComponent("m.svg").path])
    }

    @Test func smallOrFlatPagesAreUsageErrorsNotCrashesOrHangs() throws {
        let f = try Self.fixture("pages")
        for page in ["60x60", "90x90", "400x50", "0x10", "infx300", "5001x300"] {
            let r = try map(f, ["--theme", "poor_persons", "--page", page])
            #expect(r.status == 64, "\(page): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("--page"), "\(page): \(r.stderr)")
        }
        #expect(try map(f, ["--theme", "poor_persons", "--page", "60x60"]).stderr.contains("too small"))
        let spec = f.dir.appendingPathComponent("flat.yaml")
        try "page: 5000x50\n".write(to: spec, atomically: true, encoding: .utf8)
        let r = try map(f, ["--spec", spec.path, "--theme", "poor_persons"])
        #expect(r.status == 65, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("flat.yaml:1:7: page: page '5000x50' is too small"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: f.dir.appendingPathComponent("m.svg").path))
    }

    @Test func breaksAndScalesAreFiniteDecimalsInRange() throws {
        let f = try Self.fixture("breaks")
        for b in ["0x10", "1,inf", "nan", "1e308", "5,1"] {
            let r = try map(f, ["--theme", "poor_persons", "--breaks", b])
            #expect(r.status == 64, "\(b): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("--breaks"), "\(b): \(r.stderr)")
        }
        for s in ["0x1p20", "inf", "nan", "1e400"] {
            let r = try map(f, ["--theme", "poor_persons", "--scale", s])
            #expect(r.status == 64, "\(s): \(r.status) \(r.stderr)")
        }
        let bad = try map(f, ["--theme", "poor_persons", "--method", "quantil"])
        #expect(bad.status == 64 && bad.stderr.contains("quantile"), "\(bad.stderr)")
        let ok = try map(f, ["--theme", "poor_persons", "--breaks", "5, 20.5,1e2", "--year", "2015"])
        #expect(ok.status == 0, "\(ok.stderr)")
    }

    @Test func aMissingOrWrongGeodataFolderIsAnError() throws {
        let dir = try Self.folder("geodata")
        let file = dir.appendingPathComponent("plain.txt")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("m.svg")
        for (g, says) in [("/nonexistent-benkang", "no such folder"), (file.path, "is a file"), ("scenarios", "county.geojson: no such file")] {
            let r = try CLI.run(["map", "--geodata", g, "-o", out.path])
            #expect(r.status == 65, "\(g): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains(says), "\(g): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path), "\(g): a map was written")
        }
    }

    @Test func everyBadRunCellIsReportedWithItsRowAndColumn() throws {
        let f = try Self.fixture("cells")
        let csv = "village_id,year,population,poor_persons,incidence,exited\n"
            + "v1,2015,100,nan,0.1,0\n" + "v2,2015,200,1e308,0.2,0\n" + "v3,2015,300,-4,0.2,0\n"
            + "v3,-1,300,4,0.2,0\n" + "v1,2015,100,10,0.1,0\n" + "v2,2020,inf,5,1.5,1\n"
        let run = try MapRunInputTests.run(f.dir, "bad", csv)
        let r = try CLI.run(["map", "--geodata", f.geodata.path, "--run", run.path, "--theme", "poor_persons", "-o", f.dir.appendingPathComponent("m.svg").path])
        #expect(r.status == 65, "\(r.status) \(r.stderr)")
        for place in ["villages.csv:2:4: poor_persons: 'nan' is not a finite decimal number", "villages.csv:3:4: poor_persons: 1e308 is out of range",
                      "villages.csv:4:4: poor_persons: -4 is negative", "villages.csv:5:2: year '-1' is not a whole year",
                      "villages.csv:6: village v1, year 2015 appears again (first at line 2)", "villages.csv:7:3: population: 'inf' is not a finite decimal number",
                      "villages.csv:7:5: incidence: 1.5 is more than 1"] {
            #expect(r.stderr.contains(place), "missing \(place) in \(r.stderr)")
        }
    }

    @Test func idsMatchingNoVillageAndTruncatedComparisonsAreErrors() throws {
        let f = try Self.fixture("ids")
        let other = try MapRunInputTests.run(f.dir, "other-county", "village_id,year,poor_persons\nx1,2015,10\nv1,2015,3\n")
        let r = try CLI.run(["map", "--geodata", f.geodata.path, "--run", other.path, "--theme", "poor_persons", "-o", f.dir.appendingPathComponent("m.svg").path])
        #expect(r.status == 65, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("villages.csv:2:1: village_id 'x1' matches no village in \(f.geodata.path)/villages.geojson"), "\(r.stderr)")
        // The compared run stops before its last row.
        let truncated = try MapRunInputTests.run(f.dir, "b", String(Self.goodCSV.split(separator: "\n").dropLast().joined(separator: "\n")) + "\n")
        let d = try map(f, ["--theme", "poor_persons", "--compare", truncated.path])
        #expect(d.status == 65, "\(d.status) \(d.stderr)")
        #expect(d.stderr.contains("b/villages.csv:7: no row for village v3, year 2020 (\(f.run.path)/villages.csv:7 has one)"), "\(d.stderr)")
    }

    @Test func aYearOutsideTheRunIsAnErrorForEveryKind() throws {
        let f = try Self.fixture("years")
        try "year,from_village,to_site,households,persons\n2016,v1,s1,2,8\n".write(to: f.run.appendingPathComponent("flows.csv"), atomically: true, encoding: .utf8)
        for args in [["--theme", "flows"], ["--theme", "exit_year"], ["--theme", "poor_persons", "--small-multiples"], ["--theme", "poor_persons", "--symbols"],
                     ["--theme", "poor_persons", "--kind", "choropleth"]] {
            let r = try map(f, args + ["--year", "2030"])
            #expect(r.status == 65, "\(args): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("no rows for year 2030; the run has years 2015, 2020"), "\(args): \(r.stderr)")
        }
        let ok = try map(f, ["--theme", "poor_persons", "--small-multiples", "--year", "2015"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let svg = try String(contentsOf: f.dir.appendingPathComponent("m.svg"), encoding: .utf8)
        #expect(svg.contains("id=\"panel-1\"") && !svg.contains("id=\"panel-2\""), "small multiples up to 2015 show one panel")
    }

    @Test func flowPersonsMustBeFiniteDecimals() throws {
        let f = try Self.fixture("flows")
        for persons in ["nan", "1e308", "-3", "0x10"] {
            try "year,from_village,to_site,households,persons\n2016,v1,s1,2,\(persons)\n".write(to: f.run.appendingPathComponent("flows.csv"), atomically: true, encoding: .utf8)
            let r = try map(f, ["--theme", "flows"])
            #expect(r.status == 65, "\(persons): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("flows.csv:2:5: persons '\(persons)' is not a finite decimal number"), "\(persons): \(r.stderr)")
        }
    }

    @Test func xmlIllegalTitlesStillGiveWellFormedSVGAndABOMSpecIsRead() throws {
        let f = try Self.fixture("xml")
        let spec = f.dir.appendingPathComponent("t.yaml")
        try Data([0xEF, 0xBB, 0xBF] + Array("title: \"Bad \\uFFFE title \\uFFFF \\x01 <&>\"\ntheme:\n  metric: poor_persons\n  year: 2020\n".utf8)).write(to: spec)
        let r = try map(f, ["--spec", spec.path])
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = [UInt8](try Data(contentsOf: f.dir.appendingPathComponent("m.svg")))
        #expect(try WellFormedXML.problem(bytes) == nil)
        #expect(String(decoding: bytes, as: UTF8.self).contains("<title>Bad  title   &lt;&amp;&gt;</title>"))
    }
}
