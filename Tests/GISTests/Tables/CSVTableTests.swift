import Testing
@testable import GIS

/// RFC 4180 CSV, encodings and file sniffing of the generic table reader.
@Suite struct CSVTableTests {
    @Test func quotedFieldsWithCommasQuotesAndLineBreaksRoundTrip() throws {
        let rows = [["id", "name", "note"], ["1", "芭蕉村, 城南镇", "say \"hi\""], ["2", " lead", "two\r\nlines"]]
        let bytes = CSVTable.encode(rows)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let (text, used) = try TableEncoding.auto.decode(bytes, file: "t.csv")
        #expect(used == .utf8)
        #expect(try CSVTable.parse(text, file: "t.csv") == rows)
    }

    @Test func crlfAndLfRecordsAndAMissingFinalLineBreakGiveTheSameRows() throws {
        let a = try CSVTable.parse("a,b\r\n1,2\r\n", file: "a.csv")
        let b = try CSVTable.parse("a,b\n1,2", file: "b.csv")
        #expect(a == [["a", "b"], ["1", "2"]])
        #expect(a == b)
    }

    @Test func aQuotedLineBreakStaysInOneRowSoRowNumbersMatchTheSpreadsheet() throws {
        let rows = try CSVTable.parse("h1,h2\n\"x\ny\",1\nlast,2\n", file: "r.csv")
        #expect(rows.count == 3)
        #expect(rows[2] == ["last", "2"])
    }

    @Test func anUnclosedQuoteNamesTheRowWhereItOpened() throws {
        let error = #expect(throws: GISError.self) { try CSVTable.parse("a,b\n1,2\n\"open,3\n4,5\n", file: "q.csv") }
        #expect(error?.description.contains("q.csv") == true)
        #expect(error?.description.contains("row 3") == true)
    }

    @Test func gbkBytesAreDetectedWhenTheyAreNotValidUTF8() throws {
        // 芭蕉村 in GB18030 (GBK): B0C5 BDB6 B4E5.
        let gbk: [UInt8] = Array("name\n".utf8) + [0xB0, 0xC5, 0xBD, 0xB6, 0xB4, 0xE5, 0x0A]
        let (text, used) = try TableEncoding.auto.decode(gbk, file: "g.csv")
        #expect(used == .gbk)
        #expect(text == "name\n芭蕉村\n")
        #expect(throws: GISError.self) { try TableEncoding.utf8.decode(gbk, file: "g.csv") }
    }

    @Test func bytesValidInNeitherEncodingAreAnErrorNamingTheFile() throws {
        let error = #expect(throws: GISError.self) { try TableEncoding.auto.decode([0x61, 0xFF, 0xFF, 0x0A], file: "bad.csv") }
        #expect(error?.description.contains("bad.csv") == true)
    }

    @Test func shapefilesGeoPackagesAndOldExcelFilesAreRecognisedByTheirMagicNumbers() throws {
        let shp: [UInt8] = [0x00, 0x00, 0x27, 0x0A] + [UInt8](repeating: 0, count: 96)
        let gpkg = Array("SQLite format 3\u{0}".utf8) + [UInt8](repeating: 0, count: 84)
        let xls: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 32)
        for (bytes, word) in [(shp, "Shapefile"), (gpkg, "GeoPackage"), (xls, ".xls")] {
            let error = #expect(throws: GISError.self) { try TableFile.read(bytes, file: "x.csv") }
            #expect(error?.description.contains(word) == true, "\(error?.description ?? "")")
        }
        #expect(TableFileSniffer.kind(of: Array("a,b\n1,2\n".utf8)) == .text)
    }
}
