import Foundation
import Testing
import Yams
@testable import GIS

/// The one YAML reader: alias expansion bounded, duplicate keys at their place, a BOM
/// accepted, every error on one line.
@Suite struct YAMLDocumentTests {
    /// Nine levels of nine aliases (9⁸·10 nodes), the last one used as a mapping key.
    static let laughs: String = {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = Array("abcdefghi")
        for k in 1..<names.count {
            let items = Array(repeating: "*\(names[k - 1])", count: 9).joined(separator: ",")
            text += "\(names[k]): &\(names[k]) [\(items)]\n"
        }
        return text + "? *i\n: 1\n"
    }()

    func problem(_ text: String) -> Diagnostic? {
        do { _ = try YAMLDocument.compose(text, file: "x.yaml"); return nil } catch let e as GISError {
            #expect(e.diagnostics.count == 1)
            return e.diagnostics.first
        } catch { Issue.record("unexpected \(error)"); return nil }
    }

    @Test func billionLaughsIsRefusedAtTheAliasQuickly() throws {
        let start = Date()
        let d = try #require(problem(Self.laughs))
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(d.file == "x.yaml")
        #expect(d.message.contains("alias *"))
        #expect(d.message.contains("100000"))
        // The alias that crosses the budget is in the line of `f` (the 2nd alias of e's 65 610-node copies… or later).
        let line = try #require(d.location.line)
        #expect((5...10).contains(line))
        #expect(!d.description.contains("\n"))
    }

    @Test func modestAliasesAreRead() throws {
        let root = try #require(try YAMLDocument.compose("base: &b {x: 1, y: 2}\none: *b\ntwo: *b\nnote: 2*3\n", file: "x.yaml"))
        #expect(root["one"]?["y"]?.string == "2")
        #expect(root["note"]?.string == "2*3")
    }

    @Test func deepAliasNestingIsRefused() throws {
        // Each level nests the one before 10 lists deeper: depth 1 010 in about 51 000 nodes.
        var text = "l0: &l0 [x]\n"
        let open = String(repeating: "[", count: 10), close = String(repeating: "]", count: 10)
        for k in 1...101 { text += "l\(k): &l\(k) \(open)*l\(k - 1)\(close)\n" }
        let d = try #require(problem(text))
        #expect(d.message.contains("levels deep"))
    }

    @Test func aStarInsideTextIsNotAnAlias() throws {
        let root = try #require(try YAMLDocument.compose("a: \"*x\"\nb: 'y *z'\nc: |\n  *w\n", file: "x.yaml"))
        #expect(root["a"]?.string == "*x")
        #expect(root["b"]?.string == "y *z")
        #expect(root["c"]?.string == "*w\n")
    }

    @Test func duplicateKeyIsReportedAtTheRepetitionOnOneLine() throws {
        let d = try #require(problem("name: a\nseed: 1\nsub:\n  k: 1\n  k: 2\nruns: 3\n"))
        #expect(d.location.line == 5)
        #expect(d.location.column == 3)
        #expect(d.message.contains("\"k\""))
        #expect(d.message.contains("4:3"))
        #expect(!d.description.contains("\n"))
        #expect(!d.description.contains("name: a"))
    }

    @Test func quotedRepetitionOfAKeyIsFound() throws {
        let d = try #require(problem("seed: 1\n\"seed\": 2\n"))
        #expect(d.location.line == 2)
        #expect(d.message.contains("\"seed\""))
    }

    @Test func syntaxErrorsAreOneLineWithAPlace() throws {
        let d = try #require(problem("a: [1, 2\nb: 3\n"))
        #expect(d.location.line != nil)
        #expect(!d.description.contains("\n"))
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let root = try #require(try YAMLDocument.compose("\u{FEFF}name: x\n", file: "x.yaml"))
        #expect(root["name"]?.string == "x")
    }

    @Test func emptyAndCommentOnlyTextHasNoRoot() throws {
        #expect(try YAMLDocument.compose("", file: "x.yaml") == nil)
        #expect(try YAMLDocument.compose("# only\n\n", file: "x.yaml") == nil)
    }
}

/// Decimal-only numbers for every number a user writes in YAML.
@Suite struct YAMLNumberTests {
    @Test(arguments: ["0x1p3", "0x10", "0o17", "0b1", "inf", "-inf", ".inf", "nan", ".nan", "NaN", "1e", "e5", ".", "+",
                      "1,000", "1__0", "_1", "1_", "1e400", "", " 1", "1.2.3", "٣"])
    func notADecimal(_ text: String) {
        #expect(YAMLNumber.decimal(text) == nil)
    }

    @Test func decimals() {
        #expect(YAMLNumber.decimal("8") == 8)
        #expect(YAMLNumber.decimal("-0.25") == -0.25)
        #expect(YAMLNumber.decimal("+.5") == 0.5)
        #expect(YAMLNumber.decimal("5.") == 5)
        #expect(YAMLNumber.decimal("1.5e3") == 1500)
        #expect(YAMLNumber.decimal("2E-2") == 0.02)
        #expect(YAMLNumber.decimal("100_000") == 100_000)
    }

    @Test func integersMustBeDecimalAndFit() {
        #expect(YAMLNumber.integer("2016") == 2016)
        #expect(YAMLNumber.integer("-3") == -3)
        #expect(YAMLNumber.integer("1_000") == 1000)
        for bad in ["0x10", "1.0", "1e3", "99999999999999999999", "+", "", "inf"] {
            #expect(YAMLNumber.integer(bad) == nil, "\(bad)")
        }
    }
}

/// UTF-8 text files: BOM dropped, anything else named with the way to convert it.
@Suite struct UTF8TextTests {
    @Test func bomIsDropped() throws {
        #expect(try UTF8Text.decode([0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8), file: "t.csv") == "a,b\n")
    }

    @Test func gbkIsNamedWithTheIconvCommand() throws {
        // "代码,名称\n1,邻水\n" in GBK
        let gbk: [UInt8] = [0xB4, 0xFA, 0xC2, 0xEB, 0x2C, 0xC3, 0xFB, 0xB3, 0xC6, 0x0A]
        let bytes = Array("ok\n".utf8) + gbk
        do {
            _ = try UTF8Text.decode(bytes, file: "villages.csv")
            Issue.record("GBK bytes read as UTF-8")
        } catch let e as GISError {
            let d = try #require(e.diagnostics.first)
            #expect(d.location.line == 2)
            #expect(d.location.column == 1)
            #expect(d.message.contains("not UTF-8"))
            #expect(d.message.contains("GBK"))
            #expect(d.message.contains("iconv -f GBK -t UTF-8 villages.csv"))
            #expect(d.message.contains("offset 3"))
        }
    }

    @Test func firstInvalidByteMatchesTheStandardLibrary() {
        let samples: [[UInt8]] = [[0x61, 0xC3], [0xE2, 0x82, 0xAC, 0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], Array("邻水".utf8)]
        for s in samples {
            let k = UTF8Text.firstInvalidByte(s[...])
            #expect(String(validating: s[..<k], as: UTF8.self) != nil)
            if k < s.count { #expect(String(validating: s, as: UTF8.self) == nil) }
        }
    }
}
