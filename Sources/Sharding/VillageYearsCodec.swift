import Foundation
import Simulation

/// The village figures of a run (`RunResult.villages`, years × villages), the bulk of a
/// shard record, as compact bytes (docs/shards.md, `villages`): per village-year, in year
/// then village order, nine signed 32-bit little-endian integers (households, persons,
/// poorHouseholds, poorPersons, liftedOutPersons, newPoorPersons, relocatedPersons,
/// relocatedPoorPersons, and 1 when exited else 0) and the binary64 bits of incomeYuan (little-endian); carried in
/// the JSON line as Base64. Exact: every value reads back to the same bits.
public enum VillageYearsCodec {
    /// Bytes per village-year: nine 32-bit integers and one binary64.
    public static let bytesPerVillageYear = 9 * 4 + 8

    /// The Base64 text of `villages` (years × villages); a count beyond 32 bits is clamped.
    public static func encode(_ villages: [[VillageYear]]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(villages.reduce(0) { $0 + $1.count } * bytesPerVillageYear)
        func int(_ v: Int) { let x = UInt32(bitPattern: Int32(clamping: v)); for k in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: x >> (8 * k))) } }
        for year in villages {
            for v in year {
                int(v.households); int(v.persons); int(v.poorHouseholds); int(v.poorPersons)
                int(v.liftedOutPersons); int(v.newPoorPersons); int(v.relocatedPersons); int(v.relocatedPoorPersons); int(v.exited ? 1 : 0)
                let bits = v.incomeYuan.bitPattern
                for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * k))) }
            }
        }
        return Data(bytes).base64EncodedString()
    }

    /// The figures of `years` years × `villages` villages; nil when the text is not Base64
    /// of exactly that many village-years (negative or overflowing counts included).
    public static func decode(_ text: String, years: Int, villages: Int) -> [[VillageYear]]? {
        guard years >= 0, villages >= 0 else { return nil }
        let (cells, o1) = years.multipliedReportingOverflow(by: villages)
        let (size, o2) = cells.multipliedReportingOverflow(by: bytesPerVillageYear)
        guard !o1, !o2, let data = Data(base64Encoded: text), data.count == size else { return nil }
        let bytes = [UInt8](data)
        var at = 0
        func int() -> Int {
            var x: UInt32 = 0
            for k in 0..<4 { x |= UInt32(bytes[at + k]) << (8 * k) }
            at += 4
            return Int(Int32(bitPattern: x))
        }
        var out: [[VillageYear]] = []
        out.reserveCapacity(years)
        for _ in 0..<years {
            var row: [VillageYear] = []
            row.reserveCapacity(villages)
            for _ in 0..<villages {
                var v = VillageYear()
                v.households = int(); v.persons = int(); v.poorHouseholds = int(); v.poorPersons = int()
                v.liftedOutPersons = int(); v.newPoorPersons = int(); v.relocatedPersons = int(); v.relocatedPoorPersons = int(); v.exited = int() != 0
                var bits: UInt64 = 0
                for k in 0..<8 { bits |= UInt64(bytes[at + k]) << (8 * k) }
                at += 8
                v.incomeYuan = Double(bitPattern: bits)
                row.append(v)
            }
            out.append(row)
        }
        return out
    }
}
