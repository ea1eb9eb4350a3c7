/// An object member name, with the names GeoJSON gives meaning to recognised from
/// their bytes so that the hot path never builds a `String` for them.
enum JSONMemberName: Equatable {
    case type, id, geometry, properties, bbox, crs, features, coordinates, geometries
    case other(String)

    /// The name as written in the file.
    var text: String {
        switch self {
        case .type: "type"
        case .id: "id"
        case .geometry: "geometry"
        case .properties: "properties"
        case .bbox: "bbox"
        case .crs: "crs"
        case .features: "features"
        case .coordinates: "coordinates"
        case .geometries: "geometries"
        case .other(let s): s
        }
    }

    /// The recognised name spelled by `count` bytes at `p`, or nil.
    @inline(__always)
    static func known(_ p: UnsafePointer<UInt8>, count: Int) -> JSONMemberName? {
        switch count {
        case 2: return equal(p, "id") ? .id : nil
        case 3: return equal(p, "crs") ? .crs : nil
        case 4: return equal(p, "type") ? .type : equal(p, "bbox") ? .bbox : nil
        case 8: return equal(p, "geometry") ? .geometry : equal(p, "features") ? .features : nil
        case 10: return equal(p, "properties") ? .properties : equal(p, "geometries") ? .geometries : nil
        case 11: return equal(p, "coordinates") ? .coordinates : nil
        default: return nil
        }
    }

    /// The name for a decoded string (for names written with escapes).
    static func from(_ s: String) -> JSONMemberName {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { b in
            b.count > 0 ? known(b.baseAddress!, count: b.count) : nil
        } ?? .other(s)
    }

    @inline(__always)
    private static func equal(_ p: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
        let w = word.utf8Start
        for i in 0..<word.utf8CodeUnitCount where p[i] != w[i] { return false }
        return true
    }
}
