#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import GIS

/// The village-exit infrastructure in 2015 (一低五有: road, clinic, culture room,
/// broadband, collective income; plus water and power) and farmland, modelled: each
/// flag is drawn with a probability that falls with the poverty score and is lower in
/// poor villages; farmland is a share of the village's area that falls with slope.
enum Infrastructure {
    /// Probabilities of having each facility: (non-poor village, poor village).
    static let probabilities: [(String, Double, Double)] = [
        ("road", 0.92, 0.45), ("water", 0.88, 0.50), ("power", 1.00, 0.96),
        ("broadband", 0.82, 0.35), ("clinic", 0.93, 0.55), ("culture_room", 0.78, 0.30),
    ]

    static func apply(to v: inout [VillageRecord], seed: UInt64) {
        for i in v.indices {
            var random = Xoshiro256StarStar(seed: seed, stream: 1_000 + UInt64(i))
            var flags: [Bool] = []
            for (_, nonPoor, poor) in probabilities {
                let base = v[i].isVillage ? (v[i].isPoorVillage ? poor : nonPoor) : 1.0
                let prob = min(1, max(0, base - 0.25 * (v[i].povertyScore - 0.4)))
                flags.append(random.nextUnit() < prob)
            }
            v[i].road = flags[0]; v[i].water = flags[1]; v[i].power = flags[2]
            v[i].broadband = flags[3]; v[i].clinic = flags[4]; v[i].cultureRoom = flags[5]
            // Collective income: most poor villages have none (空壳村); others 30k–300k yuan.
            let u = random.nextUnit()
            if v[i].isPoorVillage {
                v[i].collectiveIncomeYuan = u < 0.6 ? 0 : Int((5_000 + 25_000 * random.nextUnit()).rounded())
            } else {
                v[i].collectiveIncomeYuan = Int((30_000 * pow(10, u)).rounded())
            }
            // Farmland: 45 % of the area on flat ground, falling with slope; 社区 10 %.
            let share = v[i].isVillage ? 0.45 * exp(-v[i].slopeDegrees / 12) : 0.10
            v[i].farmlandMu = (v[i].areaSquareMetres * share / (10_000.0 / 15)).rounded()
        }
    }
}
