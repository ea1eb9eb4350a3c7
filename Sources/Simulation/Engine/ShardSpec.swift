/// Shard `index` of `count` (`--shard I/N`, 0 ≤ I < N): a contiguous, balanced share of a
/// list of work units in canonical order. Shards 0…N-1 together take every unit exactly
/// once; shard sizes differ by at most one.
public struct ShardSpec: Hashable, Sendable, Codable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    /// The largest shard count accepted (a Slurm array or Kubernetes Job of this many tasks).
    public static let maximumCount = 1_000_000

    /// - Returns: nil unless 1 ≤ count ≤ `maximumCount` and 0 ≤ index < count.
    public init?(index: Int, count: Int) {
        guard count >= 1, count <= Self.maximumCount, index >= 0, index < count else { return nil }
        self.index = index; self.count = count
    }

    /// Parses `I/N` (decimal integers, 0 ≤ I < N); nil when the text is not of this form.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let i = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: i, count: n)
    }

    /// The positions in 0..<total this shard takes: [⌊I·total/N⌋, ⌊(I+1)·total/N⌋).
    public func range(of total: Int) -> Range<Int> {
        let lower = Int((Int64(index) * Int64(total)) / Int64(count))
        let upper = Int((Int64(index + 1) * Int64(total)) / Int64(count))
        return lower..<upper
    }

    /// This shard's share of `units` (which should be in canonical order).
    public func share(_ units: [WorkUnit]) -> [WorkUnit] { Array(units[range(of: units.count)]) }

    public var description: String { "\(index)/\(count)" }
}
