/// One demonstration line of the profile (`demonstration_lines`) and the villages on it.
public struct DemonstrationLine: Hashable, Sendable {
    public var name: String
    public var theme: String
    public var villageIDs: [String]
    /// True when the line's theme is tourism (`tourism` in lines.geojson): its villages
    /// get the tourism program's line bonus and are designated first.
    public var isTourismLine: Bool
    public init(name: String, theme: String, villageIDs: [String], isTourismLine: Bool = false) {
        self.name = name; self.theme = theme; self.villageIDs = villageIDs; self.isTourismLine = isTourismLine
    }
}
