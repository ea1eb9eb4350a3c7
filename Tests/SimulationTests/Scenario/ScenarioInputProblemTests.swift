import Testing
import Yams
@testable import Simulation

/// Scenario files that are hostile or malformed: each is refused with one short message
/// naming the file and place, and never hangs.
@Suite struct ScenarioInputProblemTests {
    func decoder(_ files: [String: String]) -> ScenarioDecoder {
        ScenarioDecoder { name, relativeTo in
            let dir = relativeTo.contains("/") ? String(relativeTo[..<relativeTo.lastIndex(of: "/")!]) + "/" : ""
            let full = name.hasPrefix("/") ? name : dir + name
            guard let text = files[ScenarioDecoder.lexicalIdentity(full)] else {
                throw ScenarioError(.schemaDefault, "extends", "no file \(full)")
            }
            return (text, full)
        }
    }

    func error(_ yaml: String, file: String = "s/x.yaml", files: [String: String] = [:]) -> ScenarioError? {
        do { _ = try decoder(files).decode(text: yaml, file: file); return nil } catch let e as ScenarioError { return e } catch {
            Issue.record("not a ScenarioError: \(error)"); return nil
        }
    }

    @Test func billionLaughsAsAMappingKeyIsRefusedAtTheAlias() throws {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = Array("abcdefghi")
        for k in 1..<names.count {
            text += "\(names[k]): &\(names[k]) [\(Array(repeating: "*\(names[k - 1])", count: 9).joined(separator: ","))]\n"
        }
        text += "? *i\n: 1\n"
        #expect(text.utf8.count < 600)
        let e = try #require(error(text))
        #expect(e.origin.file == "s/x.yaml")
        #expect(e.origin.line > 0)
        #expect(e.message.contains("alias *"))
    }

    @Test func aDuplicateKeyNamesTheKeyAtItsSecondPlace() throws {
        let e = try #require(error("name: a\nseed: 1\nseed: 2\n"))
        #expect(e.origin.line == 3 && e.origin.column == 1)
        #expect(e.message.contains("duplicate key \"seed\""))
        #expect(!e.description.contains("\n"))
        #expect(e.description.count < 200)
    }

    @Test(arguments: ["{2016: 3000, '2016': 3100}", "{2016: 3000, \"2016\": 3100}", "{2016: 3000, 02016: 3100}"])
    func theSameYearTwiceInOneMapIsAnError(_ map: String) throws {
        let e = try #require(error("name: y\npoverty_line_yuan_per_person: \(map)\n"))
        #expect(e.message.contains("2016 is given twice"))
        #expect(e.keyPath == "poverty_line_yuan_per_person.2016")
    }

    @Test(arguments: ["", "# only a comment\n", "\n\n  \n", "---\n", "{}\n"])
    func anEmptyScenarioIsRefused(_ text: String) throws {
        let e = try #require(error(text))
        #expect(e.message.contains("empty"))
        #expect(e.message.contains("baseline"))
    }

    @Test func anEmptyParentIsRefusedToo() throws {
        let e = try #require(error("extends: p.yaml\nname: c\n", files: ["s/p.yaml": "# nothing\n"]))
        #expect(e.origin.file == "s/p.yaml")
        #expect(e.message.contains("empty"))
    }

    @Test(arguments: ["./x.yaml", "x.yaml", "../s/x.yaml", ".//x.yaml"])
    func extendingItselfByAnySpellingIsACycleWithAShortMessage(_ spelling: String) throws {
        let me = "extends: \(spelling)\nname: me\n"
        let e = try #require(error(me, files: ["s/x.yaml": me]))
        #expect(e.keyPath == "extends")
        #expect(e.message.contains("cycle"))
        #expect(e.description.count < 300)
    }

    @Test func aLongerCycleListsTheChainOnce() throws {
        let files = ["s/a.yaml": "extends: b.yaml\nname: a\n", "s/b.yaml": "extends: ./a.yaml\nname: b\n"]
        let e = try #require(error(files["s/a.yaml"]!, file: "s/a.yaml", files: files))
        #expect(e.message.contains("s/a.yaml → s/b.yaml → s/./a.yaml"))
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let s = try decoder([:]).decode(text: "\u{FEFF}name: bom\n", file: "x.yaml")
        #expect(s.name == "bom")
    }

