import GIS

extension ModelInputs {
    /// The feature kinds of a model-inputs file.
    public static let kinds = ["ridge", "crest", "river", "low_point", "seat_anchor", "hazard_point", "road"]

    /// Reads and checks a model-inputs FeatureCollection (lon/lat).
    /// - Throws: one `GISError` listing every problem found, each with the file, the
    ///   feature index and the property.
    public static func read(path: String) throws -> ModelInputs {
        let collection = try GeoJSONFile.read(path: path).object.asFeatureCollection
        var problems: [Diagnostic] = []
        var inputs = ModelInputs()
        inputs.file = path
        var crests: [(index: Int, ridge: String, point: CrestPoint)] = []
        for (i, f) in collection.features.enumerated() {
            let r = InputFeatureReader(file: path, index: i, feature: f)
            let source = r.string("source") ?? ""
            switch r.string("kind") {
            case "ridge":
                if let name = r.string("name"), let axis = r.line(), let w = r.number("half_width_m", min: 1) {
                    if inputs.ridge(named: name) != nil { r.problem("name", "ridge \"\(name)\" is given twice") }
                    inputs.ridges.append(RidgeSpec(name: name, axis: axis, crest: [], halfWidthMetres: w,
                                                   beltName: r.optionalString("belt"), source: source))
                }
            case "crest":
                if let ridge = r.string("ridge"), let label = r.string("label"), let p = r.point(withHeight: true) {
                    crests.append((i, ridge, CrestPoint(position: p, label: label, source: source)))
                }
            case "river":
                if let name = r.string("name"), let trough = r.string("trough"), let path = r.line() {
                    inputs.rivers.append(RiverSpec(name: name, trough: trough, path: path, source: source))
                }
            case "low_point":
                if let name = r.string("name"), let p = r.point(withHeight: true) {
                    if inputs.lowPoint != nil { r.problem("kind", "a second low_point: give one") }
                    inputs.lowPoint = LowPointSpec(name: name, position: p, river: r.optionalString("river"), source: source)
                }
            case "seat_anchor":
                if let t = r.string("township"), let why = r.string("reason"), let p = r.point(withHeight: false) {
                    if inputs.seatAnchors.contains(where: { $0.name == t }) { r.problem("township", "a second seat_anchor for \(t)") }
                    inputs.seatAnchors.append(SeatAnchor(name: t, position: p, reason: why))
                }
            case "hazard_point":
                if let g = r.string("group"), let note = r.string("note"), let p = r.point(withHeight: false) {
                    inputs.hazardPoints.append(HazardPoint(group: g, position: p, note: note))
                }
            case "road":
                if let kind = r.string("road_kind"), let name = r.string("name"), let ref = r.string("ref"), let path = r.line() {
                    if !["expressway", "national"].contains(kind) {
                        r.problem("road_kind", "expected \"expressway\" or \"national\", found \"\(kind)\"")
                    }
                    inputs.roads.append(RoadSpec(kind: kind, name: name, ref: ref, path: path, source: source))
                }
            case let other?:
                r.problem("kind", "expected one of \(kinds.joined(separator: ", ")), found \"\(other)\"")
            case nil: break
            }
            problems += r.problems
        }
        for c in crests {
            guard let k = inputs.ridges.firstIndex(where: { $0.name == c.ridge }) else {
                problems.append(Diagnostic(.error, file: path, location: SourceLocation(featureIndex: c.index, path: "properties.ridge"),
                                           "no ridge feature is named \"\(c.ridge)\""))
                continue
            }
            inputs.ridges[k].crest.append(c.point)
        }
        for r in inputs.ridges where r.crest.isEmpty {
            problems.append(Diagnostic(.error, file: path, "ridge \"\(r.name)\" has no crest point (kind crest, ridge \"\(r.name)\")"))
        }
        guard problems.isEmpty else { throw GISError(problems) }
        return inputs
    }
}

/// Reads typed properties and the geometry of one model-inputs feature, collecting
/// every problem (file, feature index, property) instead of stopping at the first.
final class InputFeatureReader {
    let file: String
    let index: Int
    let feature: Feature
    private(set) var problems: [Diagnostic] = []

    init(file: String, index: Int, feature: Feature) {
        self.file = file; self.index = index; self.feature = feature
    }

    func problem(_ path: String, _ message: String) {
        let full = path == "geometry" ? path : "properties." + path
        problems.append(Diagnostic(.error, file: file, location: SourceLocation(featureIndex: index, path: full), message))
    }

    /// A required non-empty string property.
    func string(_ name: String) -> String? {
        guard let v = feature[property: name], !v.isNull else { problem(name, "missing property \"\(name)\""); return nil }
        guard let s = v.stringValue, !s.isEmpty else { problem(name, "expected a non-empty string, found \(v.typeName)"); return nil }
        return s
    }

    /// An optional string property (absent or null gives nil).
    func optionalString(_ name: String) -> String? {
        guard let v = feature[property: name], !v.isNull else { return nil }
        guard let s = v.stringValue else { problem(name, "expected a string, found \(v.typeName)"); return nil }
        return s
    }

    func number(_ name: String, min: Double) -> Double? {
        guard let v = feature[property: name], !v.isNull else { problem(name, "missing property \"\(name)\""); return nil }
        guard let d = v.doubleValue, d.isFinite else { problem(name, "expected a number, found \(v.typeName)"); return nil }
        guard d >= min else { problem(name, "expected a number ≥ \(min), found \(d)"); return nil }
        return d
    }

    /// The feature's Point (with z in metres when `withHeight`).
    func point(withHeight: Bool) -> Position? {
        guard case .point(let p)? = feature.geometry else {
            problem("geometry", "expected a Point, found \(feature.geometry?.typeName ?? "null")"); return nil
        }
        guard lonLatOK(p) else { return nil }
        if withHeight && p.z == nil { problem("geometry", "expected a Point with a height (lon, lat, metres)"); return nil }
        return withHeight ? p : Position(p.x, p.y)
    }

    /// The feature's LineString (at least two positions).
    func line() -> [Position]? {
        guard case .lineString(let s)? = feature.geometry else {
            problem("geometry", "expected a LineString, found \(feature.geometry?.typeName ?? "null")"); return nil
        }
        let points = Array(s)
        guard points.count >= 2 else { problem("geometry", "expected a LineString of at least two positions"); return nil }
        return points.allSatisfy(lonLatOK) ? points.map { Position($0.x, $0.y) } : nil
    }

    private func lonLatOK(_ p: Position) -> Bool {
        guard (-180...180).contains(p.x), (-90...90).contains(p.y) else {
            problem("geometry", "expected lon/lat degrees, found (\(p.x), \(p.y))"); return false
        }
        return true
    }
}
