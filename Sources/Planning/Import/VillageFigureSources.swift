import GIS

/// The `figure_sources` property: for each importable figure of a village, whether it
/// is "imported" (from a planner's table) or "modelled" (as the geodata builder made it).
public enum VillageFigureSources {
    /// The property name.
    public static let property = "figure_sources"
    /// The property naming the table a village's imported figures came from (base name).
    public static let fileProperty = "figure_sources_file"

    /// Writes `values` into the feature's properties and updates `figure_sources`: an
    /// existing object is kept (earlier imports stay "imported"), a missing one starts
    /// as "modelled" for every figure; each key of `values` becomes "imported".
    static func apply(_ values: [String: JSONValue], to feature: inout Feature, sourceName: String) {
        var sources = feature[property: property]?.objectValue ?? JSONObject()
        for key in VillageFigureColumn.importableKeys where sources[key] == nil { sources[key] = .string("modelled") }
        for key in VillageFigureColumn.importableKeys {
            guard let v = values[key] else { continue }
            feature[property: key] = v
            sources[key] = .string("imported")
        }
        feature[property: property] = .object(sources)
        if !values.isEmpty { feature[property: fileProperty] = .string(sourceName) }
    }

    /// The source of `key` in a village's properties: "imported" or "modelled" (also when
    /// the village has no `figure_sources`, as the builder writes it).
    public static func source(of key: String, in properties: JSONObject?) -> String {
        properties?[property]?.objectValue?[key]?.stringValue ?? "modelled"
    }
}
