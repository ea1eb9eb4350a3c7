import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Cartography
import GIS
@testable import Exchange

@Suite struct QGISStyleTests {
    static func layer(_ name: String, _ features: [Feature], naming: FieldNaming = .chinese) throws -> ExchangeLayer {
        try ExchangeLayer.features(FeatureCollection(features: features), name: name, title: name, description: "",
                                   naming: naming, transform: { $0 })
    }

    static let ring = CoordinateSequence([Position(0, 0), Position(1, 0), Position(1, 1), Position(0, 0)])

    @Test func zonesAreHatchedAsTheSVGMapHatchesThemByKind() throws {
        let zones = try Self.layer("zones", [
            Feature(geometry: .polygon(Polygon(exterior: Self.ring)), properties: ["name": .string("华蓥山山区"), "kind": .string("mountain_flank")]),
            Feature(geometry: .polygon(Polygon(exterior: Self.ring)), properties: ["name": .string("滑坡区"), "kind": .string("geological_hazard")]),
        ])
        let qml = try #require(QGISStyles.qml(for: zones))
        #expect(qml.contains("attr=\"名称\""))
        #expect(qml.contains("value=\"华蓥山山区\""))
        #expect(qml.contains("LinePatternFill"))
        // mountain_flank: #6b3d0a lines at 45° (SVG, clockwise) = 135° in QGIS, 2.4 mm apart
        #expect(qml.contains("<prop k=\"angle\" v=\"135\"/><prop k=\"distance\" v=\"2.4\"/>"))
        #expect(qml.contains("107,61,10,255"))
        // geological_hazard: crossed lines, two pattern layers
        #expect(qml.components(separatedBy: "LinePatternFill").count - 1 == 3)
        #expect(try XMLDocumentCheck.isWellFormed(qml))
    }

    @Test func poorVillagesAreFilledAndOthersOutlinedOnTheirOwnColumnName() throws {
        let villages = [Feature(geometry: .polygon(Polygon(exterior: Self.ring)), properties: ["poor_village": .bool(true)])]
        let zh = try #require(QGISStyles.qml(for: try Self.layer("villages", villages)))
        #expect(zh.contains("filter=\"&quot;贫困村&quot;\""))
        #expect(zh.contains("192,57,43,56"), "fill #c0392b at opacity 0.22")
        let en = try #require(QGISStyles.qml(for: try Self.layer("villages", villages, naming: .english)))
        #expect(en.contains("filter=\"&quot;poor_village&quot;\""))
        #expect(en.contains("<alias field=\"poor_village\" index=\"0\" name=\"贫困村\"/>"))
        #expect(try XMLDocumentCheck.isWellFormed(en))
    }

    @Test func sitesGetTheMapSymbolOfTheirKind() throws {
        let sites = try Self.layer("sites", [Feature(geometry: .point(Position(0, 0)), properties: ["kind": .string("county_seat")])])
        let qml = try #require(QGISStyles.qml(for: sites))
        #expect(qml.contains("<prop k=\"name\" v=\"star\"/>"))
        #expect(qml.contains("<prop k=\"size\" v=\"9\"/>"), "radius 4.5 pt")
        #expect(qml.contains("label=\"县城 County seat\""))
        #expect(QGISStyles.qml(for: try Self.layer("unknown", [])) == nil)
    }
}

/// A well-formedness check with Foundation's XML parser (the DOCTYPE line included).
enum XMLDocumentCheck {
    final class Delegate: NSObject, XMLParserDelegate {
        var failed = false
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = true }
    }

    static func isWellFormed(_ text: String) throws -> Bool {
        let parser = XMLParser(data: Data(text.utf8))
        let d = Delegate()
        parser.delegate = d
        return parser.parse() && !d.failed
    }
}
