import Foundation
import ZIPFoundation

/// Reads one worksheet of an Office Open XML workbook (.xlsx) into a ``DataTable``:
/// shared strings, inline strings, numbers (as written in the file), Booleans
/// ("TRUE"/"FALSE"), formula results and error values, at the places their cell
/// references give. Styles, dates and formulas themselves are not interpreted.
public enum XLSXReader {
    /// The sheet `sheet` (by name), or the first sheet, of the workbook in `bytes`.
    /// - Throws: `GISError` naming `file` when the bytes are not a workbook, a part is
    ///   missing or malformed, or the named sheet does not exist (the message lists the
    ///   sheets there are).
    /// - Complexity: O(size of the workbook's XML).
    public static func read(_ bytes: [UInt8], file: String, sheet: String? = nil) throws -> DataTable {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw GISError(file: file, "not a valid xlsx workbook: the ZIP container cannot be read")
        }
        func part(_ path: String) throws -> [UInt8]? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize < 512 << 20 else {
                throw GISError(file: file, "not a valid xlsx workbook: part \(path) is larger than 512 MiB")
            }
            var data = Data()
            do { _ = try archive.extract(entry) { data.append($0) } } catch {
                throw GISError(file: file, "not a valid xlsx workbook: part \(path) cannot be decompressed")
            }
            return [UInt8](data)
        }
        func events(_ path: String) throws -> [XMLEvents.Event]? {
            guard let bytes = try part(path) else { return nil }
            do { return try XMLEvents.parse(bytes) } catch let e as XMLEvents.Malformed {
                throw GISError(file: file, "not a valid xlsx workbook: part \(path) is not well-formed XML near byte \(e.offset)")
            }
        }
        let workbookPath = try officeDocumentPath(events("_rels/.rels")) ?? "xl/workbook.xml"
        guard let workbook = try events(workbookPath) else {
            throw GISError(file: file, "not an xlsx workbook: the ZIP file has no \(workbookPath) (is it a zipped Shapefile or another archive?)")
        }
        let base = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (base.isEmpty ? "" : base + "/") + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        let rels = relationships(try events(relsPath) ?? [], base: base)
        let sheets = workbook.compactMap { e -> (name: String, id: String)? in
            guard case .start("sheet", let a, _) = e, let name = a["name"], let id = a["r:id"] ?? a.first(where: { $0.key.hasSuffix(":id") })?.value else { return nil }
            return (name, id)
        }
        guard !sheets.isEmpty else { throw GISError(file: file, "not a valid xlsx workbook: it lists no sheets") }
        let chosen: (name: String, id: String)
        if let sheet {
            guard let s = sheets.first(where: { $0.name == sheet }) else {
                let names = sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
                throw GISError(file: file, "no sheet named \"\(sheet)\"; the workbook has \(names)")
            }
            chosen = s
        } else {
            chosen = sheets[0]
        }
        guard let sheetPath = rels[chosen.id]?.target, let sheetXML = try events(sheetPath) else {
            throw GISError(file: file, "not a valid xlsx workbook: the part of sheet \"\(chosen.name)\" is missing")
        }
        let sharedPath = rels.values.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target
            ?? (base.isEmpty ? "" : base + "/") + "sharedStrings.xml"
        let shared = sharedStrings(try events(sharedPath) ?? [])
        let rows = try cells(sheetXML, shared: shared, file: file, sheet: chosen.name)
        return DataTable(file: file, format: .xlsx, sheet: chosen.name, rows: rows)
    }

    private static func officeDocumentPath(_ events: [XMLEvents.Event]?) -> String? {
        relationships(events ?? [], base: "").values.first { $0.type.hasSuffix("/officeDocument") }?.target
    }

    /// Relationship id → (type, target path inside the package).
    private static func relationships(_ events: [XMLEvents.Event], base: String) -> [String: (type: String, target: String)] {
        var result: [String: (type: String, target: String)] = [:]
        for case .start("Relationship", let a, _) in events {
            guard let id = a["Id"], let target = a["Target"] else { continue }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : (base.isEmpty ? target : base + "/" + target)
            result[id] = (a["Type"] ?? "", normalise(path))
        }
        return result
    }

    /// Resolves "." and ".." segments.
    private static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for p in path.split(separator: "/") {
            if p == "." { continue }
            if p == ".." { _ = parts.popLast() } else { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }

    /// The shared string table: the text of each `si`, rich-text runs joined, phonetic
    /// guides (`rPh`) left out.
    private static func sharedStrings(_ events: [XMLEvents.Event]) -> [String] {
        var strings: [String] = []
        var current: String?
        var inText = false, phonetic = 0
        for e in events {
            switch e {
            case .start("si", _, _): current = ""
            case .end("si"): strings.append(current ?? ""); current = nil
            case .start("rPh", _, _): phonetic += 1
            case .end("rPh"): phonetic -= 1
            case .start("t", _, let selfClosing): inText = !selfClosing
            case .end("t"): inText = false
            case .text(let s) where inText && phonetic == 0: current? += s
            default: break
            }
        }
        return strings
    }
}

extension XLSXReader {
    /// The uncompressed bytes of one part of a workbook (for tests and diagnostics), or
    /// nil when the part or the container is missing.
    static func part(_ path: String, of workbook: [UInt8]) -> [UInt8]? {
        guard let archive = try? Archive(data: Data(workbook), accessMode: .read, pathEncoding: nil), let entry = archive[path] else { return nil }
        var data = Data()
        guard (try? archive.extract(entry) { data.append($0) }) != nil else { return nil }
        return [UInt8](data)
    }
}
