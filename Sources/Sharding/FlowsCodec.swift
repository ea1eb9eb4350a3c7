import Simulation

/// The relocation flows of a run (`RunResult.flows`) as compact bytes, part of
/// ``RunResultCodec``'s layout (docs/shards.md): the distinct village and site IDs once,
/// in order of first use, then five signed 32-bit little-endian integers per flow (year,
/// village ID's index, site ID's index, households, persons). As JSON objects the flows
/// were a quarter of a record (a county of 475 villages) and most of `merge`'s decoding time.
///
/// Layout: u32 S, then S strings (u32 byte length, UTF-8 bytes); u32 F, then F × 5 × i32.
/// Exact: every flow reads back equal, in the same order.
enum FlowsCodec {
    /// Bytes per flow after the ID table: five 32-bit integers.
    static let bytesPerFlow = 5 * 4

    /// Appends `flows`; a count beyond 32 bits is clamped.
    static func append(_ flows: [Flow], to w: inout ByteWriter) {
        var ids: [String] = [], index: [String: Int] = [:]
        func id(_ s: String) -> Int {
            if let k = index[s] { return k }
            index[s] = ids.count
            ids.append(s)
            return ids.count - 1
        }
        let rows = flows.map { ($0.year, id($0.villageID), id($0.siteID), $0.households, $0.persons) }
        w.int(ids.count)
        for s in ids { w.string(s) }
        w.int(rows.count)
        for r in rows { w.int(r.0); w.int(r.1); w.int(r.2); w.int(r.3); w.int(r.4) }
    }

    /// The flows as ``append(_:to:)`` wrote them; nil when damaged (a length or an index out
    /// of range, an ID that is not UTF-8).
    static func read(from r: inout ByteReader) -> [Flow]? {
        guard let ids = r.array(atLeast: 4, { $0.string() }),
              let flows = r.array(atLeast: bytesPerFlow, { r -> Flow? in
                  guard let year = r.int(), let v = r.int(), let s = r.int(), let households = r.int(), let persons = r.int(),
                        ids.indices.contains(v), ids.indices.contains(s) else { return nil }
                  return Flow(year: year, villageID: ids[v], siteID: ids[s], households: households, persons: persons)
              }) else { return nil }
        return flows
    }
}
