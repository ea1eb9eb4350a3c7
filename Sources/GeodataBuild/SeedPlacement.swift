import GIS

/// Best-candidate placement of seeds (township seats, village seeds) inside a region,
/// deterministic for a seed: each new seed is the best of `candidates` random points
/// inside the region, scored by its distance to the seeds already placed divided by a
/// terrain factor (so that seeds crowd in the troughs and thin out on the ridges).
struct SeedPlacement {
    /// Places `count` new seeds inside `region` (planning CRS).
    /// - Parameters:
    ///   - fixed: seeds already placed (anchors, the township seat), kept.
    ///   - crowding: the divisor of the distance score at a point (≥ 1 on high ground).
    /// - Complexity: O(count × candidates × (fixed + count)).
    static func place(count: Int, in region: PreparedGeometry, box: BoundingBox, fixed: [Position],
                      candidates: Int, random: inout Xoshiro256StarStar,
                      crowding: (Position) -> Double) -> [Position] {
        var placed = fixed
        var result: [Position] = []
        for _ in 0..<count {
            var best: (Position, Double)? = nil
            var tries = 0
            var accepted = 0
            while accepted < candidates && tries < candidates * 400 {
                tries += 1
                let p = Position(box.minX + random.nextUnit() * box.width, box.minY + random.nextUnit() * box.height)
                guard region.contains(p) else { continue }
                accepted += 1
                var d = Double.infinity
                for q in placed { d = min(d, PlanarPolyline.length(p, q)) }
                let score = (d.isFinite ? d : 1e9) / crowding(p)
                if best == nil || score > best!.1 { best = (p, score) }
            }
            guard let chosen = best?.0 else { break }
            placed.append(chosen)
            result.append(chosen)
        }
        return result
    }
}
