import GIS

extension Region {
    /// Reads the county profile `county.yaml` and `townships`, `villages`, `sites` and
    /// `lines` `.geojson` from a geodata folder (as the geodata builder writes it) and
    /// checks the schema contract.
    ///
    /// - Parameter geodataDirectory: the folder, as the user named it (used in messages).
    /// - Throws: `GISError` naming the file when it is missing or unreadable, or does not
    ///   match the folder's build stamp (`build-stamp.json`, when it has one), or the
    ///   file, feature index, id and property when its content breaks the contract.
    /// - Complexity: O(size of the five files).
    public static func load(geodataDirectory: String) throws -> Region {
        let dir = geodataDirectory.hasSuffix("/") ? String(geodataDirectory.dropLast()) : geodataDirectory
        func layer(_ name: String) throws -> RegionLayer {
            let path = dir + "/" + name
            return RegionLayer(file: path, features: try GeoJSONFile.read(path: path).object.asFeatureCollection)
        }
        // A folder a build stamped must still hold the files it wrote (not a mix of builds).
        try BuildStamp.verify(folder: dir, reading: ["county.yaml", "townships.geojson", "villages.geojson", "sites.geojson", "lines.geojson"])
        let profile = try CountyProfile.load(path: dir + "/county.yaml")
        return try decode(profile: profile, townships: try layer("townships.geojson"), villages: try layer("villages.geojson"),
                          sites: try layer("sites.geojson"), lines: try layer("lines.geojson"))
    }
}
