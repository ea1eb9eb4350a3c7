/// A township (镇 or 乡) of the county.
public struct Township: Hashable, Sendable {
    /// 12-digit statistical code, e.g. "511623100000".
    public var code: String
    public var name: String
    /// "镇" or "乡".
    public var kind: String
    /// The township seat, longitude and latitude in degrees (EPSG:4326).
    public var seatLongitude: Double
    public var seatLatitude: Double

    public init(code: String, name: String, kind: String, seatLongitude: Double, seatLatitude: Double) {
        self.code = code; self.name = name; self.kind = kind
        self.seatLongitude = seatLongitude; self.seatLatitude = seatLatitude
    }
}
