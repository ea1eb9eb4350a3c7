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

    @Test(arguments: ["nan", "inf", "-inf", "1e20", "2.5", "0", "-3", "100000001"])
    func aBadGridDimensionIsReportedWithItsLine(bad: String) {
        let text = "ncols 2\nnrows \(bad)\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2\n"
        #expect {
            try RasterGrid.readESRIASCII(text, file: "dem.asc")
        } throws: { error in
            "\(error)".contains("dem.asc") && "\(error)".contains("2:1") && "\(error)".contains("nrows")
        }
        let cols = "ncols \(bad)\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2\n"
        #expect {
            try RasterGrid.readESRIASCII(cols, file: "dem.asc")
        } throws: { error in "\(error)".contains("dem.asc") && "\(error)".contains("1:1") && "\(error)".contains("ncols") }
    }

    @Test(arguments: ["nan", "inf", "0", "-1"])
    func aBadCellSizeIsReportedWithItsLine(bad: String) {
        let text = "ncols 2\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize \(bad)\n1 2\n"
        #expect {
            try RasterGrid.readESRIASCII(text, file: "dem.asc")
        } throws: { error in "\(error)".contains("dem.asc") && "\(error)".contains("5:1") && "\(error)".contains("cellsize") }
    }

    @Test func theLargestDimensionsDoNotOverflowTheCellCount() {
        let text = "ncols 100000000\nnrows 100000000\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2\n"
        #expect {
            try RasterGrid.readESRIASCII(text, file: "dem.asc")
        } throws: { error in "\(error)".contains("expected 10000000000000000 grid values") }
    }

    @Test func aGridWithCRLFLineEndingsReads() throws {
        let text = grid.esriASCIIText(decimals: 1).replacingOccurrences(of: "\n", with: "\r\n")
        #expect(text.contains("\r\n"))
        #expect(try RasterGrid.readESRIASCII(text, file: "t.asc") == grid)
        let bad = "ncols 2\r\nnrows 1\r\nxllcorner 0\r\nyllcorner 0\r\ncellsize 1\r\n1 x\r\n"
        #expect {
            try RasterGrid.readESRIASCII(bad, file: "dem.asc")
        } throws: { error in "\(error)".contains("6:2") }
    }

    @Test func hugeAndNonFiniteValuesAreWrittenWithoutTrapping() throws {
        #expect(RasterGrid.format(-3.14159, decimals: 2) == "-3.14")
        #expect(RasterGrid.format(1e20, decimals: 1) == "1e+20")
        #expect(RasterGrid.format(-1e300, decimals: 3) == "-1e+300")
        #expect(Double(RasterGrid.format(1e15, decimals: 0)) == 1e15)
        #expect(RasterGrid.format(123456789012345.0, decimals: 6) == "\(123456789012345.0)")
        #expect(RasterGrid.format(.nan, decimals: 1) == "nan")
        #expect(RasterGrid.format(2.5, decimals: -1) == "3")
        let wild = RasterGrid(columns: 4, rows: 1, lowerLeftX: 0, lowerLeftY: 0, cellSize: 1,
                              values: [1e20, .nan, .infinity, -2])
        let text = wild.esriASCIIText(decimals: 1)
        #expect(text.hasSuffix("1e+20 -9999 -9999 -2.0\n"))
        let back = try RasterGrid.readESRIASCII(text, file: "wild.asc")
        #expect(back.values == [1e20, -9999, -9999, -2])
    }

    @Test func interpolationAndSlopeFollowAPlane() {
        // z = 0.1 x (metres): slope atan(0.1) ≈ 5.71°.
        let plane = RasterGrid(covering: BoundingBox(minX: 0, minY: 0, maxX: 1000, maxY: 1000), cellSize: 50) { 0.1 * $0.x }
        #expect(abs(plane.interpolatedValue(at: Position(512, 300))! - 51.2) < 1e-9)
        #expect(abs(plane.slopeDegrees(at: Position(500, 500))! - 5.7106) < 1e-3)
        #expect(plane.interpolatedValue(at: Position(-100, 0)) == nil)
    }
}
