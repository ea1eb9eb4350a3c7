import Foundation
import Testing

/// `geodata import` usage, wrong files and unwritable outputs: exit 64, 65 and 73 with
/// a message naming the file.
@Suite struct GeodataImportUsageTests {
    static func table(in dir: URL, header: [String] = ["id", "population"]) throws -> URL {
        let file = dir.appendingPathComponent("t.csv")
        try ImportFixture.writeCSV(header, [["511623100000-001", "7300"]], to: file)
        return file
    }

    @Test func missingOutAndInPlaceIsAUsageErrorExit64() throws {
        let dir = try ImportFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["geodata", "import", try Self.table(in: dir).path, "--key", "code"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--out DIR or --in-place"))
        let k = try CLI.run(["geodata", "import", try Self.table(in: dir).path, "--key", "village", "--in-place"])
        #expect(k.status == 64)
    }

    @Test func aShapefileGivenByMistakeIsNamedForWhatItIs() throws {
        let dir = try ImportFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let shp = dir.appendingPathComponent("villages.shp")
        try Data([0x00, 0x00, 0x27, 0x0A] + [UInt8](repeating: 0, count: 96)).write(to: shp)
        let r = try CLI.run(["geodata", "import", shp.path, "--key", "code", "--out", dir.appendingPathComponent("o").path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("villages.shp") && r.stderr.contains("ESRI Shapefile"), "\(r.stderr)")
    }

    @Test func anUnknownColumnIsAProblemWithADidYouMean() throws {
        let dir = try ImportFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try Self.table(in: dir, header: ["id", "populaton"])
        let r = try CLI.run(["geodata", "import", file.path, "--key", "code", "--out", dir.appendingPathComponent("o").path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("1:2 (populaton): error: unknown column \"populaton\"; did you mean population?"), "\(r.stderr)")
    }

    @Test func anUnwritableOutputExits73AndAForeignFolderIsRefused() throws {
        let dir = try ImportFixture.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try Self.table(in: dir)
        let blocker = dir.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: blocker)
        let r = try CLI.run(["geodata", "import", file.path, "--key", "code", "--out", blocker.appendingPathComponent("sub").path])
        #expect(r.status == 73, "stderr: \(r.stderr)")
        let foreign = dir.appendingPathComponent("photos")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: foreign.appendingPathComponent("holiday.jpg"))
        let f = try CLI.run(["geodata", "import", file.path, "--key", "code", "--out", foreign.path])
        #expect(f.status == 73)
        #expect(f.stderr.contains("not a geodata folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: foreign.path) == ["holiday.jpg"])
        let export = try CLI.run(["geodata", "export", "-o", blocker.appendingPathComponent("v.csv").path])
        #expect(export.status == 73)
    }

    @Test func exportRefusesAnUnknownExtensionAsAUsageError() throws {
        let r = try CLI.run(["geodata", "export", "-o", "/tmp/villages.txt"])
        #expect(r.status == 64)
        #expect(r.stderr.contains(".csv or .xlsx"))
    }
}
