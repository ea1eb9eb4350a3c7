import GIS

extension Region {
    /// Reads the county profile `county.yaml` and `townships`, `villages`, `sites` and
    /// `lines` `.geojson` from a geodata folder (as the geodata builder writes it) and
    /// checks the schema contract.
    ///
    /// Two things run side by side (on two threads when the process may use two CPUs):
    /// the profile and the planning CRS's PROJ set-up (`proj_create_crs_to_crs`, which
    /// searches PROJ's database and costs about as much as decoding all four layers), and
    /// the build stamp and the four layers. Problems are reported in the same order as
    /// one thread would meet them, so the region and every error are the same.
    ///
    /// - Parameter geodataDirectory: the folder, as the user named it (used in messages).
    /// - Throws: `GISError` naming the file when it is missing or unreadable, or does not
    ///   match the folder's build stamp (`build-stamp.json`, when it has one), or the
    ///   file, feature index, id and property when its content breaks the contract.
    /// - Complexity: O(size of the five files).
    public static func load(geodataDirectory: String) throws -> Region {
        let dir = geodataDirectory.hasSuffix("/") ? String(geodataDirectory.dropLast()) : geodataDirectory
        let parts = ParallelFor.map(2, threads: 2) { k in
            k == 0 ? LoadPart.profile(dir: dir) : LoadPart.layers(dir: dir)
        }
        guard case .layers(let stamp, let layers) = parts[1], case .profile(let profile, let transformation) = parts[0] else {
            preconditionFailure("Region.load: parts out of order")
        }
        // One thread's order: the build stamp, the profile, each layer, then the region.
        try stamp.get()
        let p = try profile.get()
        let l = try layers.map { try $0.get() }
        return try decode(profile: p, townships: l[0], villages: l[1], sites: l[2], lines: l[3],
                          transformation: { try transformation.get().value })
    }
}

/// One half of `Region.load`'s work and its outcome, handed from the thread that did it
/// to the caller. The transformation inside is made on the worker thread and then used
/// only by the caller's thread (PROJ objects may change threads, never be shared), which
/// is why this is `@unchecked Sendable`.
private enum LoadPart: @unchecked Sendable {
    /// `county.yaml`, and the transformation to its planning CRS (only tried when the profile decoded).
    case profile(Result<CountyProfile, any Error>, transformation: Result<TransformationHandOver, any Error>)
    /// `build-stamp.json` checked, then each layer of `Region.requiredLayerFiles` (in that order).
    case layers(stamp: Result<Void, any Error>, layers: [Result<RegionLayer, any Error>])

    static func profile(dir: String) -> LoadPart {
        let profile = Result { try CountyProfile.load(path: dir + "/county.yaml") }
        let transformation: Result<TransformationHandOver, any Error>
        switch profile {
        case .success(let p): transformation = Result { TransformationHandOver(value: try Region.planningTransformation(p)) }
        case .failure(let e): transformation = .failure(e)
        }
        return .profile(profile, transformation: transformation)
    }

    static func layers(dir: String) -> LoadPart {
        // A folder a build stamped must still hold the files it wrote (not a mix of builds).
        let stamp = Result { try BuildStamp.verify(folder: dir, reading: ["county.yaml"] + Region.requiredLayerFiles) }
        let layers = Region.requiredLayerFiles.map { name in
            Result {
                let path = dir + "/" + name
                return RegionLayer(file: path, features: try GeoJSONFile.read(path: path).object.asFeatureCollection)
            }
        }
        return .layers(stamp: stamp, layers: layers)
    }
}

/// A transformation passed from the thread that made it to the one that uses it.
private struct TransformationHandOver {
    let value: Transformation
}
