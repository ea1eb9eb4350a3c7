import Planning

/// Invariants of a run, checked after every year when `SimulationRun.checkInvariants`
/// is on. A failure is a bug in the engine, reported by `precondition`.
extension SimulationState {
    /// - Every household lives in exactly one place (its village, or one valid site), and
    ///   the persons at each site equal the site's recorded occupancy, within capacity.
    /// - No program has spent beyond its budget in any year.
    /// - County figures equal the sums of village figures, and incidence is consistent.
    /// - Complexity: O(households + villages × years).
    public func checkInvariants(world: SimulationWorld, result: RunResult) {
        var atSite = [Int](repeating: 0, count: world.sites.count)
        var persons = 0
        for i in 0..<households.count {
            let p = Int(households.persons[i])
            precondition(p >= 1, "household \(i) has \(p) persons")
            persons += p
            let at = Int(households.location[i])
            precondition(at >= -1 && at < world.sites.count, "household \(i) at unknown place \(at)")
            if at >= 0 { atSite[at] += p }
            precondition(households.flags[i].contains(.relocated) == (at >= 0), "household \(i): relocated flag and place disagree")
            precondition(at < 0 || !households.flags[i].contains(.movedBack), "household \(i) moved back but lives at a site")
        }
        precondition(persons == world.populationPersons, "persons not conserved: \(persons) ≠ \(world.populationPersons)")
        for s in world.sites.indices {
            precondition(atSite[s] == siteOccupancyPersons[s], "site \(world.sites[s].id): occupancy \(siteOccupancyPersons[s]) ≠ persons there \(atSite[s])")
            precondition(atSite[s] <= max(world.sites[s].capacityPersons, 0), "site \(world.sites[s].id) over capacity")
        }
        // Quota sold never exceeds the quota the reclaimed land created (by the year of the sale).
        var quota = 0.0, sold = 0.0
        for year in settlement.keys.sorted() {
            quota += settlement[year]!.quotaMu
            sold += settlement[year]!.quotaSoldMu
            precondition(sold <= quota + 1e-6, "quota sold (\(sold) mu) beyond the reclaimed quota (\(quota) mu) by \(year)")
        }
        for (program, years) in ledger.spentYuan {
            for (year, spent) in years {
                precondition(spent <= (ledger.budgetYuan[program]?[year] ?? 0) + 1e-3, "\(program) overspent in \(year)")
            }
        }
        for (y, c) in result.county.enumerated() {
            let vs = result.villages[y]
            precondition(c.population == vs.reduce(0) { $0 + $1.persons }, "county population ≠ sum of villages")
            precondition(c.poorPersons == vs.reduce(0) { $0 + $1.poorPersons }, "county poor ≠ sum of villages")
            precondition(c.population == world.populationPersons, "population changed in \(c.year)")
            precondition(c.poorPersons <= c.population && c.incidence >= 0 && c.incidence <= 1, "incidence out of range")
        }
    }
}
