import Foundation
import ZIPFoundation

/// Writes a one-sheet Office Open XML workbook (.xlsx) that Excel, WPS and LibreOffice
/// open: inline strings, numeric cells, bold header rows frozen at the top, and text
/// cells formatted as text ("@"), so that a 12-digit code stays "510000100000" and never
/// turns into 5.11623E+11. The same rows give byte-identical files (fixed entry dates,
/// fixed part order).
public enum XLSXWriter {
    /// One cell.
    public enum Cell: Sendable, Hashable {
        /// Text, stored as an inline string in a text-formatted cell.
        case text(String)
        /// A number, stored as a numeric cell (NaN and infinities are left empty).
        case number(Double)
        /// A number shown with exactly `decimals` digits after the point (a number format
        /// "0", "0.0", "0.00", …; the stored value is the number itself).
        case fixed(Double, decimals: Int)
        case empty
    }

    /// The workbook bytes.
    /// - Parameters:
    ///   - sheetName: at most 31 characters, none of `[]:*?/\`.
    ///   - headerRows: how many first rows are headers (bold, frozen).
    ///   - columnWidths: widths in characters of the first columns (others default).
    /// - Throws: `GISError` when the sheet name is not allowed or the ZIP container cannot be made.
    public static func workbook(sheetName: String, rows: [[Cell]], headerRows: Int = 1,
                                columnWidths: [Double] = []) throws -> [UInt8] {
        guard !sheetName.isEmpty, sheetName.count <= 31,
              !sheetName.contains(where: { "[]:*?/\\".contains($0) }) else {
            throw GISError("sheet name \"\(sheetName)\" is not allowed in xlsx (1–31 characters, none of []:*?/\\)")
        }
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbookXML(sheetName)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", stylesXML(decimals: Self.decimalsUsed(rows))),
            ("xl/worksheets/sheet1.xml", sheetXML(rows, headerRows: headerRows, columnWidths: columnWidths)),
        ]
        do {
            let archive = try Archive(accessMode: .create)
            let date = Calendar(identifier: .gregorian).date(from: DateComponents(year: 2015, month: 1, day: 1)) ?? Date(timeIntervalSince1970: 1_420_070_400)
            for (path, xml) in parts {
                let data = Data(xml.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: date, permissions: 0o644, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw GISError("cannot make the xlsx container") }
            return [UInt8](data)
        } catch let e as GISError {
            throw e
        } catch {
            throw GISError("cannot make the xlsx container: \(error)")
        }
    }

    /// A number as the file stores it: integers without a fraction, others in the
    /// shortest form that reads back to the same Double.
    public static func numberText(_ d: Double) -> String {
        if d.rounded() == d && abs(d) < 9_007_199_254_740_992 { return String(Int64(d)) }
        return "\(d)"
    }

    /// The decimals of the `.fixed` cells, in increasing order (each gets a style).
    static func decimalsUsed(_ rows: [[Cell]]) -> [Int] {
        var used = Set<Int>()
        for row in rows { for case .fixed(_, let d) in row { used.insert(min(max(d, 0), 15)) } }
        return used.sorted()
    }

    static func sheetXML(_ rows: [[Cell]], headerRows: Int, columnWidths: [Double]) -> String {
        let decimals = decimalsUsed(rows)
        // Style 3 + k: the k-th decimals used (see `stylesXML`).
        var fixedStyle: [Int: Int] = [:]
        for (k, d) in decimals.enumerated() { fixedStyle[d] = 3 + k }
        var x = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        x += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        if headerRows > 0 {
            let top = "A\(headerRows + 1)"
            x += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="\#(headerRows)" topLeftCell="\#(top)" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        }
        if !columnWidths.isEmpty {
            x += "<cols>"
            for (i, w) in columnWidths.enumerated() {
                x += #"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(numberText(w))" customWidth="1"/>"#
            }
            x += "</cols>"
        }
        x += "<sheetData>"
        for (r, row) in rows.enumerated() {
            x += #"<row r="\#(r + 1)">"#
            let header = r < headerRows
            for (c, cell) in row.enumerated() {
                let ref = DataTable.columnLetters(c) + String(r + 1)
                switch cell {
                case .text(let s):
                    x += #"<c r="\#(ref)" s="\#(header ? 1 : 2)" t="inlineStr"><is><t xml:space="preserve">\#(XMLEvents.escape(s))</t></is></c>"#
                case .number(let d) where d.isFinite:
                    x += #"<c r="\#(ref)"\#(header ? #" s="1""# : "")><v>\#(numberText(d))</v></c>"#
                case .fixed(let d, let places) where d.isFinite:
                    let style = header ? 1 : fixedStyle[min(max(places, 0), 15)] ?? 0
                    x += #"<c r="\#(ref)" s="\#(style)"><v>\#(numberText(d))</v></c>"#
                case .number, .fixed, .empty:
                    continue
                }
            }
            x += "</row>"
        }
        x += "</sheetData></worksheet>"
        return x
    }

    static func workbookXML(_ sheetName: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" +
        #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="\#(XMLEvents.escape(sheetName))" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    }

    static let contentTypes = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" +
        #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#

    static let rootRelationships = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" +
        #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

    static let workbookRelationships = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" +
        #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#

    /// Style 0: default; 1: bold header, text format; 2: text format ("@", numFmtId 49);
    /// 3 + k: a number with `decimals[k]` digits after the point (custom formats 164 + k).
    /// Without fixed cells the style sheet is the three-style one.
    static func stylesXML(decimals: [Int]) -> String {
        var formats = ""
        if !decimals.isEmpty {
            formats = #"<numFmts count="\#(decimals.count)">"#
            for (k, d) in decimals.enumerated() {
                let code = d == 0 ? "0" : "0." + String(repeating: "0", count: d)
                formats += #"<numFmt numFmtId="\#(164 + k)" formatCode="\#(code)"/>"#
            }
            formats += "</numFmts>"
        }
        var xfs = #"<cellXfs count="\#(3 + decimals.count)"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        for k in decimals.indices {
            xfs += #"<xf numFmtId="\#(164 + k)" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        }
        xfs += "</cellXfs>"
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" +
            #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"# + formats +
            #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"# +
            xfs + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
    }
}
