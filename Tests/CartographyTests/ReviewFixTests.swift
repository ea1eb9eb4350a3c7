import GIS
import Testing
@testable import Cartography

/// Regression tests for the map review: difference classes, fixed scale, spec numbers,
/// palette caps and the footer.
@Suite struct ReviewFixTests {
    static func gridLayers() -> PlanLayers {
        var layers = PlanLayers()
        layers.county = FeatureCollection(features: [Feature(geometry: Fixtures.square(106.78, 30.05, 0.4))])
        layers.villages = Fixtures.gridVillages()
        return layers
    }

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
            let map = ThematicMap(base: Self.gridLayers(), options: Self.differenceOptions(maxAbs: m == 0 ? 1 : m))
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
        let map = ThematicMap(base: Self.gridLayers(), options: o)
        let (cls, colors) = try map.classification((0..<100).map(Double.init))
        #expect(cls.classCount == 9 && colors.count == 9)
        let expected: [Double] = (0...9).map { Double($0) * 11 }
        #expect(cls.breaks == expected)
        #expect(map.classCapNote.contains("9 classes"))
        o.method = .manual; o.manualBreaks = (1...10).map(Double.init)
        #expect(throws: ClassificationError.self) { try ThematicMap(base: Self.gridLayers(), options: o).classification((0..<100).map(Double.init)) }
    }

    @Test func withAFixedScaleFlowsEndOnTheirSite() throws {
        let project = try Fixtures.projector()
        let layers = Self.gridLayers()
        let site = Position(106.95, 30.3)
        let villageID = layers.villages!.features[0][property: "id"]!.stringValue!
        var o = ThemeOptions(metric: "flows", metricTitle: "flows")
        o.decimals = 0
        for scale in [nil, 250_000.0] {
            let c = try ThematicMap(base: layers, options: o).flows([RelocationFlow(fromVillage: villageID, toSite: "s1", persons: 40)],
                                                                   sites: ["s1": site], title: "t", subtitle: "s", page: .a4Landscape,
                                                                   project: project, scaleDenominator: scale)
            let rendered = try MapRenderer(c, project: project).render()
            guard case .pagePaths(let paths)? = c.layers.first(where: { $0.id == "flows" })?.content, let d = paths.first?.d else {
                Issue.record("no flow path"); continue
            }
            let numbers = d.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
            let p = try project(site)
            #expect(abs(numbers[numbers.count - 2] - rendered.transform.pageX(p.x)) < 0.01, "scale \(String(describing: scale))")
            #expect(abs(numbers[numbers.count - 1] - rendered.transform.pageY(p.y)) < 0.01, "scale \(String(describing: scale))")
            if let scale { #expect(abs(rendered.transform.scaleDenominator - scale) < 1e-6) }
        }
    }

    @Test func flowsOffTheGeodataAreCounted() {
        let map = ThematicMap(base: Self.gridLayers(), options: ThemeOptions(metric: "flows", metricTitle: "flows"))
        let id = Fixtures.gridVillages().features[0][property: "id"]!.stringValue!
        let r = map.unplacedPersons([RelocationFlow(fromVillage: id, toSite: "s1", persons: 5),
                                     RelocationFlow(fromVillage: "nowhere", toSite: "s1", persons: 7),
                                     RelocationFlow(fromVillage: id, toSite: "gone", persons: 11)], sites: ["s1": Position(107, 30.3)])
        #expect(r.flows == 2 && r.persons == 18)
    }

    @Test func specNumbersOutOfRangeAreErrorsWithLineAndColumn() {
        let cases: [(String, String)] = [
            ("theme:\n  run: r\n  year: 1e30\n", "3:9"), ("theme:\n  run: r\n  year: 2015.7\n", "3:9"),
            ("theme:\n  run: r\n  classes: 1e30\n", "3:12"), ("scale: 1e300\n", "1:8"), ("scale: 1e-300\n", "1:8"),
            ("graticule_degrees: 1e-9\n", "1:20"),
        ]
        for (yaml, at) in cases {
            do {
                _ = try MapSpec.parse(yaml, file: "m.yaml")
                Issue.record("expected an error for \(yaml)")
            } catch let e as MapSpecError {
                #expect(e.description.hasPrefix("m.yaml:\(at):"), "\(e)")
            } catch { Issue.record("\(error)") }
        }
        #expect((try? MapSpec.parse("theme:\n  year: 2016\n  classes: 7\nscale: 50000\ngraticule_degrees: 0.05\n", file: "m.yaml"))?.theme?.year == 2016)
    }

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
