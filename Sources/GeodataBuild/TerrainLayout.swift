import GIS
import Planning

/// The profile's terrain units resolved against the model-input ridges: which unit
/// each ridge's mountain area is, and the lowland units (troughs, hills, plains) west
/// to east with the ridges that bound them.
struct TerrainLayout: Sendable {
    /// A lowland unit: west of `eastRidge` and east of `westRidge` (indices into the
    /// ridges; nil where the unit is open to the county's edge).
    struct Lowland: Sendable {
        var name: String
        var kind: TerrainKind
        var westRidge: Int?
        var eastRidge: Int?
        var river: String?
    }

    /// Per ridge (model-input order), the mountain unit whose area it is.
    var mountainUnit: [String]
    /// West to east, in profile order.
    var lowlands: [Lowland]
    /// The names of the mountain units.
    var mountainNames: Set<String>
    /// The first unit of the profile, for a county without lowland units or ridges.
    var fallbackName: String

    /// Resolves `units` against `ridges`, appending a warning for every unit whose ridge
    /// the model inputs lack.
    init(units: [TerrainUnitProfile], ridges: [String], county: String, file: String, inputsName: String,
         warnings: inout [Diagnostic]) {
        func index(_ ridge: String, of unit: String) -> Int? {
            if let k = ridges.firstIndex(of: ridge) { return k }
            warnings.append(Diagnostic(.warning, file: file, "\(county) has no ridge \(ridge) in \(inputsName): "
                + "terrain.geojson has no crest, mountain area or belt for it, and terrain unit \(unit) is not bounded by it"))
            return nil
        }
        mountainUnit = ridges
        mountainNames = []
        lowlands = []
        for u in units {
            if u.kind == .mountain {
                let ridge = u.ridge ?? u.name
                if let k = index(ridge, of: u.name) { mountainUnit[k] = u.name }
                mountainNames.insert(u.name)
                continue
            }
            var low = Lowland(name: u.name, kind: u.kind, westRidge: nil, eastRidge: nil, river: u.river)
            if u.between.count >= 2 {
                low.westRidge = index(u.between[0], of: u.name)
                low.eastRidge = index(u.between[1], of: u.name)
            } else if let only = u.between.first {
                // One ridge: the unit lies on the given side of it.
                let k = index(only, of: u.name)
                if u.side == "east" { low.westRidge = k } else { low.eastRidge = k }
            }
            lowlands.append(low)
        }
        for (k, r) in ridges.enumerated() where !units.contains(where: { $0.kind == .mountain && ($0.ridge ?? $0.name) == r }) {
            mountainNames.insert(mountainUnit[k])
        }
        fallbackName = units.first?.name ?? ""
    }

    /// The ridge separating lowland `i` from lowland `i + 1`: the east bound of the
    /// first or the west bound of the second.
    func separator(after i: Int) -> Int? {
        lowlands[i].eastRidge ?? lowlands[i + 1].westRidge
    }
}
