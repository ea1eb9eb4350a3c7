import Foundation

/// Checks and repairs feature geometries: RFC 7946 ring orientation (exterior
/// counterclockwise, holes clockwise) and OGC validity as GEOS judges it.
///
/// Orientation is a warning (GeoJSON readers must accept either); an invalid polygon
/// (self-intersection, hole outside its shell, …) is an error because areas, overlays
/// and point-in-polygon answers are wrong on it. Only polygonal geometries (also inside
/// GeometryCollections) are checked; points and lines pass.
///
/// Not `Sendable`: it owns a ``GEOSContext``; make one per thread.
public struct GeometryValidator {
    let geos: GEOSContext

    /// - Throws: ``GEOSError`` when no GEOS context can be created.
    public init() throws { geos = try GEOSContext() }

    /// Warnings for wrongly oriented rings and errors for invalid polygons (GEOS's
    /// reason, with its location as lon/lat), each naming the file, the feature index
    /// and id, and the path of the ring or geometry. Ordered by feature, then path.
    /// - Complexity: O(n log n) in positions.
    public func validate(_ fc: FeatureCollection, file: String?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, feature) in fc.features.enumerated() {
            guard let geometry = feature.geometry else { continue }
            for part in PolygonalPart.parts(of: geometry) {
                let location = { (path: String) in SourceLocation(featureIndex: index, featureID: feature.id, path: path) }
                for (p, polygon) in part.polygons.enumerated() {
                    for (r, ring) in polygon.rings.enumerated() {
                        let found = RingOrientation(of: ring), expected = RingOrientation.expected(ringIndex: r)
                        guard found != .degenerate, found != expected else { continue }
                        diagnostics.append(Diagnostic(.warning, file: file, location: location(part.ringPath(p, r)),
                            "\(r == 0 ? "exterior ring" : "hole") is \(found.rawValue); RFC 7946 §3.1.6 expects \(expected.rawValue)"))
                    }
                }
                if let problem = problem(part.geometry) {
                    diagnostics.append(Diagnostic(.error, file: file, location: location(part.path),
                                                  "invalid \(part.geometry.typeName): \(problem)"))
                }
            }
        }
        return diagnostics
    }

    /// Orients rings per RFC 7946 and repairs invalid polygonal geometries with
    /// `GEOSMakeValid_r` (keeping the polygonal parts of the repair when it has any).
    /// Returns the fixed collection and one `.fixed` diagnostic per reversed ring or
    /// repaired geometry. Geometries GEOS cannot even build (for example a ring of three
    /// positions) are left unchanged; ``validate(_:file:)`` still reports them.
    /// - Complexity: O(n log n) in positions.
    public func fix(_ fc: FeatureCollection, file: String?) -> (FeatureCollection, [Diagnostic]) {
        var fixed = fc
        var diagnostics: [Diagnostic] = []
        for (index, feature) in fc.features.enumerated() {
            guard let geometry = feature.geometry else { continue }
            var notes: [(path: String, message: String)] = []
            fixed.features[index].geometry = fixGeometry(geometry, path: "geometry", notes: &notes)
            for note in notes {
                diagnostics.append(Diagnostic(.fixed, file: file,
                    location: SourceLocation(featureIndex: index, featureID: feature.id, path: note.path), note.message))
            }
        }
        return (fixed, diagnostics)
    }

    /// GEOS's account of what is wrong with `g`, or nil when it is valid.
    func problem(_ g: Geometry) -> String? {
        do {
            let validity = try geos.validity(g)
            if validity.isValid { return nil }
            return (validity.reason ?? "GEOS gave no reason") + (validity.location.map { " at " + Self.lonLat($0) } ?? "")
        } catch let error as GEOSError {
            return "GEOS cannot build it (\(error.message))"
        } catch {
            return "GEOS cannot build it (\(error))"
        }
    }

    /// "lon 106.812345, lat 30.334567" (``DecimalWriter``, 6 decimals).
    static func lonLat(_ p: Position) -> String {
        func degrees(_ v: Double) -> String { DecimalWriter.string(v, decimals: 6) ?? "\(v)" }
        return "lon \(degrees(p.x)), lat \(degrees(p.y))"
    }

    private func fixGeometry(_ g: Geometry, path: String, notes: inout [(path: String, message: String)]) -> Geometry {
        switch g {
        case .polygon, .multiPolygon:
            if let problem = problem(g), let repaired = repair(g, problem: problem, path: path, notes: &notes) {
                return repaired
            }
            return orient(g, path: path, notes: &notes)
        case .geometryCollection(let members):
            return .geometryCollection(members.enumerated().map { i, member in
                fixGeometry(member, path: "\(path).geometries[\(i)]", notes: &notes)
            })
        default:
            return g
        }
    }

    /// `g` made valid and oriented, or nil when GEOS cannot repair it.
    private func repair(_ g: Geometry, problem: String, path: String,
                        notes: inout [(path: String, message: String)]) -> Geometry? {
        guard !problem.hasPrefix("GEOS cannot build"), let made = try? geos.makeValid(g) else { return nil }
        var (result, dropped) = PolygonalPart.keepPolygons(made)
        var ignored: [(path: String, message: String)] = []
        result = orient(result, path: path, notes: &ignored)
        var message = "repaired invalid \(g.typeName) (\(problem)) with GEOS MakeValid into a \(result.typeName)"
        if case .multiPolygon(let ps) = result { message += " of \(ps.count) parts" }
        if dropped > 0 { message += ", dropping \(dropped) collapsed non-polygonal part\(dropped == 1 ? "" : "s")" }
        notes.append((path, message + "; rings oriented per RFC 7946"))
        return result
    }

    private func orient(_ g: Geometry, path: String, notes: inout [(path: String, message: String)]) -> Geometry {
        func orientOne(_ polygon: Polygon, _ polygonPath: String) -> Polygon {
            let (oriented, reversed) = polygon.orientedPerRFC7946()
            for r in reversed {
                notes.append(("\(polygonPath)[\(r)]", r == 0
                    ? "exterior ring reversed to counterclockwise (RFC 7946 §3.1.6)"
                    : "hole reversed to clockwise (RFC 7946 §3.1.6)"))
            }
            return oriented
        }
        switch g {
        case .polygon(let p): return .polygon(orientOne(p, "\(path).coordinates"))
        case .multiPolygon(let ps):
            return .multiPolygon(ps.enumerated().map { k, p in orientOne(p, "\(path).coordinates[\(k)]") })
        default: return g
        }
    }
}
