import Foundation
import Testing
@testable import GIS

/// The on-disk cache of PROJ's chosen operations: a kept pipeline gives PROJ's own bits,
/// only single grid-free operations from a geographic CRS are kept, and a bad or foreign
/// file, or a folder that cannot be written, never changes a result or raises an error.
@Suite struct OperationCacheTests {
    static func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-opcache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func files(_ cache: OperationCache) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.directory)) ?? []).filter { $0.hasSuffix(".pipeline") }
    }

    /// 2,000 positions over and around Sichuan (a fixed linear congruential sequence).
    static let positions: [Position] = {
        var state: UInt64 = 2015
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        return (0..<2000).map { _ in Position(97 + 14 * next(), 25 + 10 * next()) }
    }()

    static func bits(_ t: Transformation, _ positions: [Position], inverse: Bool = false) throws -> [UInt64] {
        try positions.flatMap { p -> [UInt64] in
            let q = inverse ? try t.inverse(p) : try t.transform(p)
            return [q.x.bitPattern, q.y.bitPattern]
        }
    }

    @Test func aKeptPipelineGivesPROJsOwnBitsForwardsAndBackwards() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cache = OperationCache(directory: dir + "/proj")
        let fresh = try Transformation(from: "EPSG:4326", to: "EPSG:4545", cache: nil)
        _ = try Transformation(from: "EPSG:4326", to: "EPSG:4545", cache: cache)
        let names = Self.files(cache)
        #expect(names.count == 1, "the ballpark WGS 84 → CGCS2000 operation is kept")
        let text = try String(contentsOfFile: cache.directory + "/" + names[0], encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 4 && lines[0] == OperationCache.header && lines[1] == "EPSG:4326" && lines[2] == "EPSG:4545")
        #expect(lines.last?.hasPrefix("+proj=pipeline") == true && lines.last?.contains("+proj=tmerc") == true)
        let kept = try Transformation(from: "EPSG:4326", to: "EPSG:4545", cache: cache)
        #expect(try Self.bits(kept, Self.positions) == Self.bits(fresh, Self.positions))
        let projected = try Self.positions.map { try fresh.transform($0) }
        #expect(try Self.bits(kept, projected, inverse: true) == Self.bits(fresh, projected, inverse: true))
    }

    @Test func theKeptFileIsWhatIsUsedAndAForeignOneIsReplaced() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cache = OperationCache(directory: dir + "/proj")
        let real = try Transformation(from: "EPSG:4326", to: "EPSG:4545", cache: nil).transform(Position(107, 30.3))
        _ = try Transformation(from: "EPSG:4326", to: "EPSG:4545", cache: cache)
        let path = cache.directory + "/" + Self.files(cache)[0]
        // A pipeline on another central meridian, under the right names: it is used, so the file is read.
        let doctored = "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step +proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80"
        try "\(OperationCache.header)\nEPSG:4326\nEPSG:4545\n\(doctored)\n".write(toFile: path, atomically: true, encoding: .utf8)
        let shifted = try Transformation(from: "EPSG:4326", to: "EPSG:4545", cache: cache).transform(Position(107, 30.3))
        #expect(abs(shifted.x - real.x) > 100_000)
        // The same file naming other CRSs is not ours to use: PROJ decides, and the file is rewritten.
        try "\(OperationCache.header)\nEPSG:4490\nEPSG:4545\n\(doctored)\n".write(toFile: path, atomically: true, encoding: .utf8)
        let p = try Transformation(from: "EPSG:4326", to: "EPSG:4545", cache: cache).transform(Position(107, 30.3))
        #expect(p.x.bitPattern == real.x.bitPattern && p.y.bitPattern == real.y.bitPattern)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("EPSG:4326\nEPSG:4545\n+proj=pipeline"))
        // Bytes that are not text, or a pipeline PROJ cannot read, are ignored likewise.
        for junk in [Data([0xff, 0xfe, 0x00, 0x01]), Data("\(OperationCache.header)\nEPSG:4326\nEPSG:4545\n+proj=nosuch\n".utf8)] {
            try junk.write(to: URL(fileURLWithPath: path))
            let q = try Transformation(from: "EPSG:4326", to: "EPSG:4545", cache: cache).transform(Position(107, 30.3))
            #expect(q.x.bitPattern == real.x.bitPattern && q.y.bitPattern == real.y.bitPattern)
        }
    }

    @Test func alternativesGridsAndProjectedSourcesAreNotKept() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cache = OperationCache(directory: dir + "/proj")
        // NAD27 → WGS 84: PROJ keeps some 30 operations to choose among by area.
        _ = try Transformation(from: "EPSG:4267", to: "EPSG:4326", cache: cache)
        // A projected source: the probe grid would not be in its units.
        _ = try Transformation(from: "EPSG:4545", to: "EPSG:4326", cache: cache)
        #expect(Self.files(cache).isEmpty)
        _ = try Transformation(from: "EPSG:4326", to: "EPSG:32648", cache: cache)
        #expect(Self.files(cache).count == 1, "a plain conversion from a geographic CRS is kept")
    }

    @Test func aFolderThatCannotBeMadeIsNoError() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "a file, not a folder".write(toFile: dir + "/blocked", atomically: true, encoding: .utf8)
        let cache = OperationCache(directory: dir + "/blocked/proj")
        let p = try Transformation(from: "EPSG:4326", to: "EPSG:4545", cache: cache).transform(Position(107, 30.3))
        #expect(abs(p.x - 403_802.836363) < 0.001)
        #expect(try String(contentsOfFile: dir + "/blocked", encoding: .utf8) == "a file, not a folder")
    }
}
