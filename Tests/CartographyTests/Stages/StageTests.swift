import Testing
@testable import Cartography

@Suite struct StageTests {
    @Test func neighboursStayGapFreeAfterSimplification() throws {
        let (a, b) = Fixtures.neighbours()
        let project = try Fixtures.projector()
        let t = PageTransform(millimetresPerMetre: 0.005, groundOriginX: 400_000, groundOriginY: 3_350_000, pageOriginX: 0, pageOriginY: 0)
        let shapes = [try ProjectStage.pageShape(a, project: project, transform: t), try ProjectStage.pageShape(b, project: project, transform: t)]
        let s = SimplifyStage.simplify(shapes, toleranceMillimetres: 0.2)
        guard case .polygons(let ra) = s[0], case .polygons(let rb) = s[1] else { Issue.record("not polygons"); return }
        func points(_ r: [Double]) -> Set<[Double]> { Set(stride(from: 0, to: r.count, by: 2).map { [r[$0], r[$0 + 1]] }) }
        let shared = points(ra[0]).intersection(points(rb[0]))
        // The border was simplified (fewer than its 201 vertices), and both sides keep the same vertices on it.
        #expect(shapes[0].vertexCount > s[0].vertexCount + 100)
        let xs = points(ra[0]).map { $0[0] }
        let mid = (xs.min()! + xs.max()!) / 2
        let borderA = points(ra[0]).filter { $0[0] > mid }
        #expect(borderA.isSubset(of: shared))
        #expect(borderA.count >= 2)
        #expect(shared.count >= 2)
    }

    @Test func clippingKeepsLinesInsideTheFrame() {
        let frame = PageRect(x: 0, y: 0, width: 10, height: 10)
        let pieces = ClipStage.clipLine([-5, 5, 5, 5, 5, 15, 8, 8, 8, 2], to: frame)
        #expect(pieces.count == 2)
        for p in pieces { for v in p { #expect(v >= -1e-9 && v <= 10 + 1e-9) } }
    }

    @Test func aRingOutsideTheFrameDisappears() {
        #expect(ClipStage.clipRing([20, 20, 30, 20, 30, 30, 20, 20], to: PageRect(x: 0, y: 0, width: 10, height: 10)) == nil)
    }
}
