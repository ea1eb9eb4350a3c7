import Testing
@testable import Cartography

@Suite struct SVGWriterTests {
    @Test func numbersAreWrittenWithFixedPrecisionAndTrimmedZeros() {
        #expect(FixedDecimal.string(12.345, decimals: 2) == "12.35")
        #expect(FixedDecimal.string(-0.001, decimals: 2) == "0")
        #expect(FixedDecimal.string(100, decimals: 2) == "100")
        #expect(FixedDecimal.string(-3.5, decimals: 2) == "-3.5")
        #expect(FixedDecimal.string(0.05, decimals: 1) == "0.1")
        #expect(FixedDecimal.grouped(64900) == "64,900")
    }

    @Test func textAndAttributesAreEscaped() {
        var e = SVGElement("text", [("data-x", "a\"b<c>&")])
        e.append(text: "R&D <1>")
        let s = SVGWriter.string(e)
        #expect(s.contains("data-x=\"a&quot;b&lt;c&gt;&amp;\""))
        #expect(s.contains(">R&amp;D &lt;1&gt;</text>"))
    }

    @Test func attributesKeepTheirOrder() {
        let e = SVGElement("rect", [("z", "1"), ("a", "2"), ("m", "3")])
        #expect(SVGWriter.string(e).contains("<rect z=\"1\" a=\"2\" m=\"3\"/>"))
    }

    @Test func aPathNeverHoldsMoreThanTheVertexLimit() {
        let run: [Double] = (0..<70_000).flatMap { [Double($0), 0.0] }
        let batches = PathData.split([run, [0.0, 0.0, 1.0, 1.0]])
        for b in batches { #expect(b.reduce(0) { $0 + $1.count / 2 } <= PathData.maximumVerticesPerPath) }
        #expect(batches.count >= 3)
    }
}
