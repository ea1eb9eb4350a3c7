import Testing
import Reports

/// `CSVWriter` writes cells straight into bytes; these check its bytes against the
/// text the writer made before, cell by cell (`Cell.text` quoted by `CSVWriter.field`,
/// fields joined by commas, lines by `\n`), on the fields where the two could part:
/// quoting, line breaks beyond `\n`, non-ASCII text, extreme numbers and integers.
@Suite struct CSVByteWriterTests {
    /// The writer's former definition, from the public parts it was made of.
    static func reference<Row>(_ table: Table<Row>) -> String {
        var lines = [table.columns.map { CSVWriter.field($0.name) }.joined(separator: ",")]
        for row in table.cells { lines.append(row.map { CSVWriter.field($0.text) }.joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }

    static let texts = [
        "", "plain", "村名", "a,b", "say \"hi\"", "line\nbreak", "cr\rhere", "tab\there", "vt\u{0B}ff\u{0C}",
        "nel\u{85}x", "ls\u{2028}ps\u{2029}", "e\u{301},accent", ",\u{301}", "\"", "\u{2027}\u{202A}", "\r\n", "— 不到 2020",
    ]

    @Test func textFieldsAreQuotedExactlyAsBefore() {
        let table = Table<String>(columns: [.text("text, with comma") { $0 }, Column("missing") { .missing(shown: $0) }],
                                  rows: Self.texts)
        #expect(CSVWriter.render(table) == Self.reference(table))
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        CSVWriter.append(table, to: &bytes)
        #expect(bytes == [0xEF, 0xBB, 0xBF] + Array(Self.reference(table).utf8), "appends after what the buffer holds")
    }

    @Test func numbersIntegersAndFlagsAreWrittenAsBefore() {
        let values: [Double] = [0, -0.0, 0.005, -0.005, 1.5, -1.25, 123456.789, 1e15, -1e15, 9.5e18, 2e19, -3e25, 1e300,
                                .nan, .infinity, -.infinity, .leastNonzeroMagnitude, 0.125, 2.675]
        let integers = [0, 7, -7, 10, 99, 100, 1_234_567, Int.max, Int.min, -1]
        struct Row { var x: Double; var n: Int; var d: Int }
        let rows = values.indices.flatMap { i in (0...4).map { d in Row(x: values[i], n: integers[(i + d) % integers.count], d: d * 3) } }
        let table = Table<Row>(columns: [
            Column("x") { .number($0.x, decimals: $0.d) },
            .number("clamped", decimals: 2) { $0.x },
            .integer("n") { $0.n },
            .flag("negative") { $0.x < 0 },
        ], rows: rows)
        #expect(CSVWriter.render(table) == Self.reference(table))
    }

    @Test func anEmptyTableIsItsHeader() {
        let table = Table<Int>(columns: [.integer("a") { $0 }, .integer("b,c") { $0 }], rows: [])
        #expect(CSVWriter.render(table) == "a,\"b,c\"\n")
        #expect(CSVWriter.render(table) == Self.reference(table))
    }
}
