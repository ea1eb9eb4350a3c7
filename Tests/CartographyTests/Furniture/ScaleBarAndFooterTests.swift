import Foundation
import GIS
import Testing
@testable import Cartography

/// Map furniture at its limits: a huge scale bar, a footer of many source notes, a fixed scale printed exactly.
@Suite struct ScaleBarAndFooterTests {
    @Test func aHugeScaleBarDoesNotTrap() {
        let t = PageTransform.fitting(BoundingBox(minX: 0, minY: 0, maxX: 1e9, maxY: 1e9), into: PageRect(x: 0, y: 0, width: 100, height: 100))
        let bar = ScaleBar(transform: t)
        #expect(!bar.kmText(1e20).isEmpty)
        #expect(bar.segments == 4 || bar.segments == 5)
    }

    @Test func everySourceNoteIsPrintedAndAFixedScaleExactly() throws {
        var c = GoldenTests.composition()
        c.sourceNotes = (1...6).map { "Note \($0): " + String(repeating: "long words here ", count: 20) } + ["Modelled caveat last."]
        c.scaleDenominator = 123_457
        let r = try MapRenderer(c, project: GoldenTests.project).render()
        let svg = SVGWriter.string(r.svg)
        #expect(svg.contains("Modelled caveat last."))
        #expect(svg.contains("1:123,457"))
        // The footer grew to hold the lines: the map frame is shorter than with a short note.
        #expect(r.layout.frame.height < PageLayout(page: c.page, marginMillimetres: c.marginMillimetres).frame.height)
    }
}
