import Foundation
import GIS
import Planning

/// The county totals before and after `geodata import`, beside the county facts of
/// county.yaml (`poverty.rural_poor_persons`, `poverty.poor_villages`,
/// `poverty.rural_incidence`); differences from the facts are warnings.
struct ImportTotalsReport {
    var before: VillageTotals
    var after: VillageTotals
    var geodata: String

    /// The profile of the geodata folder, or of its sources folder; nil (with a note) when
    /// there is none or it cannot be read.
    private func facts() -> (PovertyFacts, String)? {
        let candidates = [geodata, (geodata as NSString).appendingPathComponent("sources")]
            .map { ($0 as NSString).appendingPathComponent(CountyProfile.fileName) }
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            printError("\(candidates[0]): warning: no county profile; the totals are not compared with the county facts")
            return nil
        }
        do {
            return (try CountyProfile.load(path: path).poverty, path)
        } catch let error as GISError {
            printError("\(path): warning: the county profile cannot be read, so the totals are not compared (\(error.diagnostics.count) problem(s); first: \(error.diagnostics.first?.message ?? ""))")
            return nil
        } catch {
            return nil
        }
    }

    func print() {
        let county = facts()
        func percent(_ x: Double) -> String { String(format: "%.2f %%", x * 100) }
        let rows: [(String, String, String, String)] = [
            ("rural poor persons", "\(before.ruralPoorPersons)", "\(after.ruralPoorPersons)", county.map { "\($0.0.ruralPoorPersons)" } ?? "–"),
            ("poor villages", "\(before.poorVillages)", "\(after.poorVillages)", county.map { "\($0.0.poorVillages)" } ?? "–"),
            ("rural population", "\(before.ruralPopulation)", "\(after.ruralPopulation)", county.map { "\($0.0.ruralPopulation)" } ?? "–"),
            ("rural incidence", percent(before.ruralIncidence), percent(after.ruralIncidence), county.map { percent($0.0.ruralIncidence) } ?? "–"),
            ("population (all villages)", "\(before.population)", "\(after.population)", "–"),
        ]
        func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, n - s.count))
            return left ? s + fill : fill + s
        }
        Swift.print(pad("county totals", 26, left: true) + pad("before", 10) + pad("imported", 10) + pad("county.yaml", 13))
        for r in rows { Swift.print(pad(r.0, 26, left: true) + pad(r.1, 10) + pad(r.2, 10) + pad(r.3, 13)) }
        guard let (f, path) = county else { return }
        if after.ruralPoorPersons != f.ruralPoorPersons {
            printError("\(path): warning: the villages now hold \(after.ruralPoorPersons) rural poor persons; poverty.rural_poor_persons says \(f.ruralPoorPersons) (\(signed(after.ruralPoorPersons - f.ruralPoorPersons)))")
        }
        if after.poorVillages != f.poorVillages {
            printError("\(path): warning: the villages now have \(after.poorVillages) poor villages; poverty.poor_villages says \(f.poorVillages) (\(signed(after.poorVillages - f.poorVillages)))")
        }
        if abs(after.ruralIncidence - f.ruralIncidence) >= 0.00005 {
            printError("\(path): warning: the rural incidence is now \(percent(after.ruralIncidence)); poverty.rural_incidence says \(percent(f.ruralIncidence))")
        }
    }

    private func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : "\(n)" }
}
