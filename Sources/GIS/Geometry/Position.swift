/// One position: x = longitude or easting, y = latitude or northing, optional z
/// (elevation in metres). Files use lon/lat in WGS 84 order (RFC 7946 §3.1.1).
public struct Position: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var z: Double?

    public init(_ x: Double, _ y: Double, _ z: Double? = nil) {
        self.x = x; self.y = y; self.z = z
    }
    public init(x: Double, y: Double, z: Double? = nil) {
        self.x = x; self.y = y; self.z = z
    }
}
