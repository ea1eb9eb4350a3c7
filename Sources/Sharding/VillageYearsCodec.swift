import Foundation
import Simulation

/// The village figures of a run (`RunResult.villages`, years × villages), the bulk of a
/// shard record, as compact bytes (docs/shards.md): per village-year, in year then village
/// order, nine signed 32-bit little-endian integers (households, persons, poorHouseholds,
/// poorPersons, liftedOutPersons, newPoorPersons, relocatedPersons, relocatedPoorPersons,
/// and 1 when exited else 0) and the binary64 bits of incomeYuan (little-endian). Exact:
/// every value reads back to the same bits. ``RunResultCodec`` writes each year's row
/// with its village count before it.
public enum VillageYearsCodec {
    /// Bytes per village-year: nine 32-bit integers and one binary64.
    public static let bytesPerVillageYear = 9 * 4 + 8

    /// The Base64 text of `villages` (years × villages) without counts; a count beyond 32
    /// bits is clamped.
    public static func encode(_ villages: [[VillageYear]]) -> String {
        var w = ByteWriter(capacity: villages.reduce(0) { $0 + $1.count } * bytesPerVillageYear)
        for year in villages { for v in year { append(v, to: &w) } }
        return Data(w.bytes).base64EncodedString()
    }

    /// The figures of `years` years × `villages` villages from ``encode(_:)``'s text; nil
    /// when it is not Base64 of exactly that many village-years (negative or overflowing
    /// counts included).
    public static func decode(_ text: String, years: Int, villages: Int) -> [[VillageYear]]? {
        guard years >= 0, villages >= 0 else { return nil }
        let (cells, o1) = years.multipliedReportingOverflow(by: villages)
        let (size, o2) = cells.multipliedReportingOverflow(by: bytesPerVillageYear)
        guard !o1, !o2, let data = Data(base64Encoded: text), data.count == size else { return nil }
        var r = ByteReader(bytes: [UInt8](data))
        var out: [[VillageYear]] = []
        out.reserveCapacity(years)
        for _ in 0..<years {
            var row: [VillageYear] = []
            row.reserveCapacity(villages)
            for _ in 0..<villages {
                guard let v = read(&r) else { return nil }
                row.append(v)
            }
            out.append(row)
        }
        return out
    }

    /// Appends one year's row: its village count (32-bit), then its village-years.
    static func append(_ row: [VillageYear], to w: inout ByteWriter) {
        w.int(row.count)
        for v in row { append(v, to: &w) }
    }

    /// One year's row as ``append(_:to:)`` wrote it; nil when damaged.
    static func read(from r: inout ByteReader) -> [VillageYear]? {
        r.array(atLeast: bytesPerVillageYear) { read(&$0) }
    }

    private static func append(_ v: VillageYear, to w: inout ByteWriter) {
        w.int(v.households); w.int(v.persons); w.int(v.poorHouseholds); w.int(v.poorPersons)
        w.int(v.liftedOutPersons); w.int(v.newPoorPersons); w.int(v.relocatedPersons)
        w.int(v.relocatedPoorPersons); w.int(v.exited ? 1 : 0)
        w.double(v.incomeYuan)
    }

    private static func read(_ r: inout ByteReader) -> VillageYear? {
        guard let households = r.int(), let persons = r.int(), let poorHouseholds = r.int(), let poorPersons = r.int(),
              let liftedOut = r.int(), let newPoor = r.int(), let relocated = r.int(), let relocatedPoor = r.int(),
              let exited = r.int(), exited == 0 || exited == 1, let income = r.double() else { return nil }
        var v = VillageYear()
        v.households = households; v.persons = persons; v.poorHouseholds = poorHouseholds; v.poorPersons = poorPersons
        v.liftedOutPersons = liftedOut; v.newPoorPersons = newPoor; v.relocatedPersons = relocated
        v.relocatedPoorPersons = relocatedPoor; v.exited = exited == 1; v.incomeYuan = income
        return v
    }
}
