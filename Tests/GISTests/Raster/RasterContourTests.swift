#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

import Testing
@testable import GIS

@Suite struct RasterContourTests {
    @Test func aConeGivesOneClosedCircleOfTheRightRadiusPerLevel() {
        let cone = RasterGrid(covering: BoundingBox(minX: -1000, minY: -1000, maxX: 1000, maxY: 1000), cellSize: 20) {
            1000 - ($0.x * $0.x + $0.y * $0.y).squareRoot()
        }
        let lines = Contours.lines(grid: cone, levels: [500, 700])
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.isClosed })
        for line in lines {
            let radius = 1000 - line.level
            for p in line.coordinates {
                #expect(abs((p.x * p.x + p.y * p.y).squareRoot() - radius) < 1.0)
            }
        }
    }

    @Test func aRampGivesOneOpenLineAcrossTheGrid() {
        let ramp = RasterGrid(covering: BoundingBox(minX: 0, minY: 0, maxX: 1000, maxY: 500), cellSize: 10) { $0.x }
        let lines = Contours.lines(grid: ramp, levels: [333])
        #expect(lines.count == 1)
        let line = lines[0]
        #expect(!line.isClosed)
        #expect(line.coordinates.count == ramp.rows)
        #expect(line.coordinates.allSatisfy { abs($0.x - 333) < 1e-9 })
    }

    @Test func twoHillsGiveTwoSeparateLoopsAtALowLevelAndOneNeither() {
        let hills = RasterGrid(covering: BoundingBox(minX: 0, minY: 0, maxX: 2000, maxY: 1000), cellSize: 20) { p in
            let a = (p.x - 500) * (p.x - 500) + (p.y - 500) * (p.y - 500)
            let b = (p.x - 1500) * (p.x - 1500) + (p.y - 500) * (p.y - 500)
            return 100 * (exp(-a / 60000) + exp(-b / 60000))
        }
        #expect(Contours.lines(grid: hills, levels: [50]).filter { $0.isClosed }.count == 2)
        #expect(Contours.lines(grid: hills, levels: [150]).isEmpty)
    }

    @Test func levelsRunEveryIntervalInsideTheRange() {
        let g = RasterGrid(columns: 2, rows: 1, lowerLeftX: 0, lowerLeftY: 0, cellSize: 1, values: [188, 1704])
        let l = Contours.levels(grid: g, interval: 100)
        #expect(l.first == 200 && l.last == 1700 && l.count == 16)
    }
}
