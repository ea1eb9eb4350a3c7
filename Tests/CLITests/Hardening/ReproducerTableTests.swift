import Foundation
import Testing

/// The hostile-input campaign's reproducers (issue 11), one row each: every one must end with
/// its documented exit status, a message naming the file or flag at fault, and never a crash,
/// a hang, Foundation's error text or a partial output.
@Suite struct ReproducerTableTests {
    /// One reproducer: the command, the status it must end with, and text its message must hold.
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var status: Int32
        var mentions: [String]
        var description: String { name }
    }

    /// Runs `benkang ARGS` in `directory`, killing it after `seconds` (a hang is a failure).
    static func run(_ arguments: [String], in directory: URL, seconds: Double = 60) throws -> (status: Int32, stderr: String, timedOut: Bool) {
        let p = Process()
        p.executableURL = CLI.executable
        p.arguments = arguments
        p.currentDirectoryURL = directory
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(seconds)
        var timedOut = false
        while p.isRunning {
            if Date() > deadline { timedOut = true; p.terminate(); break }
            usleep(20_000)
        }
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: e, as: UTF8.self), timedOut)
    }

    /// A folder of fixtures the cases refer to by relative path: a tiny geodata folder, run
    /// tables with bad cells, scenarios with bad values, a mutable copy of the geodata sources.
    static let fixtures: URL = {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("benkang-reproducers-\(getpid())")
        try? fm.removeItem(at: dir)
        func write(_ path: String, _ text: String) {
            let url = dir.appendingPathComponent(path)
            try? fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
        }
        write("geo/villages.geojson", MapRunInputTests.villagesGeoJSON)
        let ok = "village_id,year,poor_persons,incidence\nv1,2015,10,0.1\nv2,2015,40,0.2\nv3,2015,50,0.3\n"
        write("run-ok/villages.csv", ok)
        write("run-ok/flows.csv", "year,from_village,to_site,households,persons\n2015,v1,v2,1,3\n")
        write("run-huge/villages.csv", ok + "v1,2016,1e308,0.1\n")
        write("run-nan/villages.csv", ok + "v1,2016,nan,0.1\n")
        write("run-negative/villages.csv", ok + "v1,2016,-5,0.1\n")
        write("run-year/villages.csv", ok + "v1,-1,5,0.1\n")
        write("run-duplicate/villages.csv", ok + "v1,2015,10,0.1\n")
        write("run-unknown/villages.csv", "village_id,year,poor_persons,incidence\nnowhere,2015,10,0.1\n")
        write("run-truncated/villages.csv", "village_id,year,poor_persons,incidence\nv1,2015,10,0.1\n")
        for (name, persons) in [("flows-nan", "nan"), ("flows-huge", "1e308")] {
            write("\(name)/villages.csv", ok)
            write("\(name)/flows.csv", "year,from_village,to_site,households,persons\n2015,v1,v2,1,\(persons)\n")
        }
        write("run-gbk/villages.csv", "")
        try? Data([0x76, 0x69, 0x6C, 0x6C, 0x61, 0x67, 0x65, 0x5F, 0x69, 0x64, 0x2C, 0x79, 0x65, 0x61, 0x72, 0x0A, 0xB1, 0xB1, 0x2C, 0x32, 0x30, 0x31, 0x35, 0x0A])
            .write(to: dir.appendingPathComponent("run-gbk/villages.csv"))
        let base = CLI.packageRoot.appendingPathComponent("scenarios/baseline.yaml").path
        func scenario(_ name: String, _ text: String) { write("s/\(name).yaml", "extends: \(base)\nname: \(name)\n" + text) }
        write("s/empty.yaml", "# nothing but a comment\n")
        write("s/self.yaml", "extends: ./self.yaml\nname: self\n")
        var laughs = "name: laughs\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = Array("abcdefghi")
        for k in 1..<names.count {
            laughs += "\(names[k]): &\(names[k]) [\(Array(repeating: "*\(names[k - 1])", count: 9).joined(separator: ","))]\n"
        }
        write("s/laughs.yaml", laughs + "? *i\n: 1\n")
        write("maps/laughs.yaml", laughs.replacingOccurrences(of: "name: laughs\n", with: "title: laughs\n") + "? *i\n: 1\n")
        scenario("tourism-max", "programs:\n  tourism:\n    villages_by_year: {2016: 9223372036854775807}\n")
        scenario("hex", "seed: 0x1p3\n")
        scenario("income-order", "households:\n  poor_income_min_fraction_of_line: 0.9\n  poor_income_max_fraction_of_line: 0.2\n")
        scenario("twice", "processes: [income_growth, income_growth]\n")
        scenario("years-twice", "poverty_line_yuan_per_person:\n  2016: 2952\n  '2016': 2952\n")
        scenario("decreasing", "programs:\n  tourism:\n    villages_by_year: {2016: 20, 2017: 10}\n")
        write("s/bom.yaml", "\u{FEFF}extends: \(base)\nname: bom\nruns: 0\n")
        write("s/dup.yaml", "extends: \(base)\nname: dup\nruns: 2\nruns: 3\n")
        // Geodata sources with a broken village list, and one with a duplicate township.
        let sources = CLI.packageRoot.appendingPathComponent("geodata/sources")
        for name in ["src-header-only", "src-dup-township"] {
            try? fm.copyItem(at: sources, to: dir.appendingPathComponent(name))
        }
        let villageNames = dir.appendingPathComponent("src-header-only/villages-names.csv")
        if let bytes = try? Data(contentsOf: villageNames), let end = bytes.firstIndex(of: 0x0A) {
            try? bytes[...end].write(to: villageNames)  // the header line alone (CRLF kept)
        }
        let townships = dir.appendingPathComponent("src-dup-township/townships-2016.csv")
        if let text = try? String(contentsOf: townships, encoding: .utf8) {
            let lines = text.components(separatedBy: "\n").filter { !$0.isEmpty }
            try? (lines + [lines[lines.count - 1]]).joined(separator: "\n").appending("\n").write(to: townships, atomically: true, encoding: .utf8)
        }
        write("user/keep.txt", "a user's file\n")
        return dir
    }()

    static let cases: [Case] = {
        let map = ["map", "--geodata", "geo"]
        return [
            // Crashes.
            Case(name: "page 60x60", arguments: ["map", "--page", "60x60", "-o", "out/p.svg"], status: 64, mentions: ["60x60"]),
            Case(name: "page 400x50 (was a hang)", arguments: ["map", "--page", "400x50", "-o", "out/p.svg"], status: 64, mentions: ["400x50"]),
            Case(name: "breaks 1e308", arguments: map + ["--run", "run-ok", "--theme", "poor_persons", "--breaks", "1e308", "-o", "out/b.svg"], status: 64, mentions: ["--breaks"]),
            Case(name: "breaks 1,inf", arguments: map + ["--run", "run-ok", "--theme", "poor_persons", "--breaks", "1,inf", "-o", "out/b.svg"], status: 64, mentions: ["--breaks"]),
            Case(name: "breaks nan", arguments: map + ["--run", "run-ok", "--theme", "poor_persons", "--breaks", "nan", "-o", "out/b.svg"], status: 64, mentions: ["--breaks"]),
            Case(name: "breaks 0x10", arguments: map + ["--run", "run-ok", "--theme", "poor_persons", "--breaks", "0x10", "-o", "out/b.svg"], status: 64, mentions: ["--breaks"]),
            Case(name: "villages.csv cell 1e308", arguments: map + ["--run", "run-huge", "--theme", "poor_persons", "-o", "out/c.svg"], status: 65, mentions: ["run-huge/villages.csv:5"]),
            Case(name: "flows persons nan", arguments: map + ["--run", "flows-nan", "--theme", "flows", "-o", "out/f.svg"], status: 65, mentions: ["flows-nan/flows.csv:2"]),
            Case(name: "flows persons 1e308", arguments: map + ["--run", "flows-huge", "--theme", "flows", "-o", "out/f.svg"], status: 65, mentions: ["flows-huge/flows.csv:2"]),
            Case(name: "tourism target Int.max", arguments: ["simulate", "s/tourism-max.yaml", "--out", "out/t"], status: 65, mentions: ["tourism-max.yaml:", "villages_by_year"]),
            Case(name: "runs 1e9", arguments: ["simulate", "scenarios/baseline.yaml".abs, "--runs", "1000000000", "--out", "out/r"], status: 64, mentions: ["--runs"]),
            Case(name: "villages-names.csv header only", arguments: ["geodata", "build", "--sources", "src-header-only", "--out", "out/g1"], status: 65, mentions: ["villages-names.csv"]),
            Case(name: "duplicate township", arguments: ["geodata", "build", "--sources", "src-dup-township", "--out", "out/g2"], status: 65, mentions: ["townships-2016.csv"]),
            // Hangs.
            Case(name: "billion laughs scenario", arguments: ["simulate", "s/laughs.yaml", "--out", "out/l"], status: 65, mentions: ["laughs.yaml:", "alias"]),
            Case(name: "billion laughs map spec", arguments: ["map", "--spec", "maps/laughs.yaml", "-o", "out/l.svg"], status: 65, mentions: ["laughs.yaml:", "alias"]),
            // Data safety.
            Case(name: "-o /dev/null", arguments: ["project", "--from", "EPSG:4326", "--to", "EPSG:4545", "geodata/county.geojson".abs, "-o", "/dev/null"], status: 73, mentions: ["/dev/null"]),
            Case(name: "geodata build into a user's folder", arguments: ["geodata", "build", "--sources", "geodata/sources".abs, "--out", "user"], status: 73, mentions: ["user"]),
            Case(name: "simulate --out /", arguments: ["simulate", "scenarios/baseline.yaml".abs, "--out", "/"], status: 73, mentions: ["/"]),
            Case(name: "simulate --out \"\"", arguments: ["simulate", "scenarios/baseline.yaml".abs, "--out", ""], status: 73, mentions: ["--out"]),
            // Silent accepts.
            Case(name: "empty scenario", arguments: ["simulate", "s/empty.yaml", "--out", "out/e"], status: 65, mentions: ["empty.yaml", "empty"]),
            Case(name: "map --geodata /nonexistent", arguments: ["map", "--geodata", "/nonexistent", "--run", "run-ok", "--theme", "poor_persons", "-o", "out/n.svg"], status: 65, mentions: ["/nonexistent"]),
            Case(name: "villages.csv nan cell", arguments: map + ["--run", "run-nan", "--theme", "poor_persons", "-o", "out/c.svg"], status: 65, mentions: ["run-nan/villages.csv:5"]),
            Case(name: "villages.csv negative count", arguments: map + ["--run", "run-negative", "--theme", "poor_persons", "-o", "out/c.svg"], status: 65, mentions: ["run-negative/villages.csv:5"]),
            Case(name: "villages.csv year -1", arguments: map + ["--run", "run-year", "--theme", "poor_persons", "-o", "out/c.svg"], status: 65, mentions: ["run-year/villages.csv:5"]),
            Case(name: "villages.csv duplicate row", arguments: map + ["--run", "run-duplicate", "--theme", "poor_persons", "-o", "out/c.svg"], status: 65, mentions: ["run-duplicate/villages.csv:5"]),
            Case(name: "villages.csv unknown ids", arguments: map + ["--run", "run-unknown", "--theme", "poor_persons", "-o", "out/c.svg"], status: 65, mentions: ["nowhere"]),
            Case(name: "--compare a truncated run", arguments: map + ["--run", "run-ok", "--compare", "run-truncated", "--theme", "poor_persons", "-o", "out/c.svg"], status: 65, mentions: ["run-truncated"]),
            Case(name: "--year 2030 with flows", arguments: map + ["--run", "run-ok", "--theme", "flows", "--year", "2030", "-o", "out/y.svg"], status: 65, mentions: ["2030"]),
            Case(name: "scenario hex float", arguments: ["simulate", "s/hex.yaml", "--out", "out/h"], status: 65, mentions: ["hex.yaml:3", "seed"]),
            Case(name: "poor income min above max", arguments: ["simulate", "s/income-order.yaml", "--out", "out/i"], status: 65, mentions: ["income-order.yaml:", "poor_income_m"]),
            Case(name: "a process listed twice", arguments: ["simulate", "s/twice.yaml", "--out", "out/w"], status: 65, mentions: ["twice.yaml:", "processes"]),
            Case(name: "year 2016 and '2016'", arguments: ["simulate", "s/years-twice.yaml", "--out", "out/y"], status: 65, mentions: ["years-twice.yaml:5"]),
            Case(name: "decreasing cumulative targets", arguments: ["simulate", "s/decreasing.yaml", "--out", "out/d"], status: 65, mentions: ["decreasing.yaml:", "villages_by_year"]),
            Case(name: "extends itself", arguments: ["simulate", "s/self.yaml", "--out", "out/x"], status: 65, mentions: ["self.yaml"]),
            // Exit codes and messages.
            Case(name: "YAML duplicate key at its place", arguments: ["simulate", "s/dup.yaml", "--out", "out/k"], status: 65, mentions: ["dup.yaml:4:1", "runs"]),
            Case(name: "a BOM is accepted (runs: 0 is the error)", arguments: ["simulate", "s/bom.yaml", "--out", "out/o"], status: 65, mentions: ["bom.yaml:3", "runs"]),
            Case(name: "a GBK run table names the encoding", arguments: map + ["--run", "run-gbk", "--theme", "poor_persons", "-o", "out/g.svg"], status: 65, mentions: ["GBK", "iconv"]),
        ]
    }()

    @Test(arguments: cases)
    func eachReproducerEndsWithItsStatusAndAPlainMessage(_ c: Case) throws {
        let dir = Self.fixtures
        let r = try Self.run(c.arguments, in: dir)
        #expect(!r.timedOut, "\(c.name): still running after 60 s")
        #expect(r.status == c.status, "\(c.name): status \(r.status), stderr: \(r.stderr.prefix(600))")
        for m in c.mentions { #expect(r.stderr.contains(m), "\(c.name): message should mention \(m): \(r.stderr.prefix(600))") }
        for leak in ["Fatal error", "Backtrace", "NSCocoaErrorDomain", "Error Domain="] {
            #expect(!r.stderr.contains(leak), "\(c.name): \(leak) in \(r.stderr.prefix(600))")
        }
        #expect(r.stderr.utf8.count < 20_000, "\(c.name): a message of \(r.stderr.utf8.count) bytes")
        // Nothing partial: a failed command leaves neither its output nor a temporary file beside it.
        if let flag = c.arguments.firstIndex(where: { $0 == "-o" || $0 == "--out" }), flag + 1 < c.arguments.count,
           c.arguments[flag + 1].hasPrefix("out/") {
            let target = dir.appendingPathComponent(c.arguments[flag + 1])
            #expect(!FileManager.default.fileExists(atPath: target.path), "\(c.name): \(target.lastPathComponent) was written")
            let siblings = (try? FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)) ?? []
            #expect(!siblings.contains { $0.hasPrefix("." + target.lastPathComponent) }, "\(c.name): a temporary file is left: \(siblings)")
        }
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("user/keep.txt").path))
    }
}

private extension String {
    /// The path of this package-relative file.
    var abs: String { CLI.packageRoot.appendingPathComponent(self).path }
}
