#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// A regular grid of values (for example a DEM in metres) in a projected CRS or in
/// lon/lat, laid out as an ESRI ASCII grid: row 0 is the northern row, columns run
/// west to east, and the lower-left corner of the grid is (`lowerLeftX`, `lowerLeftY`).
///
/// Cell (column c, row r) covers x in [lowerLeftX + c·cellSize, + cellSize) and its
/// value stands for the cell's centre ``centre(column:row:)``. Cells equal to
/// `noDataValue` have no value.
public struct RasterGrid: Hashable, Sendable {
    public var columns: Int
    public var rows: Int
    /// The x of the grid's lower-left corner, in CRS units.
    public var lowerLeftX: Double
    /// The y of the grid's lower-left corner, in CRS units.
    public var lowerLeftY: Double
    /// The side of a square cell, in CRS units (metres in a projected CRS).
    public var cellSize: Double
    /// The value that marks a cell without data (ESRI default -9999).
    public var noDataValue: Double
    /// Row-major values, northern row first: `values[row * columns + column]`.
    public var values: [Double]

    /// A grid with the given values (row-major, northern row first).
    public init(columns: Int, rows: Int, lowerLeftX: Double, lowerLeftY: Double,
                cellSize: Double, noDataValue: Double = -9999, values: [Double]) {
        precondition(columns > 0 && rows > 0, "RasterGrid: empty grid")
        precondition(values.count == columns * rows, "RasterGrid: value count mismatch")
        precondition(cellSize > 0, "RasterGrid: cell size must be positive")
        self.columns = columns; self.rows = rows
        self.lowerLeftX = lowerLeftX; self.lowerLeftY = lowerLeftY
        self.cellSize = cellSize; self.noDataValue = noDataValue; self.values = values
    }

    /// A grid covering `box` with square cells of `cellSize`, each set to
    /// `value(centre)`. - Complexity: O(cells) calls of `value`.
    public init(covering box: BoundingBox, cellSize: Double, noDataValue: Double = -9999,
                value: (Position) -> Double) {
        let cols = max(1, Int((box.width / cellSize).rounded(.up)))
        let rws = max(1, Int((box.height / cellSize).rounded(.up)))
        var v = [Double](repeating: noDataValue, count: cols * rws)
        for r in 0..<rws {
            for c in 0..<cols {
                let p = Position(box.minX + (Double(c) + 0.5) * cellSize,
                                 box.minY + (Double(rws - r) - 0.5) * cellSize)
                v[r * cols + c] = value(p)
            }
        }
        self.init(columns: cols, rows: rws, lowerLeftX: box.minX, lowerLeftY: box.minY,
                  cellSize: cellSize, noDataValue: noDataValue, values: v)
    }

    /// The value of a cell, or nil for NODATA.
    public subscript(column c: Int, row r: Int) -> Double? {
        let v = values[r * columns + c]
        return v == noDataValue ? nil : v
    }

    /// The centre of a cell in CRS units.
    public func centre(column c: Int, row r: Int) -> Position {
        Position(lowerLeftX + (Double(c) + 0.5) * cellSize,
                 lowerLeftY + (Double(rows - r) - 0.5) * cellSize)
    }

    /// The grid's extent in CRS units.
    public var boundingBox: BoundingBox {
        BoundingBox(minX: lowerLeftX, minY: lowerLeftY,
                    maxX: lowerLeftX + Double(columns) * cellSize,
                    maxY: lowerLeftY + Double(rows) * cellSize)
    }

    /// The cell holding `p`, or nil outside the grid.
    public func cell(containing p: Position) -> (column: Int, row: Int)? {
        let c = Int(((p.x - lowerLeftX) / cellSize).rounded(.down))
        let rFromBottom = Int(((p.y - lowerLeftY) / cellSize).rounded(.down))
        guard c >= 0, c < columns, rFromBottom >= 0, rFromBottom < rows else { return nil }
        return (c, rows - 1 - rFromBottom)
    }

    /// The value at `p` interpolated bilinearly between cell centres (nearest cell at
    /// the border); nil outside the grid or where a needed cell is NODATA.
    public func interpolatedValue(at p: Position) -> Double? {
        let fx = (p.x - lowerLeftX) / cellSize - 0.5
        let fyFromBottom = (p.y - lowerLeftY) / cellSize - 0.5
        guard fx >= -0.5, fx <= Double(columns) - 0.5,
              fyFromBottom >= -0.5, fyFromBottom <= Double(rows) - 0.5 else { return nil }
        let x = min(max(fx, 0), Double(columns - 1))
        let yb = min(max(fyFromBottom, 0), Double(rows - 1))
        let c0 = min(Int(x), columns - 1), c1 = min(c0 + 1, columns - 1)
        let b0 = min(Int(yb), rows - 1), b1 = min(b0 + 1, rows - 1)
        let tx = x - Double(c0), ty = yb - Double(b0)
        guard let v00 = self[column: c0, row: rows - 1 - b0], let v10 = self[column: c1, row: rows - 1 - b0],
              let v01 = self[column: c0, row: rows - 1 - b1], let v11 = self[column: c1, row: rows - 1 - b1]
        else { return nil }
        let bottom = v00 + (v10 - v00) * tx
        let top = v01 + (v11 - v01) * tx
        return bottom + (top - bottom) * ty
    }

    /// The steepest slope at `p` in degrees, from central differences of the
    /// interpolated surface over one cell (values and CRS units both metres).
    public func slopeDegrees(at p: Position) -> Double? {
        let h = cellSize
        guard let e = interpolatedValue(at: Position(p.x + h, p.y)),
              let w = interpolatedValue(at: Position(p.x - h, p.y)),
              let n = interpolatedValue(at: Position(p.x, p.y + h)),
              let s = interpolatedValue(at: Position(p.x, p.y - h)) else { return nil }
        let gx = (e - w) / (2 * h), gy = (n - s) / (2 * h)
        return atan((gx * gx + gy * gy).squareRoot()) * 180 / Double.pi
    }

    /// The smallest and largest values, ignoring NODATA; nil when every cell is NODATA.
    public var valueRange: ClosedRange<Double>? {
        var lo = Double.infinity, hi = -Double.infinity
        for v in values where v != noDataValue { lo = min(lo, v); hi = max(hi, v) }
        return lo <= hi ? lo...hi : nil
    }
}