    /// YAML setting the dotted `path` to `value`.
    static func yaml(_ path: String, _ value: String) -> String {
        var out = "name: n\n"
        let parts = path.split(separator: ".")
        for (i, p) in parts.enumerated() {
            out += String(repeating: "  ", count: i) + p + ":" + (i == parts.count - 1 ? " \(value)\n" : "\n")
        }
        return out
    }

    /// Every number key of the schema refuses every non-decimal spelling.
    @Test(arguments: ["0x1p3", "0x10", "inf", "-inf", ".inf", "nan", ".nan", "1e400", "0o7", "1_"])
    func nonDecimalNumbersAreRefusedOnEveryNumberKey(_ number: String) throws {
        var checked = 0
        for (path, field) in ScenarioSchema.leafPaths {
            guard case .number = field.kind else { continue }
            let e = try #require(error(Self.yaml(path, number)), "\(path): \(number) accepted")
            #expect(e.keyPath == path)
            #expect(e.message.contains("expected a number"))
            checked += 1
        }
        #expect(checked > 10)
    }

    @Test(arguments: ["0x10", "1e3", "99999999999999999999", "2.0", "inf"])
    func nonDecimalOrOversizedIntegersAreRefused(_ number: String) throws {
        let e = try #require(error("name: n\nseed: \(number)\n"))
        #expect(e.keyPath == "seed")
    }

    @Test func decimalNumbersStillRead() throws {
        let s = try decoder([:]).decode(text: "name: n\nruns: 1_000\n", file: "x.yaml")
        #expect(s.runs == 1000)
    }

    @Test func aControlCharacterInTextIsRefused() throws {
        let e = try #require(error("name: \"a\\x07b\"\n"))
        #expect(e.keyPath == "name")
        #expect(e.message.contains("U+0007"))
    }

    /// Strings the resolved file must carry exactly: it is written, read back with
    /// the scenario reader, and compared.
    static let awkwardNames = [
        "two\nlines", "tab\there", "\"quoted\"", "'single'", "key: value", "# not a comment", "  leading spaces",
        "trailing ", "邻水县 基线", "back\\slash", "cr\r\nlf", "\u{85}next line", "\u{2028}ls", "zero\u{FEFF}width", "null", "true",
        "123", "- item", "[flow]", "{map}", "*alias", "&anchor", "!tag", "%directive", "@", "`", "|", ">", "", "é\u{301}",
        "😀", "\u{7F}del", "\u{9F}c1", "---", "...",
    ]

    @Test(arguments: awkwardNames)
    func theResolvedYamlReadsBackTheSameText(_ name: String) throws {
        let yaml = "name: \(ScenarioYAML.quoted(name))\n"
        let s = try decoder([:]).decode(text: yaml, file: "x.yaml")
        #expect(s.name == name)
        let text = ScenarioYAML.render(s)
        let back = try decoder([:]).decode(text: text, file: "scenario.resolved.yaml")
        #expect(back.name == name)
        #expect(back.values == s.values)
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("name:") && !$0.hasPrefix("name: \"") })
    }

    @Test func quotedTextIsOneLineForEveryScalarOfTheBasicPlaneSample() throws {
        // Every code point in steps over the BMP (and the astral edge) survives a quoted round trip through Yams.
        var values: [UInt32] = Array(0...0x2FF) + [0x2028, 0x2029, 0xD7FF, 0xE000, 0xFEFF, 0xFFFD, 0x10000, 0x10FFFF]
        values += stride(from: 0x300, to: 0xFFFE, by: 97).filter { !(0xD800...0xDFFF).contains($0) }
        for v in values {
            let s = String(Character(Unicode.Scalar(v)!))
            let quoted = ScenarioYAML.quoted("a" + s + "b")
            #expect(!quoted.contains("\n") && !quoted.contains("\r"))
            let node = try Yams.compose(yaml: "k: " + quoted + "\n")
            #expect(node?["k"]?.string == "a" + s + "b", "U+\(String(v, radix: 16))")
        }
    }

    @Test func notesAreKeptOnTheirLine() throws {
        let s = try decoder([:]).decode(text: "name: n\n", file: "x.yaml")
        let text = ScenarioYAML.render(s, notes: ["seed": "from\nthe\rprofile"])
        #expect(text.contains("# from the profile"))
        _ = try decoder([:]).decode(text: text, file: "r.yaml")
    }

    @Test func runsRangeIsTheSchemaRange() {
        #expect(ScenarioDecoder.runsRange == 1...100_000)
    }
}
