/// A digital elevation model as plain values: a grid in planning-CRS metres whose first
/// row is the northernmost (ESRI ASCII grid order).
public struct ElevationGrid: Sendable {
    public var columns: Int
    public var rows: Int
    /// West edge of the grid (metres, planning CRS).
    public var westMetres: Double
    /// South edge of the grid (metres, planning CRS).
    public var southMetres: Double
    public var cellSizeMetres: Double
    /// Row-major elevations in metres, north row first; `noData` marks holes.
    public var elevationsMetres: [Double]
    public var noData: Double

    public init(columns: Int, rows: Int, westMetres: Double, southMetres: Double, cellSizeMetres: Double,
                elevationsMetres: [Double], noData: Double = -9999) {
        precondition(elevationsMetres.count == columns * rows, "grid size mismatch")
        self.columns = columns; self.rows = rows; self.westMetres = westMetres; self.southMetres = southMetres
        self.cellSizeMetres = cellSizeMetres; self.elevationsMetres = elevationsMetres; self.noData = noData
    }
}

/// Hypsometric tinting: elevation bands as filled page paths (one per band).
public struct Hypsometry: Sendable, Hashable {
    /// Upper bounds of the bands in metres (the last band is open above).
    public var breaksMetres: [Double]
    /// One colour per band (`breaksMetres.count + 1`).
    public var colors: [String]

    public init(breaksMetres: [Double], colors: [String]) {
        precondition(colors.count == breaksMetres.count + 1, "one colour per band")
        self.breaksMetres = breaksMetres; self.colors = colors
    }

    /// Bands for hill and low-mountain country (about 200–1,700 m).
    public static let hillCountry = Hypsometry(
        breaksMetres: [300, 400, 500, 600, 700, 850, 1000, 1200],
        colors: ["#a6cf9a", "#c4dea3", "#dfe9b0", "#f1ecb8", "#eedcaa", "#e2c497", "#d1ab86", "#bf957a", "#ad8577"])

    /// The same bands with each colour mixed with white (`amount` 0…1 of white): a light
    /// hypsometry that stays under the plan's own content.
    public func lightened(_ amount: Double) -> Hypsometry {
        let a = min(1, max(0, amount))
        func mix(_ hex: String) -> String {
            let digits = Array(hex.dropFirst())
            guard digits.count == 6 else { return hex }
            var out = "#"
            for i in stride(from: 0, to: 6, by: 2) {
                let v = Int(String(digits[i..<(i + 2)]), radix: 16) ?? 255
                let m = Int((Double(v) + (255 - Double(v)) * a).rounded())
                let h = String(min(255, m), radix: 16)
                out += (h.count == 1 ? "0" : "") + h
            }
            return out
        }
        return Hypsometry(breaksMetres: breaksMetres, colors: colors.map(mix))
    }

    /// The band of an elevation.
    public func band(of elevation: Double) -> Int {
        for (i, b) in breaksMetres.enumerated() where elevation < b { return i }
        return breaksMetres.count
    }

    /// A label for band `i`, e.g. "300–400 m".
    public func label(_ i: Int) -> String {
        if i == 0 { return "< \(Int(breaksMetres[0])) m" }
        if i == breaksMetres.count { return "≥ \(Int(breaksMetres[i - 1])) m" }
        return "\(Int(breaksMetres[i - 1]))–\(Int(breaksMetres[i])) m"
    }

    /// Each band's cells merged into horizontal runs, as page rectangles (slightly
    /// overlapping so anti-aliasing leaves no seams).
    /// - Complexity: O(rows × columns).
    public func bandRuns(_ grid: ElevationGrid, transform: PageTransform) -> [[[Double]]] {
        var out = [[[Double]]](repeating: [], count: colors.count)
        let eps = 0.04
        for r in 0..<grid.rows {
            let top = grid.southMetres + Double(grid.rows - r) * grid.cellSizeMetres
            let y0 = transform.pageY(top) - eps, y1 = transform.pageY(top - grid.cellSizeMetres) + eps
            var c = 0
            while c < grid.columns {
                let v = grid.elevationsMetres[r * grid.columns + c]
                if v == grid.noData || !v.isFinite { c += 1; continue }
                let b = band(of: v)
                var e = c + 1
                while e < grid.columns {
                    let w = grid.elevationsMetres[r * grid.columns + e]
                    if w == grid.noData || !w.isFinite || band(of: w) != b { break }
                    e += 1
                }
                let x0 = transform.pageX(grid.westMetres + Double(c) * grid.cellSizeMetres) - eps
                let x1 = transform.pageX(grid.westMetres + Double(e) * grid.cellSizeMetres) + eps
                out[b].append([x0, y0, x1, y0, x1, y1, x0, y1, x0, y0])
                c = e
            }
        }
        return out
    }
}
