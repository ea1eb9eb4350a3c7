/// A heat map of one output over a two-factor grid: columns for the first factor's
/// values, rows for the second's (lowest at the bottom), each cell coloured on a
/// sequential ramp from the lowest to the highest value and labelled with its value;
/// cells marked in `outlined` get a dark outline (e.g. the PRIM box's points).
public enum SensitivityHeatMap {
    /// - Parameters:
    ///   - cells: cells[i][j] is the value at x value i and y value j (NaN: no value).
    public static func chart(title: String, xName: String, yName: String, xValues: [Double], yValues: [Double],
                             cells: [[Double]], outlined: Set<[Int]> = []) -> SVGElement {
        typealias F = SensitivityChartFrame
        let left = 130.0, top = 50.0, right = F.width - 30
        let cellWidth = (right - left) / Double(max(1, xValues.count))
        let cellHeight = min(48, max(18, cellWidth * 0.6))
        let height = top + Double(yValues.count) * cellHeight + 60
        var root = F.root(height: height, title: title)
        let finite = cells.flatMap { $0 }.filter(\.isFinite)
        let lo = finite.min() ?? 0, hi = finite.max() ?? 1
        func colour(_ v: Double) -> String {
            guard v.isFinite else { return "#dddddd" }
            let t = hi > lo ? (v - lo) / (hi - lo) : 0.5
            // From light yellow (255,247,188) to dark red (153,0,13).
            let r = Int(255 + (153 - 255) * t), g = Int(247 + (0 - 247) * t), b = Int(188 + (13 - 188) * t)
            func hex(_ c: Int) -> String { let s = String(max(0, min(255, c)), radix: 16); return s.count == 1 ? "0" + s : s }
            return "#" + hex(r) + hex(g) + hex(b)
        }
        for (i, xv) in xValues.enumerated() {
            for (j, _) in yValues.enumerated() {
                let v = i < cells.count && j < cells[i].count ? cells[i][j] : .nan
                let x = left + Double(i) * cellWidth, y = top + Double(yValues.count - 1 - j) * cellHeight
                var cell = F.rect(x: x, y: y, width: cellWidth - 1, height: cellHeight - 1, fill: colour(v))
                if outlined.contains([i, j]) { cell.set("stroke", "#111111"); cell.set("stroke-width", "2") }
                root.append(cell)
                let t = hi > lo && v.isFinite ? (v - lo) / (hi - lo) : 0
                root.append(F.text(F.label(v), x: x + cellWidth / 2, y: y + cellHeight / 2 + 4, size: 10, anchor: "middle",
                                   fill: t > 0.6 ? "#ffffff" : "#222222"))
            }
            root.append(F.text(F.label(xv), x: left + (Double(i) + 0.5) * cellWidth, y: top + Double(yValues.count) * cellHeight + 14, size: 10, anchor: "middle"))
        }
        for (j, yv) in yValues.enumerated() {
            root.append(F.text(F.label(yv), x: left - 6, y: top + Double(yValues.count - 1 - j) * cellHeight + cellHeight / 2 + 4, size: 10, anchor: "end"))
        }
        root.append(F.text(xName, x: (left + right) / 2, y: top + Double(yValues.count) * cellHeight + 34, anchor: "middle"))
        root.append(F.text(yName, x: 12, y: top - 8))
        return root
    }
}
