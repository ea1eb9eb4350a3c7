import Testing
@testable import Cartography

@Suite struct ClassificationTests {
    /// jenkspy's README example (Jenks natural breaks, 3 classes): [1.2, 2.3, 5.0, 7.8].
    @Test func jenksMatchesThePublishedJenkspyExample() {
        let data = [1.3, 7.1, 7.3, 2.3, 3.9, 4.1, 7.8, 1.2, 4.3, 7.3, 5.0, 4.3]
        let c = try! Classifier.classify(data, method: .naturalBreaks, classes: 3)
        #expect(c.breaks == [1.2, 2.3, 5.0, 7.8])
    }

    /// The `jenks` npm package's README example: [0.5, 15, 45, 120].
    @Test func jenksMatchesThePublishedNpmExample() {
        let data = [1, 2, 5, 15, 45, 89.3, 112, 31, 120, 0.5]
        #expect(Classifier.jenks(data.sorted(), classes: 3) == [0.5, 15, 45, 120])
    }

    @Test func quantilesPutEqualCountsInEachClass() throws {
        let data = (1...20).map(Double.init)
        let c = try Classifier.classify(data, method: .quantile, classes: 4)
        #expect(c.counts(data) == [5, 5, 5, 5])
    }

    @Test func equalIntervalsHaveEqualWidths() throws {
        let c = try Classifier.classify([0, 1, 3, 7, 9, 10], method: .equalInterval, classes: 5)
        #expect(c.breaks == [0, 2, 4, 6, 8, 10])
    }

    @Test func manualBreaksThatDoNotAscendAreRejected() {
        #expect(throws: ClassificationError.self) { try Classifier.classify([1, 2], method: .manual, classes: 3, manualBreaks: [5, 3]) }
    }

    @Test func colorBrewerGivesTheDocumentedFiveClassYlOrRd() {
        #expect(ColorBrewer.colors("YlOrRd", classes: 5) == ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"])
        #expect(ColorBrewer.colors("NoSuch", classes: 5) == nil)
    }
}
