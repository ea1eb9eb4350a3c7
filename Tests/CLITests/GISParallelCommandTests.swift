import Foundation
import Testing

/// `info` and `project` on every core: the same bytes for any thread count, and
/// `project --lines` printing the digits cs2cs prints.
@Suite struct GISParallelCommandTests {
    static let cs2cs = "/usr/bin/cs2cs"

    /// "lon lat" (and every fifth "lon lat z") lines over the county's box, 9 decimals.
    static func lonLatLines(_ n: Int) -> String {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func unit() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        var text = "# lon lat\n"
        for i in 0..<n {
            let lon = 106.7 + 0.6 * unit(), lat = 29.95 + 0.6 * unit()
            text += String(format: "%.9f %.9f", lon, lat)
            text += i % 5 == 0 ? String(format: " %.2f\n", 300 * unit()) : "\n"
        }
        return text
    }

    @Test func infoPrintsTheSameFiguresOnOneAndThreeThreads() throws {
        let one = try CLI.run(["info", "--threads", "1", "geodata/villages.geojson", "geodata/roads.geojson"])
        let three = try CLI.run(["info", "--threads", "3", "geodata/villages.geojson", "geodata/roads.geojson"])
        #expect(one.status == 0, "stderr: \(one.stderr)")
        #expect(one.stdout == three.stdout)
        #expect(one.stdout.contains("area:") && one.stdout.contains("length:"))
    }

    @Test func projectWritesTheSameGeoJSONBytesOnOneTwoAndFiveThreads() throws {
        let runs = try [1, 2, 5].map { try CLI.run(["project", "--threads", String($0), "--to", "EPSG:4545", "geodata/villages.geojson"]) }
        #expect(runs[0].status == 0, "stderr: \(runs[0].stderr)")
        #expect(runs[0].stdout.count > 100_000)
        #expect(runs[1].stdout == runs[0].stdout)
        #expect(runs[2].stdout == runs[0].stdout)
    }

    @Test func projectLinesWritesTheSameBytesOnOneAndFourThreads() throws {
        let input = Data(Self.lonLatLines(3_000).utf8)
        let one = try CLI.run(["project", "--threads", "1", "--from", "EPSG:4326", "--to", "EPSG:4545", "--lines"], stdin: input)
        let four = try CLI.run(["project", "--threads", "4", "--from", "EPSG:4326", "--to", "EPSG:4545", "--lines"], stdin: input)
        #expect(one.status == 0, "stderr: \(one.stderr)")
        #expect(one.stdout == four.stdout)
        #expect(one.stdout.hasPrefix("# lon lat\n"))
        #expect(one.stdout.split(separator: "\n").count == 3_001)
    }

    @Test func everyBadLineIsNamed() throws {
        let r = try CLI.run(["project", "--to", "EPSG:4545", "--lines"], stdin: Data("107 30\nx 30\n107\n107 30 1 2\n".utf8))
        #expect(r.status == 65)
        #expect(r.stderr.contains("2:1") && r.stderr.contains("3:1") && r.stderr.contains("4:1"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    /// Runs cs2cs with `arguments` on `input`.
    static func runCS2CS(_ arguments: [String], _ input: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: cs2cs)
        p.arguments = arguments
        let inPipe = Pipe(), out = Pipe()
        p.standardInput = inPipe; p.standardOutput = out
        try p.run()
        inPipe.fileHandleForWriting.write(Data(input.utf8))
        try inPipe.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: cs2cs),
                   "cs2cs is not installed (Debian package proj-bin; make test installs it)"))
    func projectLinesPrintsTheDigitsCS2CSPrints() throws {
        let text = Self.lonLatLines(2_000)
        let positions = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n") + "\n"
        // cs2cs: -r/-s read and write easting (lon) first; it always prints z (0 when absent).
        for (from, to, decimals, input) in [("EPSG:4326", "EPSG:4545", 3, positions)] {
            let mine = try CLI.run(["project", "--from", from, "--to", to, "--lines", "--precision", String(decimals)],
                                   stdin: Data(input.utf8))
            #expect(mine.status == 0, "stderr: \(mine.stderr)")
            let theirs = try Self.runCS2CS(["-f", "%.\(decimals)f", "-r", "-s", from, to], input)
            let a = mine.stdout.split(separator: "\n"), b = theirs.split(separator: "\n")
            #expect(a.count == b.count && a.count == 2_000)
            var differing = 0
            for (x, y) in zip(a, b) {
                let mineFields = x.split(separator: " ")
                let theirFields = y.split(whereSeparator: { $0 == " " || $0 == "\t" })
                // no z in the input: cs2cs prints 0, benkang nothing
                if Array(theirFields.prefix(mineFields.count)) != mineFields { differing += 1 }
            }
            #expect(differing == 0, "\(differing) lines differ from cs2cs \(from) → \(to)")
        }
        // and back, lon/lat with 9 decimals
        let projected = try CLI.run(["project", "--from", "EPSG:4326", "--to", "EPSG:4545", "--lines"], stdin: Data(positions.utf8))
        let back = try CLI.run(["project", "--from", "EPSG:4545", "--to", "EPSG:4326", "--lines"], stdin: Data(projected.stdout.utf8))
        let theirs = try Self.runCS2CS(["-f", "%.9f", "-r", "-s", "EPSG:4545", "EPSG:4326"], projected.stdout)
        let a = back.stdout.split(separator: "\n"), b = theirs.split(separator: "\n")
        #expect(a.count == 2_000 && a.count == b.count)
        let differing = zip(a, b).filter { x, y in
            let m = x.split(separator: " ")
            return Array(y.split(whereSeparator: { $0 == " " || $0 == "\t" }).prefix(m.count)) != m
        }.count
        #expect(differing == 0, "\(differing) lines differ from cs2cs EPSG:4545 → EPSG:4326")
    }
}
