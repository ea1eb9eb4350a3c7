import Foundation
import GIS
import Testing
@testable import Cartography

/// Page sizes as a class: every size is either refused with a reason or draws a map with a
/// finite scale (no crash for small pages, no hang for flat ones).
@Suite struct PageSizeTests {
    @Test func everySmallSquarePageIsRefusedWithTheReason() {
        for side in 50...90 {
            #expect(throws: PageSizeError.self, "\(side)x\(side)") { try PageSize.parse("\(side)x\(side)") }
        }
        do { _ = try PageSize.parse("60x60"); Issue.record("60x60 accepted") } catch {
            #expect(error.description.contains("too small"), "\(error)")
        }
    }

    @Test func flatPagesAndNonDecimalSidesAreRefused() throws {
        for name in ["400x50", "5000x50", "50x5000", "0x10", "0x1p8x300", "infx300", "300xnan", "1e400x300", "-300x200", "300x", "x300", "5001x300", "a5"] {
            #expect(throws: PageSizeError.self, "\(name)") { try PageSize.parse(name) }
            #expect(PageSize(named: name) == nil, "\(name)")
        }
        #expect(try PageSize.parse("A3-Landscape") == .a3Landscape)
        #expect(try PageSize.parse("500x700").widthMillimetres == 500)
        #expect(try PageSize.parse("150x110").usable)
        #expect(try PageSize.parse("170x200").usable)
    }

    /// A grid of sizes from 50 to 5000 mm each way: the accepted ones render with a finite
    /// scale and a scale bar inside the panel.
    @Test func everyAcceptedPageDrawsWithAFiniteScale() throws {
        let sides: [Double] = [50, 60, 80, 100, 120, 140, 150, 180, 210, 297, 420, 600, 1000, 2500, 5000]
        var drawn = 0
        for w in sides {
            for h in sides {
                guard let page = try? PageSize.parse("\(Int(w))x\(Int(h))") else { continue }
                var c = GoldenTests.composition()
                c.page = page
                let r = try MapRenderer(c, project: GoldenTests.project).render()
                #expect(r.transform.scaleDenominator.isFinite && r.transform.scaleDenominator > 0, "\(page)")
                #expect(r.scaleBar.lengthMillimetres > 0 && r.scaleBar.lengthMillimetres <= 50.001, "\(page): bar \(r.scaleBar.lengthMillimetres)")
                drawn += 1
            }
        }
        #expect(drawn > 100)
    }

    /// Random sides (fixed seed, 1…6000 mm with decimals): a page is either refused or
    /// renders with a finite scale; none traps or hangs.
    @Test func randomPageSizesAreRefusedOrDrawn() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        var refused = 0, drawn = 0
        for _ in 0..<120 {
            let w = (1 + next() * 5999 * 100).rounded() / 100, h = (1 + next() * next() * 5999 * 100).rounded() / 100
            let name = "\(w)x\(h)"
            guard let page = try? PageSize.parse(name) else { refused += 1; continue }
            var c = GoldenTests.composition()
            c.page = page
            let r = try MapRenderer(c, project: GoldenTests.project).render()
            #expect(r.transform.scaleDenominator.isFinite && r.transform.scaleDenominator > 0, "\(name)")
            drawn += 1
        }
        #expect(refused > 0 && drawn > 0, "refused \(refused), drawn \(drawn)")
    }

    /// A composition built in code with a page too small is an error, not a trap or a hang.
    @Test func aTooSmallPageBuiltInCodeIsALayoutError() {
        for (w, h) in [(60.0, 60.0), (400, 50), (5000, 50), (90, 90)] {
            var c = GoldenTests.composition()
            c.page = PageSize(widthMillimetres: w, heightMillimetres: h)
            #expect(throws: MapLayoutError.self, "\(w)x\(h)") { try MapRenderer(c, project: GoldenTests.project).render() }
        }
    }

    @Test func aScaleBarOfADegenerateTransformEnds() {
        for mpm in [0.0, -1, .infinity, .nan, 1e-300, 1e300] {
            let t = PageTransform(millimetresPerMetre: mpm, groundOriginX: 0, groundOriginY: 0, pageOriginX: 0, pageOriginY: 0)
            let bar = ScaleBar(transform: t, maximumMillimetres: 50)
            #expect(bar.segments == 4 || bar.segments == 5)
        }
    }
}
