import GIS
import Planning

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Synthesizes every household of the simulated villages from their base-year attributes.
///
/// Poor and non-poor households are drawn separately; sizes are drawn and then adjusted
/// one person at a time so that each village's poor households and persons, and its
/// households and population, match its attributes exactly. Poor incomes lie between
/// the scenario's fractions of the base year's line; non-poor incomes are log-normal above a
/// floor (a multiple of the line), rescaled so that the village's mean income per person equals
/// `income_per_capita_2015` (when that mean is above the non-poor floor, as in every 村).
public struct HouseholdSynthesis: Sendable {
    let baseLine: Double
    let poorMin, poorMax, nonpoorMin, sigma, labourPerPerson, poorNoLabour: Double
    let illPoor, illNonpoor, unsafePoor, unsafeNonpoor, willing: Double
    let sharePoor, shareNonpoor: [Double]

    /// - Parameter baseYear: the county profile's base year, whose poverty line the incomes are set against.
    public init(scenario s: Scenario, baseYear: Int) {
        let p = s.parameters.households
        baseLine = s.povertyLine(baseYear)
        poorMin = p.poorIncomeMinFractionOfLine
        poorMax = p.poorIncomeMaxFractionOfLine  // at least poorMin (checked with the scenario)
        nonpoorMin = p.nonpoorIncomeMinFractionOfLine
        sigma = p.nonpoorIncomeSigma
        labourPerPerson = p.labourersPerPerson
        poorNoLabour = p.poorWithoutLabourFraction
        illPoor = p.chronicIllnessFractionPoor
        illNonpoor = p.chronicIllnessFractionNonpoor
        unsafePoor = p.unsafeHousingFractionPoor
        unsafeNonpoor = p.unsafeHousingFractionNonpoor
        willing = s.parameters.programs.relocation.takeUpFraction
        sharePoor = p.incomeSharePoor
        shareNonpoor = p.incomeShareNonpoor
    }

    /// Appends the households of `village` (index `v`) to `table`, drawing from `random`.
    /// - Complexity: O(households + population) of the village.
    public func synthesize(village: Village, index v: Int, into table: inout HouseholdTable, random: inout Xoshiro256StarStar) {
        let poorSizes = Self.sizes(households: village.poorHouseholds, persons: village.poorPersons, random: &random)
        let otherSizes = Self.sizes(households: village.households - village.poorHouseholds,
                                    persons: village.populationPersons - village.poorPersons, random: &random)
        var poorPerCapita: [Double] = []
        var poorTotal = 0.0
        for size in poorSizes {
            let pc = baseLine * (poorMin + (poorMax - poorMin) * random.nextUnit())
            poorPerCapita.append(pc); poorTotal += pc * Double(size)
        }
        let otherPersons = Double(village.populationPersons - village.poorPersons)
        var otherMean = otherPersons > 0 ? (village.incomeYuanPerPerson2015 * Double(village.populationPersons) - poorTotal) / otherPersons : 0
        let floor = baseLine * nonpoorMin
        otherMean = max(otherMean, floor * 1.05)
        var weights: [Double] = []
        var weighted = 0.0
        for size in otherSizes {
            let w = exp(sigma * random.nextNormal() - sigma * sigma / 2)
            weights.append(w); weighted += w * Double(size)
        }
        let scale = weighted > 0 ? (otherMean - floor) * otherPersons / weighted : 0
        for (k, size) in poorSizes.enumerated() {
            add(size, poorPerCapita[k], poor: true, &table, &random)
        }
        for (k, size) in otherSizes.enumerated() {
            add(size, floor + scale * weights[k], poor: false, &table, &random)
        }
        table.completeColumns(village: v)
    }

    private func add(_ size: Int, _ perCapita: Double, poor: Bool, _ table: inout HouseholdTable, _ random: inout Xoshiro256StarStar) {
        var labour = 0
        for _ in 0..<size where random.nextUnit() < labourPerPerson { labour += 1 }
        if poor && random.nextUnit() < poorNoLabour { labour = 0 } else if labour == 0 && (size > 1 || !poor) { labour = 1 }
        let shares = poor ? sharePoor : shareNonpoor
        let total = perCapita * Double(size)
        var farm = total * shares[0], wages = total * shares[1], remit = total * shares[2], transfers = total * shares[3]
        if labour == 0 { transfers += wages; wages = 0 }
        var f: HouseholdFlags = poor ? [.poor, .everPoor] : []
        if random.nextUnit() < (poor ? illPoor : illNonpoor) { f.insert(.ill) }
        if random.nextUnit() < (poor ? unsafePoor : unsafeNonpoor) { f.insert(.unsafeHousing) }
        if random.nextUnit() < willing { f.insert(.willingToMove) }
        // Round to whole yuan in Float so that column sums are exact.
        farm = farm.rounded(); wages = wages.rounded(); remit = remit.rounded()
        transfers = (total.rounded() - farm - wages - remit)
        table.appendDrawn(persons: size, labourers: labour,
                          incomes: (Float(farm), Float(wages), Float(remit), Float(transfers)), flags: f)
    }

    /// `households` sizes (each at least 1, at most 12 or the mean rounded up when that
    /// is larger) summing exactly to `persons`.
    /// - Precondition: households ≤ persons, and persons is 0 when households is (the
    ///   region loader checks both).
    static func sizes(households: Int, persons: Int, random: inout Xoshiro256StarStar) -> [Int] {
        guard households > 0 else { precondition(persons == 0, "sizes: \(persons) persons without households"); return [] }
        precondition(persons >= households, "sizes: \(persons) persons for \(households) households")
        let mean = Double(persons) / Double(households)
        let largest = max(12, Int(mean.rounded(.up)))
        var sizes = (0..<households).map { _ in min(largest, max(1, Int((mean + 1.1 * random.nextNormal()).rounded()))) }
        var total = sizes.reduce(0, +)
        while total != persons {
            let i = Int(random.next() % UInt64(households))
            if total < persons, sizes[i] < largest { sizes[i] += 1; total += 1 }
            else if total > persons, sizes[i] > 1 { sizes[i] -= 1; total -= 1 }
        }
        return sizes
    }
}
