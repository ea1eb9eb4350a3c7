import Foundation
import GIS
import Planning
import Reports

/// Prints the county totals before and after `geodata import` (Reports'
/// `ImportTotalsTable`) beside the county facts of county.yaml
/// (`poverty.rural_poor_persons`, `poverty.poor_villages`, `poverty.rural_incidence`);
/// differences from the facts are warnings.
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
        func percent(_ x: Double) -> String { ImportTotalsTable.percent(x) }
        Swift.print(ImportTotalsTable.render(before: before, after: after, facts: county?.0), terminator: "")
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
