import Foundation
import Testing
@testable import GIS

@Suite struct RasterGridTests {
    let grid = RasterGrid(columns: 3, rows: 2, lowerLeftX: 1000, lowerLeftY: 2000, cellSize: 100,
                          values: [1, 2, 3, 4, 5, -9999])

    @Test func writingAndReadingAnESRIASCIIGridGivesTheSameGrid() throws {
        let text = grid.esriASCIIText(decimals: 1)
        #expect(text.hasPrefix("ncols 3\nnrows 2\nxllcorner 1000.000\nyllcorner 2000.000\ncellsize 100.000\nNODATA_value -9999\n"))
        #expect(text.hasSuffix("1.0 2.0 3.0\n4.0 5.0 -9999\n"))
        let back = try RasterGrid.readESRIASCII(text, file: "t.asc")
        #expect(back == grid)
        #expect(back[column: 2, row: 1] == nil)
        #expect(back[column: 0, row: 0] == 1)
    }

    @Test func aWrittenGridFileReadsBackTheSame() throws {
        let path = NSTemporaryDirectory() + "benkang-raster-\(ProcessInfo.processInfo.processIdentifier).asc"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try grid.writeESRIASCII(to: path)
        #expect(try RasterGrid.readESRIASCII(path: path) == grid)
        #expect(throws: GISError.self) { try RasterGrid.readESRIASCII(path: path + ".missing") }
    }

    @Test func cellCentresCountRowsFromTheNorth() {
        #expect(grid.centre(column: 0, row: 0) == Position(1050, 2150))
        #expect(grid.centre(column: 2, row: 1) == Position(1250, 2050))
        let cell = grid.cell(containing: Position(1250, 2050))
        #expect(cell?.column == 2 && cell?.row == 1)
        #expect(grid.cell(containing: Position(999, 2050)) == nil)
    }

    @Test func aShortValueListIsReportedWithTheFileName() {
        let text = "ncols 2\nnrows 2\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2 3\n"
        #expect {
            try RasterGrid.readESRIASCII(text, file: "dem.asc")
        } throws: { error in
            "\(error)".contains("dem.asc") && "\(error)".contains("expected 4 grid values")
        }
    }

    @Test func aNonNumericValueIsReportedWithLineAndColumn() {
        let text = "ncols 2\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 x\n"
        #expect {
            try RasterGrid.readESRIASCII(text, file: "dem.asc")
        } throws: { error in "\(error)".contains("6:2") }
    }

    @Test func interpolationAndSlopeFollowAPlane() {
        // z = 0.1 x (metres): slope atan(0.1) ≈ 5.71°.
        let plane = RasterGrid(covering: BoundingBox(minX: 0, minY: 0, maxX: 1000, maxY: 1000), cellSize: 50) { 0.1 * $0.x }
        #expect(abs(plane.interpolatedValue(at: Position(512, 300))! - 51.2) < 1e-9)
        #expect(abs(plane.slopeDegrees(at: Position(500, 500))! - 5.7106) < 1e-3)
        #expect(plane.interpolatedValue(at: Position(-100, 0)) == nil)
    }
}
