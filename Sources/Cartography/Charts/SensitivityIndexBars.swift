/// Sobol' indices as paired horizontal bars per factor (first-order and total) on a
/// 0…1 axis, each with its confidence interval as a whisker; factors by total index.
public enum SensitivityIndexBars {
    public struct Item: Sendable {
        public var label: String
        public var first: Double
        public var firstInterval: ClosedRange<Double>
        public var total: Double
        public var totalInterval: ClosedRange<Double>
        public init(label: String, first: Double, firstInterval: ClosedRange<Double>, total: Double, totalInterval: ClosedRange<Double>) {
            self.label = label; self.first = first; self.firstInterval = firstInterval; self.total = total; self.totalInterval = totalInterval
        }
    }

    public static func chart(title: String, firstName: String, totalName: String, items: [Item]) -> SVGElement {
        typealias F = SensitivityChartFrame
        let sorted = items.enumerated().sorted { a, b in a.element.total > b.element.total || (a.element.total == b.element.total && a.offset < b.offset) }.map(\.element)
        let rowHeight = 34.0, top = 60.0, left = 220.0, right = F.width - 60
        let height = top + Double(sorted.count) * rowHeight + 44
        var root = F.root(height: height, title: title)
        let upper = max(1, sorted.map(\.totalInterval.upperBound).filter(\.isFinite).max() ?? 1)
        let lower = min(0, sorted.map(\.firstInterval.lowerBound).filter(\.isFinite).min() ?? 0)
        func x(_ v: Double) -> Double { left + (min(upper, max(lower, v)) - lower) / (upper - lower) * (right - left) }
        root.append(F.rect(x: left, y: 36, width: 12, height: 10, fill: "#e09f3e"))
        root.append(F.text(firstName, x: left + 16, y: 45, size: 11))
        root.append(F.rect(x: left + 150, y: 36, width: 12, height: 10, fill: "#4a7fb5"))
        root.append(F.text(totalName, x: left + 166, y: 45, size: 11))
        for (k, item) in sorted.enumerated() {
            let y = top + Double(k) * rowHeight
            root.append(F.text(item.label, x: left - 8, y: y + 20, anchor: "end"))
            for (row, value, interval, fill) in [(0.0, item.first, item.firstInterval, "#e09f3e"), (1.0, item.total, item.totalInterval, "#4a7fb5")] {
                let barY = y + 3 + row * 14
                let a = x(0), b = x(value)
                root.append(F.rect(x: min(a, b), y: barY, width: abs(b - a), height: 12, fill: fill))
                root.append(F.line(x1: x(interval.lowerBound), y1: barY + 6, x2: x(interval.upperBound), y2: barY + 6, stroke: "#222222"))
                root.append(F.text(F.label(value), x: max(b, x(interval.upperBound)) + 4, y: barY + 10, size: 10))
            }
        }
        let axisY = top + Double(sorted.count) * rowHeight + 6
        root.append(F.line(x1: x(lower), y1: axisY, x2: x(upper), y2: axisY))
        var tick = (lower * 4).rounded(.down) / 4
        while tick <= upper + 1e-9 {
            root.append(F.line(x1: x(tick), y1: axisY, x2: x(tick), y2: axisY + 4))
            root.append(F.text(F.label(tick), x: x(tick), y: axisY + 16, size: 10, anchor: "middle"))
            tick += 0.25
        }
        return root
    }
}
