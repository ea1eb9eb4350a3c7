import Foundation
import GIS
import Planning

/// The builder's resolved inputs: the county profile (`county.yaml` of the sources
/// folder), the modelled positions (its `model_inputs` file) and the seed. No value
/// here has a county default: everything county-specific comes from the two files.
public struct BuildParameters: Sendable {
    public var profile: CountyProfile
    public var modelInputs: ModelInputs
    /// The seed of every modelled random choice (`build.seed` unless overridden).
    public var seed: UInt64
    /// Problems that did not stop the build: what the county lacks and what is left out.
    public var warnings: [Diagnostic] = []

    /// The profile file a sources folder must hold.
    public static let profileFile = "county.yaml"

    public init(profile: CountyProfile, modelInputs: ModelInputs, seed: UInt64? = nil) {
        self.profile = profile
        self.modelInputs = modelInputs
        self.seed = seed ?? profile.build.seed
    }

    /// Reads `county.yaml` and its model inputs from a sources folder. A county without
    /// model inputs (no `model_inputs` key, or no such file) builds without them, with a
    /// warning naming what is left out.
    /// - Throws: `GISError` naming the file and place of every problem.
    public static func load(sourcesFolder: String, seed: UInt64? = nil) throws -> BuildParameters {
        let profilePath = sourcesFolder + "/" + profileFile
        guard FileManager.default.fileExists(atPath: profilePath) else {
            throw GISError(file: profilePath, "no such file: the sources folder must hold the county profile \(profileFile)")
        }
        let profile = try CountyProfile.load(path: profilePath)
        var warnings: [Diagnostic] = []
        var inputs = ModelInputs()
        let name = profile.county.nameZh
        if let file = profile.sources.modelInputs {
            let path = sourcesFolder + "/" + file
            if FileManager.default.fileExists(atPath: path) {
                inputs = try ModelInputs.read(path: path)
            } else {
                warnings.append(Diagnostic(.warning, file: path, "no such file: \(name) is built without model inputs (\(Self.withoutModelInputs))"))
            }
        } else {
            warnings.append(Diagnostic(.warning, file: profilePath, "\(name) names no sources.model_inputs file: built without model inputs (\(Self.withoutModelInputs))"))
        }
        var p = BuildParameters(profile: profile, modelInputs: inputs, seed: seed)
        p.warnings = warnings
        return p
    }

    static let withoutModelInputs = "flat terrain without ridges or rivers, seats all placed by the builder, "
        + "no hazard-point zones, roads.geojson only the modelled township and village roads"

    // MARK: Shorthands of the profile

    /// The county's Chinese name, for messages.
    public var countyName: String { profile.county.nameZh }
    public var planningCRS: String { profile.crs.planning }
    public var build: BuildSettings { profile.build }
    public var terrainSettings: TerrainProfile { profile.terrain }
    public var poverty: PovertyFacts { profile.poverty }
    public var coordinateDecimals: Int { profile.build.coordinateDecimals }
    /// The model-inputs file's name for messages ("model-inputs.geojson").
    public var modelInputsName: String { profile.sources.modelInputs ?? "the model inputs (county.yaml names none)" }
}
