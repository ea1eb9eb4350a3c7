import Foundation
import Testing
import GIS
@testable import GeodataBuild
import Planning

@Suite struct GeodataComponentTests {
    @Test func largestRemainderHitsTheTotalExactlyAndRespectsCaps() throws {
        let shares = try LargestRemainder.allocate(10, weights: [1, 1, 1])
        #expect(shares == [4, 3, 3])
        let capped = try LargestRemainder.allocate(100, weights: [10, 1, 1], caps: [50, 100, 100])
        #expect(capped.reduce(0, +) == 100 && capped[0] == 50 && capped[1] == 25 && capped[2] == 25)
        #expect(try LargestRemainder.allocate(7, weights: [0, 2, 0]) == [0, 7, 0])
    }

    @Test func anImpossibleAllocationIsAnErrorNotACrash() {
        #expect(throws: GISError.self) { try LargestRemainder.allocate(10, weights: []) }
        #expect(throws: GISError.self) { try LargestRemainder.allocate(10, weights: [1, 1], caps: [2, 3]) }
        #expect(throws: GISError.self) { try LargestRemainder.allocate(-1, weights: [1]) }
    }

    @Test func csvFieldsMayHoldQuotedCommasAndQuotes() throws {
        let rows = try CSVTable.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n1,\n", file: "t.csv")
        #expect(rows == [["a", "b"], ["x, y", "say \"hi\""], ["1", ""]])
    }

    @Test func committeeSuffixesAreDroppedFromVillageNames() {
        #expect(shortName("芭蕉村委会") == "芭蕉村")
        #expect(shortName("北街社区居委会") == "北街社区")
        #expect(shortName("某某") == "某某")
    }

    @Test func theTerrainReachesTheSourcedHeightsOnItsCrestsAndItsLowPoint() throws {
        let p = try BuildParameters.load(sourcesFolder: GeodataFixture.sources)
        let proj = try Transformation(from: "EPSG:4326", to: p.planningCRS)
        var warnings: [Diagnostic] = []
        let layout = TerrainLayout(units: p.profile.terrain.units, ridges: p.modelInputs.ridges.map(\.name),
                                   county: p.countyName, file: "", inputsName: "", warnings: &warnings)
        let model = try TerrainModel(parameters: p, layout: layout, warnings: &warnings) { try proj.transform($0) }
        #expect(warnings.isEmpty)
        func z(_ lon: Double, _ lat: Double) throws -> Double {
            let q = try proj.transform(Position(lon, lat)); return model.elevation(at: Position(q.x, q.y))
        }
        #expect(abs(try z(106.766, 30.21) - 1_704) < 1)      // 高登山
        #expect(abs(try z(106.700, 30.12) - 1_590) < 1)      // 宝鼎
        #expect(abs(try z(107.215, 30.36) - 1_179) < 1)      // 兴仁土地垭
        #expect(abs(try z(106.765, 30.035) - 188) < 1)       // 御临镇文武村
        let seat = try z(106.927, 30.33862)
        #expect(seat > 250 && seat < 450)                     // trough floor at the county seat
        let seatPlanar = try proj.transform(Position(106.927, 30.33862))
        #expect(model.terrainUnit(at: Position(seatPlanar.x, seatPlanar.y)) == "西槽")
    }

    @Test func theMinimumSpanningTreeJoinsEveryPointWithTheShortestEdges() {
        let pts = [Position(0, 0), Position(10, 0), Position(10, 1), Position(30, 0)]  // 1–3 (20) beats 2–3 (20.02)
        let edges = GeodataBuilder.minimumSpanningTree(pts)
        #expect(edges.count == 3)
        #expect(Set(edges.map { "\($0.0)-\($0.1)" }) == ["0-1", "1-2", "1-3"])
    }

    @Test func polylineMeasuresGiveDistanceArcLengthAndSide() {
        let line = PlanarPolyline([Position(0, 0), Position(0, 100), Position(0, 200)])
        let n = line.nearest(to: Position(-30, 150))
        #expect(n.distance == 30 && n.along == 150 && n.side > 0)   // west of a northward line: left
        #expect(line.nearest(to: Position(30, 50)).side < 0)
        #expect(line.point(at: 120) == Position(0, 120))
        #expect(interpolate(150, knots: [100, 200], values: [10, 20]) == 15)
    }
}

@Suite struct GeodataSourceErrorTests {
    @Test func aMissingSourcesFolderIsReportedWithTheFileItNeeds() {
        #expect {
            _ = try GeodataBuilder(sourcesFolder: "/nonexistent-benkang-sources")
        } throws: { error in
            "\(error)".contains("/nonexistent-benkang-sources/county.yaml") && "\(error)".contains("no such file")
        }
    }

    @Test func aVillageOfAnUnknownTownshipIsReportedWithItsLine() throws {
        let folder = GeodataFixture.temporaryFolder("bad-sources")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "code,name,level,parent_code\n511623000000,邻水县,county,511600000000\n511623100000,鼎屏镇,town,511623000000\n"
            .write(toFile: folder + "/townships-2016.csv", atomically: true, encoding: .utf8)
        try "code,name,level,parent_code,parent_name\n,北街社区居委会,community,511623100000,鼎屏镇\n,某村委会,village,511623999000,某乡\n"
            .write(toFile: folder + "/villages-names.csv", atomically: true, encoding: .utf8)
        #expect {
            _ = try SourceTables.read(folder: folder, townshipsFile: "townships-2016.csv", villagesFile: "villages-names.csv")
        } throws: { error in
            "\(error)".contains("villages-names.csv: 3:15:") && "\(error)".contains("511623999000")
        }
    }
}
