import Foundation
import GIS
import Testing
@testable import GeodataBuild

/// The source lists of the geodata build: UTF-8 with or without a byte-order mark; a GBK
/// list is named as such, with the command that converts it.
@Suite struct GeodataSourceEncodingTests {
    static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-source-enc-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aByteOrderMarkIsNotPartOfTheFirstColumnName() throws {
        let path = try Self.file("bom.csv", [0xEF, 0xBB, 0xBF] + Array("code,name\n1,邻水\n".utf8))
        let csv = try CSV.read(path: path, role: "a test list")
        #expect(csv.header == ["code", "name"])
    }

    @Test func aGBKListIsNamedAsSuch() throws {
        // "代码,名称\n1,邻水\n" in GBK.
        let gbk: [UInt8] = [0xB4, 0xFA, 0xC2, 0xEB, 0x2C, 0xC3, 0xFB, 0xB3, 0xC6, 0x0A, 0x31, 0x2C, 0xC1, 0xDA, 0xCB, 0xAE, 0x0A]
        let path = try Self.file("gbk.csv", gbk)
        do {
            _ = try CSV.read(path: path, role: "a test list")
            Issue.record("a GBK list was read")
        } catch let e as GISError {
            let message = e.description
            #expect(message.contains("not UTF-8"))
            #expect(message.contains("GBK"))
            #expect(message.contains("iconv -f GBK -t UTF-8"))
            #expect(!message.contains("fields"))
        }
    }
}
