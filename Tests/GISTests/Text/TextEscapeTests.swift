import Testing
@testable import GIS

/// The escaping rules each writer relies on, pinned character by character.
struct TextEscapeTests {
    @Test func jsonStringEscapesQuotesBackslashAndControls() {
        #expect(TextEscape.jsonString("a\"b\\c\nd\te\rf\u{1}g\u{1F}邻水") == "\"a\\\"b\\\\c\\nd\\te\\rf\\u0001g\\u001f邻水\"")
        #expect(TextEscape.jsonString("\u{7F}\u{2028}") == "\"\u{7F}\u{2028}\"")
    }

    @Test func xmlTextEscapesMarkupAndDropsForbiddenControls() {
        #expect(TextEscape.xmlText("<a & \"b\">\t\n\r") == "&lt;a &amp; &quot;b&quot;&gt;\t\n\r")
        #expect(TextEscape.xmlText("x\u{0}\u{1F}\u{FFFE}\u{FFFF}y'") == "xy'")
    }

    @Test func xmlAttributeWritesLineFeedsAsReferences() {
        #expect(TextEscape.xmlAttribute("<a & \"b\">\n\t\u{1}") == "&lt;a &amp; &quot;b&quot;&gt;&#10;\t\u{1}")
    }

    @Test func yamlDoubleQuotedEscapesEverythingYAMLForbidsRaw() {
        #expect(TextEscape.yamlDoubleQuoted("a\"b\\c\nd\te\r") == "\"a\\\"b\\\\c\\nd\\te\\r\"")
        #expect(TextEscape.yamlDoubleQuoted("\u{1}\u{7F}\u{9F}\u{A0}") == "\"\\x01\\x7F\\x9F\u{A0}\"")
        #expect(TextEscape.yamlDoubleQuoted("\u{2028}\u{2029}\u{FEFF}\u{FFFE}\u{FFFF}华蓥") == "\"\\u2028\\u2029\\uFEFF\\uFFFE\\uFFFF华蓥\"")
    }

    @Test func escapedKeepsDropsOrReplacesEachScalar() {
        #expect(TextEscape.escaped("abc") { $0 == "b" ? "" : ($0 == "c" ? "C!" : nil) } == "aC!")
    }
}
