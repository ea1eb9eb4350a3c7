import Foundation
import GIS

/// `.qml` files beside GeoJSON layers: QGIS applies `villages.qml` when
/// `villages.geojson` is added. The style classifies on the GeoJSON's own property names
/// (the English keys) and gives each its Chinese title as alias.
public enum QGISStyleFiles {
    /// The style layer of a GeoJSON file named `stem` (`villages.geojson` of a run folder
    /// is styled as villages).
    public static func qml(for collection: FeatureCollection, stem: String) throws -> String? {
        let layer = try ExchangeLayer.features(collection, name: stem, title: stem, description: "",
                                               naming: .english, transform: { $0 })
        return QGISStyles.qml(for: layer)
    }

    /// Writes `STEM.qml` beside every styled `STEM.geojson` of `folder` (each atomically)
    /// and returns the names written.
    /// - Throws: `GISError` naming a layer that cannot be read or a style that cannot be written.
    public static func write(besideLayersIn folder: String) throws -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".geojson") }.sorted()
        var written: [String] = []
        for name in names {
            let stem = String(name.dropLast(".geojson".count))
            guard QGISStyles.styledLayers.contains(stem) else { continue }
            let collection = try GeoJSONFile.read(path: folder + "/" + name).object.asFeatureCollection
            guard let qml = try qml(for: collection, stem: stem) else { continue }
            try AtomicFile.write(qml, to: folder + "/" + stem + ".qml")
            written.append(stem + ".qml")
        }
        return written
    }
}
