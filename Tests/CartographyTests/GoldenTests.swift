import Foundation
import GIS
import Testing
@testable import Cartography

/// Golden SVG of a small fixed composition drawn with a closed-form projection (no PROJ),
/// so its bytes depend only on Cartography. Never regenerated in CI: to update it after an
/// intended change, set BENKANG_UPDATE_GOLDEN=1 locally and review the diff (refused when CI is set).
@Suite struct GoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/small-map.svg")

    /// Equirectangular metres about 30.3° N (exact arithmetic, the same on every platform).
    static func project(_ p: Position) throws -> Position { Position((p.x - 107) * 96_000, (p.y - 30.3) * 111_000) }

    static func composition() -> MapComposition {
        var c = MapComposition()
        c.page = .a4Landscape
        c.title = "金边 Golden & <test>"
        c.county = Fixtures.square(106.9, 30.2, 0.2)
        c.layers = [MapLayer(id: "cells", title: "Cells", style: Style(stroke: "#333333", strokeWidthPoints: 0.3), content: .features([
            MapFeature(id: "a", geometry: Fixtures.square(106.9, 30.2, 0.1), style: Style(fill: "#ffeda0"),
                       label: FeatureLabel(text: "甲村", priority: 1, fontSizePoints: 9, cssClass: "v", placement: .area)),
            MapFeature(id: "b", geometry: Fixtures.square(107.0, 30.2, 0.1), style: Style(fill: "#f03b20"),
                       label: FeatureLabel(text: "乙村", priority: 1, fontSizePoints: 9, cssClass: "v", placement: .area)),
        ]))]
        c.legend = Legend(sections: [LegendSection(title: "Test", items: [LegendItem(symbol: .area(Style(fill: "#ffeda0")), label: "low (1)")])])
        c.crsNote = "坐标系 CRS: CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545); 比例尺与面积均在此坐标系中量算 scale bar measured in it."
        c.sourceNotes = ["Source: test fixture"]
        return c
    }

    @Test func aSmallMapMatchesItsGoldenFile() throws {
        let bytes = try MapRenderer(Self.composition(), project: Self.project).render().bytes
        let environment = ProcessInfo.processInfo.environment
        if environment["BENKANG_UPDATE_GOLDEN"] == "1" {
            if let ci = environment["CI"], !ci.isEmpty {
                Issue.record("BENKANG_UPDATE_GOLDEN=1 is refused when CI is set: golden files are regenerated only deliberately, on a developer's machine")
                return
            }
            // Updating is not a check: record it, so an update run never passes as a comparison.
            try Data(bytes).write(to: Self.golden)
            Issue.record("Golden/small-map.svg rewritten (BENKANG_UPDATE_GOLDEN=1): review the diff, then run the tests without it")
            return
        }
        let expected = try Data(contentsOf: Self.golden)
        #expect([UInt8](expected) == bytes, "SVG differs from Golden/small-map.svg: to regenerate it deliberately after an intended change, run `BENKANG_UPDATE_GOLDEN=1 swift test --filter CartographyTests.GoldenTests` (refused when CI is set) and review the diff")
    }
}
