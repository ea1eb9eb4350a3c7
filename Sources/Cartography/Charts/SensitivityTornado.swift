/// A tornado chart: one horizontal bar per item, longest first, from zero; an optional
/// second value per item drawn as a thin dark bar inside (for Morris: μ* as the bar, σ
/// as the inner bar).
public enum SensitivityTornado {
    public struct Item: Sendable {
        public var label: String
        public var value: Double
        public var secondary: Double?
        public init(label: String, value: Double, secondary: Double? = nil) {
            self.label = label; self.value = value; self.secondary = secondary
        }
    }

    /// - Parameters:
    ///   - valueName, secondaryName: the legend's words for the two values.
    /// - Returns: the chart's SVG root (non-finite values drawn as no bar, labelled —).
    public static func chart(title: String, valueName: String, secondaryName: String?, items: [Item]) -> SVGElement {
        typealias F = SensitivityChartFrame
        let sorted = items.enumerated().sorted { a, b in
            let va = a.element.value.isFinite ? abs(a.element.value) : -1, vb = b.element.value.isFinite ? abs(b.element.value) : -1
            return va > vb || (va == vb && a.offset < b.offset)
        }.map(\.element)
        let rowHeight = 22.0, top = 56.0, left = 220.0, right = F.width - 90
        let height = top + Double(sorted.count) * rowHeight + 40
        var root = F.root(height: height, title: title)
        let largest = sorted.flatMap { [$0.value, $0.secondary ?? 0] }.filter(\.isFinite).map(abs).max() ?? 0
        let scale = largest > 0 ? (right - left) / largest : 0
        root.append(F.rect(x: left, y: 36, width: 12, height: 10, fill: "#4a7fb5"))
        root.append(F.text(valueName, x: left + 16, y: 45, size: 11))
        if let secondaryName {
            root.append(F.rect(x: left + 150, y: 39, width: 12, height: 4, fill: "#1d3557"))
            root.append(F.text(secondaryName, x: left + 166, y: 45, size: 11))
        }
        for (k, item) in sorted.enumerated() {
            let y = top + Double(k) * rowHeight
            root.append(F.text(item.label, x: left - 8, y: y + 15, anchor: "end"))
            if item.value.isFinite {
                root.append(F.rect(x: left, y: y + 3, width: abs(item.value) * scale, height: rowHeight - 6, fill: "#4a7fb5"))
            }
            if let s = item.secondary, s.isFinite {
                root.append(F.rect(x: left, y: y + rowHeight / 2 - 2, width: abs(s) * scale, height: 4, fill: "#1d3557"))
            }
            let end = left + (item.value.isFinite ? abs(item.value) * scale : 0)
            root.append(F.text(F.label(item.value), x: end + 4, y: y + 15, size: 11))
        }
        root.append(F.line(x1: left, y1: top - 2, x2: left, y2: top + Double(sorted.count) * rowHeight + 2))
        return root
    }
}
