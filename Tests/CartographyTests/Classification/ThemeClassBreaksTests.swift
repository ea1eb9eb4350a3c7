import Foundation
import GIS
import Testing
@testable import Cartography

/// A theme's classes: a difference map is symmetric about zero with zero in the neutral middle
/// class, manual breaks above the data are kept, and a palette caps the number of classes.
@Suite struct ThemeClassBreaksTests {
    /// Difference options as the map command makes them.
    static func differenceOptions(maxAbs: Double) -> ThemeOptions {
        var o = ThemeOptions(metric: "poor_persons", metricTitle: "差值")
        o.palette = "RdBu"; o.method = .manual; o.classes = 7
        o.manualBreaks = Classifier.symmetricBreaks(maximumMagnitude: maxAbs, classes: 7)
        o.symmetricRange = maxAbs; o.reversePalette = true
        return o
    }

    @Test func aZeroDifferenceTakesTheNeutralMiddleColourEvenWhenEveryChangeHasOneSign() throws {
        let neutral = ColorBrewer.colors("RdBu", classes: 7)![3]
        for values in [[-30.0, -12, -3, 0, 0], [0.0, 0, 4, 9, 30], [-30.0, -1, 0, 2, 30], [0.0, 0, 0]] {
            let m = values.map(abs).max()!
            let map = ThematicMap(base: Fixtures.gridPlanLayers(), options: Self.differenceOptions(maxAbs: m == 0 ? 1 : m))
            let (cls, colors) = try map.classification(values)
            #expect(cls.classCount == 7, "\(values): \(cls.breaks)")
            #expect(colors[cls.classIndex(of: 0)] == neutral, "\(values): \(cls.breaks)")
            #expect(cls.breaks.first == -cls.breaks.last!, "\(values): \(cls.breaks)")
        }
    }

    @Test func symmetricBreaksAreOddAndMirrored() {
        let b = Classifier.symmetricBreaks(maximumMagnitude: 30, classes: 6)
        #expect(b.count == 6)  // 7 classes
        #expect(zip(b, b.reversed()).allSatisfy { $0 == -$1 })
        #expect(Classifier.symmetricClassCount(4) == 5 && Classifier.symmetricClassCount(12) == 11)
    }

    @Test func manualBreaksAboveTheDataAreKept() throws {
        let c = try Classifier.classify([1, 2, 3], method: .manual, classes: 4, manualBreaks: [2, 5, 10])
        #expect(c.breaks == [1, 2, 5, 10, 10])
        #expect(c.classCount == 4)
    }

    @Test func moreClassesThanThePaletteHasAreCappedAndSaid() throws {
        var o = ThemeOptions(metric: "x", metricTitle: "X")
        o.classes = 11; o.palette = "YlOrRd"; o.method = .equalInterval
        let map = ThematicMap(base: Fixtures.gridPlanLayers(), options: o)
        let (cls, colors) = try map.classification((0..<100).map(Double.init))
        #expect(cls.classCount == 9 && colors.count == 9)
        let expected: [Double] = (0...9).map { Double($0) * 11 }
        #expect(cls.breaks == expected)
        #expect(map.classCapNote.contains("9 classes"))
        o.method = .manual; o.manualBreaks = (1...10).map(Double.init)
        #expect(throws: ClassificationError.self) { try ThematicMap(base: Fixtures.gridPlanLayers(), options: o).classification((0..<100).map(Double.init)) }
    }
}
