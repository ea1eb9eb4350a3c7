import Foundation
import GIS

/// The `info` / `project` benchmark file: a deterministic FeatureCollection (seed 160)
/// of `features` small village-like polygons over lon 106.7–107.3°, lat 29.95–30.55°,
/// 8 to 26 vertices each with 6 decimals, one in eight with a hole, and five properties
/// (a string code, a Chinese name, two integers, a Boolean). 160,000 features make
/// about 98 MB, the size the measurements used.
func infoBenchmarkCollection(features count: Int) -> [UInt8] {
    var random = Xoshiro256StarStar(seed: 160)
    var features: [Feature] = []
    features.reserveCapacity(count)
    for i in 0..<count {
        let vertices = 8 + Int(random.nextUnit() * 19)
        let cx = 106.7 + 0.6 * random.nextUnit(), cy = 29.95 + 0.6 * random.nextUnit()
        let radius = 0.001 + 0.004 * random.nextUnit()
        var rings = [smallRing(cx, cy, radius, vertices, &random)]
        if i % 8 == 0 { rings.append(smallRing(cx, cy, radius / 3, 8, &random)) }
        let properties: JSONObject = [
            "code": .string("990000\(100_000 + i)"), "name": .string("村\(i)"),
            "households": .number(Double(50 + Int(random.nextUnit() * 900))),
            "poor_persons": .number(Double(Int(random.nextUnit() * 400))),
            "poor": .bool(random.nextUnit() < 0.3),
        ]
        features.append(Feature(id: .number(Double(i)), geometry: .polygon(Polygon(rings: rings)), properties: properties))
    }
    return GeoJSONEncoder().encode(FeatureCollection(features: features))
}

/// A closed counter-clockwise ring of `n` vertices around (cx, cy), rounded to 6 decimals.
private func smallRing(_ cx: Double, _ cy: Double, _ radius: Double, _ n: Int,
                       _ random: inout Xoshiro256StarStar) -> CoordinateSequence {
    var xy: [Double] = []
    xy.reserveCapacity(2 * n + 2)
    for k in 0..<n {
        let angle = 2 * Double.pi * Double(k) / Double(n)
        let r = radius * (0.6 + 0.4 * random.nextUnit())
        xy.append(((cx + r * cos(angle)) * 1e6).rounded() / 1e6)
        xy.append(((cy + r * sin(angle)) * 1e6).rounded() / 1e6)
    }
    xy.append(xy[0]); xy.append(xy[1])
    return CoordinateSequence(xy: xy)
}
