import Foundation
import GIS
import Testing
@testable import Cartography

/// Map-spec errors read like scenario errors: `file:line:column: key.path: message`, a
/// did-you-mean for a misspelt key or name, every problem of the file at once.
@Suite struct MapSpecErrorTests {
    func problems(_ yaml: String) -> [String] {
        do { _ = try MapSpec.parse(yaml, file: "m.yaml"); return [] } catch let e as MapSpecError {
            return e.problems.map(\.description)
        } catch { return ["\(error)"] }
    }

    @Test func aMisspeltKeyGetsItsPathPlaceAndADidYouMean() {
        #expect(problems("titel: x\n") == ["m.yaml:1:1: titel: unknown key; did you mean \"title\"? (known here: title, subtitle, page, scale, layers, graticule_degrees, simplify_mm, theme, output, title_block, detail, clip, township)"])
        let p = problems("theme:\n  run: r\n  metirc: incidence\n")
        #expect(p.count == 1 && p[0].hasPrefix("m.yaml:3:3: theme.metirc: unknown key; did you mean \"metric\"?"), "\(p)")
        let k = problems("theme:\n  kind: choroplet\n")
        #expect(k.count == 1 && k[0].hasPrefix("m.yaml:2:9: theme.kind: expected one of choropleth, symbols, flows, exit-year, small-multiples, difference, found \"choroplet\"; did you mean \"choropleth\"?"), "\(k)")
        let l = problems("layers: [county, vilages]\n")
        #expect(l.count == 1 && l[0].hasPrefix("m.yaml:1:18: layers[1]: unknown layer \"vilages\"; did you mean \"villages\"?"), "\(l)")
        let m = problems("theme:\n  method: quantil\n  palette: YlOrRed\n")
        #expect(m.count == 2 && m[0].contains("theme.method") && m[0].contains("did you mean \"quantile\"") && m[1].contains("did you mean \"YlOrRd\""), "\(m)")
    }

    @Test func everyProblemIsReportedNotTheFirst() {
        let p = problems("colour: red\npage: 60x60\nscale: 0x10\ntheme:\n  year: -1\n  breaks: [1, .inf, 0x10, 1e308, 0]\n")
        #expect(p.count == 8, "\(p)")
        #expect(p.contains { $0.hasPrefix("m.yaml:2:7: page: page '60x60' is too small") }, "\(p)")
        #expect(p.contains { $0.hasPrefix("m.yaml:3:8: scale: expected a decimal number, found \"0x10\"") }, "\(p)")
        #expect(p.contains { $0.hasPrefix("m.yaml:5:9: theme.year: must be 1900…2100, got -1") }, "\(p)")
        #expect(p.contains { $0.hasPrefix("m.yaml:6:15: theme.breaks[1]: expected a decimal number") }, "\(p)")
        #expect(p.contains { $0.hasPrefix("m.yaml:6:34: theme.breaks[4]: breaks must ascend") }, "\(p)")
        do { _ = try MapSpec.parse("colour: red\ntitel: x\n", file: "m.yaml") } catch let e as MapSpecError {
            #expect(e.description == "m.yaml:1:1: colour: unknown key (known here: title, subtitle, page, scale, layers, graticule_degrees, simplify_mm, theme, output, title_block, detail, clip, township)\nerror: m.yaml:2:1: titel: unknown key; did you mean \"title\"? (known here: title, subtitle, page, scale, layers, graticule_degrees, simplify_mm, theme, output, title_block, detail, clip, township)")
        } catch { Issue.record("\(error)") }
    }

    @Test func pagesAndKindsAreTyped() throws {
        let s = try MapSpec.parse("\u{FEFF}page: 5000x700\ntheme:\n  kind: exit-year\n  method: quantile\n", file: "m.yaml")
        #expect(s.page?.widthMillimetres == 5000)
        #expect(s.theme?.kind == .exitYear && s.theme?.method == .quantile)
        #expect(problems("page: 5000x50\n").first?.hasPrefix("m.yaml:1:7: page: page '5000x50' is too small") == true)
    }

    @Test func aYAMLSyntaxErrorHasItsPlace() {
        let p = problems("title: [x\n")
        #expect(p.count == 1 && p[0].hasPrefix("m.yaml:") && p[0].contains("YAML syntax"), "\(p)")
    }

    /// Nine levels of nine aliases (9⁸·10 nodes), the last used as a mapping key: refused at
    /// the alias in well under a second, where composing it once hung `map --spec`.
    @Test func anAliasBombIsRefusedAtItsLineQuickly() {
        var text = "title: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = Array("abcdefghi")
        for k in 1..<names.count {
            text += "x\(names[k]): &\(names[k]) [\(Array(repeating: "*\(names[k - 1])", count: 9).joined(separator: ","))]\n"
        }
        text += "? *i\n: 1\n"
        let start = Date()
        let p = problems(text)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(p.count == 1 && p[0].hasPrefix("m.yaml:") && p[0].contains("alias"), "\(p)")
    }

    @Test func aRepeatedKeyIsNamedAtItsRepetition() {
        let p = problems("title: a\nsubtitle: b\ntitle: c\n")
        #expect(p.count == 1 && p[0].hasPrefix("m.yaml:3:") && p[0].contains("title"), "\(p)")
    }
}
