/// How exported columns are named: by the Chinese titles of ``FieldTitles`` (what
/// planners read in QGIS, ArcGIS and Excel) or by the documented English keys.
public enum FieldNaming: String, Sendable, CaseIterable {
    /// `贫困人口` for `poor_persons`; keys without a known title stay English.
    case chinese = "zh"
    /// The English keys of geodata/README.md and docs/outputs.md.
    case english = "en"
}
