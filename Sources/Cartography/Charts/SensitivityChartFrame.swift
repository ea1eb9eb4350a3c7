/// The page, fonts and number labels shared by the sensitivity charts (points, not
/// millimetres: the charts are figures for reports, 720 px wide).
enum SensitivityChartFrame {
    static let width = 720.0
    static var fontFamily: String { SVGText.fontFamily }

    /// A number for an attribute: at most 2 decimals, no trailing zeros.
    static func n(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        if r == r.rounded() { return String(Int(r)) }
        var s = String(r)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    /// A value label: 3 significant digits, or an integer when large.
    static func label(_ v: Double) -> String {
        guard v.isFinite else { return "—" }
        let a = abs(v)
        if a >= 1000 { return String(Int(v.rounded())) }
        if a == 0 { return "0" }
        let digits = max(0, 2 - Int((a).logBase10Floor))
        let scale = Double(Int(pow10(digits)))
        var s = String((v * scale).rounded() / scale)
        if s.contains(".") { while s.hasSuffix("0") { s.removeLast() }; if s.hasSuffix(".") { s.removeLast() } }
        return s
    }

    static func pow10(_ k: Int) -> Double { (0..<k).reduce(1.0) { r, _ in r * 10 } }

    static func root(height: Double, title: String) -> SVGElement {
        var root = SVGElement("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("version", "1.1"),
            ("width", n(width)), ("height", n(height)), ("viewBox", "0 0 \(n(width)) \(n(height))"),
            ("font-family", fontFamily), ("font-size", "12")])
        root.append(SVGElement("title", children: [.text(title)]))
        root.append(SVGElement("rect", [("x", "0"), ("y", "0"), ("width", n(width)), ("height", n(height)), ("fill", "#ffffff")]))
        root.append(text(title, x: 16, y: 24, size: 15, weight: "bold"))
        return root
    }

    static func text(_ s: String, x: Double, y: Double, size: Double = 12, anchor: String = "start", weight: String? = nil, fill: String = "#222222") -> SVGElement {
        var attributes = [("x", n(x)), ("y", n(y)), ("font-size", n(size)), ("text-anchor", anchor), ("fill", fill)]
        if let weight { attributes.append(("font-weight", weight)) }
        return SVGElement("text", attributes, children: [.text(s)])
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String) -> SVGElement {
        SVGElement("rect", [("x", n(x)), ("y", n(y)), ("width", n(max(0, width))), ("height", n(max(0, height))), ("fill", fill)])
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#444444", width: Double = 1) -> SVGElement {
        SVGElement("line", [("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2)), ("stroke", stroke), ("stroke-width", n(width))])
    }
}

extension Double {
    /// ⌊log₁₀ |x|⌋ for x ≠ 0, without Foundation.
    var logBase10Floor: Int {
        var a = abs(self), k = 0
        while a >= 10 { a /= 10; k += 1 }
        while a < 1 && a > 0 { a *= 10; k -= 1 }
        return k
    }
}
