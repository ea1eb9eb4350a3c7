import Foundation
import GIS

/// Writes layers as Shapefiles for ArcGIS and SuperMap into one folder: per layer
/// `NAME.shp`, `.shx`, `.dbf`, `.prj` (ESRI WKT from PROJ), `.cpg` (the text encoding)
/// and `.qml` (the QGIS style, which QGIS loads with the layer); a layer mixing points,
/// lines and areas becomes `NAME_point`, `NAME_line`, `NAME_polygon`; a table without
/// geometry is a `.dbf` alone. `fields.csv` beside them lists every file's 10-byte
/// dBASE field names with the full Chinese title and the English key.
///
/// The folder is built under a temporary name beside `folder` and renamed into place;
/// an existing `folder` is replaced only when it is an earlier export (it holds
/// `fields.csv` and only Shapefile parts), so no other folder is ever overwritten.
public enum ShapefileWriter {
    /// The name of the field-name table written beside the Shapefiles.
    public static let fieldTable = "fields.csv"
    static let partExtensions: Set<String> = ["shp", "shx", "dbf", "prj", "cpg", "qml", "csv"]

    /// Writes `layers` (geometries already in `crs`) into `folder`.
    /// - Returns: notes for the user (values cut to 254 bytes, characters GBK lacks).
    /// - Throws: `GISError` naming the folder when it cannot be written or is not an
    ///   earlier export.
    public static func write(_ layers: [ExchangeLayer], crs: CRSDescription, encoding: ShapefileEncoding,
                             to folder: String) throws -> [String] {
        guard let prj = crs.wkt(.wkt1ESRI) ?? crs.wkt(.wkt1GDAL) else {
            throw GISError(file: folder, "PROJ cannot write \(crs.definition) as WKT for the .prj files")
        }
        let encoder = try ShapefileTextEncoder(encoding)
        var files: [(String, [UInt8])] = []
        var table: [[String]] = [["file", "field", "title", "key", "type", "width", "decimals"]]
        var truncated = 0, skipped = 0
        for layer in layers {
            for (name, part) in split(layer, skipped: &skipped) {
                let shortNames = DBFFieldNames.shortNames(part.fields.map(\.name), encode: encoder.bytes)
                let columns = DBFWriter.columns(part.fields, names: shortNames, records: part.records, encoder: encoder)
                files.append((name + ".dbf", DBFWriter.bytes(columns: columns, records: part.records, encoder: encoder,
                                                            truncated: &truncated)))
                files.append((name + ".cpg", Array((encoding.cpg + "\n").utf8)))
                for (c, f) in zip(columns, part.fields) {
                    table.append([name, c.name, f.title, f.key, String(c.type), String(c.width), String(c.decimals)])
                }
                guard part.geometryType != nil else { continue }
                let type = part.records.lazy.compactMap { $0.geometry.flatMap(ShapeType.of) }.first ?? .point
                var geometry = ShapefileGeometryWriter(type: type)
                for r in part.records { geometry.append(r.geometry) }
                let (shp, shx) = geometry.finished()
                files.append((name + ".shp", shp))
                files.append((name + ".shx", shx))
                files.append((name + ".prj", Array((prj + "\n").utf8)))
                var styled = part
                for i in styled.fields.indices { styled.fields[i].name = shortNames[i] }
                styled.name = layer.name
                if let qml = QGISStyles.qml(for: styled) { files.append((name + ".qml", Array(qml.utf8))) }
            }
        }
        files.append((fieldTable, CSVTable.encode(table)))   // UTF-8 with a byte-order mark, for Excel
        try replaceFolder(folder, with: files)
        var notes: [String] = []
        if truncated > 0 { notes.append("\(truncated) text values longer than 254 bytes were cut (the dBASE limit)") }
        if encoder.unencodable > 0 { notes.append("\(encoder.unencodable) characters GBK does not have were written as ?") }
        if skipped > 0 { notes.append("\(skipped) GeometryCollection features were left out (a Shapefile cannot hold them)") }
        return notes
    }

    /// The layer as one Shapefile, or one per shape type when it mixes them (nil
    /// geometries stay with the first).
    static func split(_ layer: ExchangeLayer, skipped: inout Int) -> [(String, ExchangeLayer)] {
        guard layer.geometryType != nil else { return [(layer.name, layer)] }
        var order: [ShapeType] = []
        var groups: [ShapeType: [ExchangeRecord]] = [:]
        var nulls: [ExchangeRecord] = []
        for r in layer.records {
            guard let g = r.geometry else { nulls.append(r); continue }
            guard let t = ShapeType.of(g) else { skipped += 1; continue }
            if groups[t] == nil { order.append(t) }
            groups[t, default: []].append(r)
        }
        if order.isEmpty { return [(layer.name, layer)] }
        groups[order[0], default: []] += nulls
        if order.count == 1 {
            var l = layer; l.records = groups[order[0]]!
            return [(layer.name, l)]
        }
        return order.sorted { $0.rawValue < $1.rawValue }.map { t in
            var l = layer; l.records = groups[t]!
            return ("\(layer.name)_\(t.suffix)", l)
        }
    }

    /// Writes `files` into a temporary folder beside `folder`, then swaps it into place.
    static func replaceFolder(_ folder: String, with files: [(String, [UInt8])]) throws {
        let fm = FileManager.default
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: url.path, isDirectory: &isDirectory)
        if exists {
            let contents = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
            let earlier = isDirectory.boolValue && contents.contains(fieldTable)
                && contents.allSatisfy { partExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
            guard earlier || (isDirectory.boolValue && contents.isEmpty) else {
                throw GISError(file: folder, "cannot write the Shapefiles: it exists and is not an earlier "
                               + "`benkang export --format shp` folder (no \(fieldTable)); choose another -o")
            }
        }
        guard fm.fileExists(atPath: parent) else {
            throw GISError(file: folder, "cannot write the Shapefiles: the folder \(parent) does not exist")
        }
        let suffix = "\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 36))"
        let temporary = parent + "/.\(name).tmp-\(suffix)"
        let old = parent + "/.\(name).old-\(suffix)"
        do {
            try fm.createDirectory(atPath: temporary, withIntermediateDirectories: false)
            for (file, bytes) in files { try AtomicFile.write(bytes, to: temporary + "/" + file) }
            if exists { try fm.moveItem(atPath: url.path, toPath: old) }
            do {
                try fm.moveItem(atPath: temporary, toPath: url.path)
            } catch {
                if exists { try? fm.moveItem(atPath: old, toPath: url.path) }
                throw error
            }
            if exists { try? fm.removeItem(atPath: old) }
        } catch let error as GISError {
            try? fm.removeItem(atPath: temporary)
            throw error
        } catch {
            try? fm.removeItem(atPath: temporary)
            throw GISError(file: folder, "cannot write the Shapefiles: the folder cannot be created or renamed")
        }
    }
}
