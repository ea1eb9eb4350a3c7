/// A township (镇, 乡, 民族乡 or 街道) of the county.
public struct Township: Hashable, Sendable {
    /// 12-digit statistical code.
    public var code: String
    public var name: String
    /// "镇", "乡", "民族乡" or "街道" (subdistrict).
    public var kind: String
    /// The township seat, longitude and latitude in degrees (EPSG:4326).
    public var seatLongitude: Double
    public var seatLatitude: Double
    /// The township facilities of the county exit rule (一低三有) it has in the base year.
    public var facilities: Set<TownshipFacility>

    public init(code: String, name: String, kind: String, seatLongitude: Double, seatLatitude: Double,
                facilities: Set<TownshipFacility> = Set(TownshipFacility.allCases)) {
        self.code = code; self.name = name; self.kind = kind
        self.seatLongitude = seatLongitude; self.seatLatitude = seatLatitude
        self.facilities = facilities
    }
}
