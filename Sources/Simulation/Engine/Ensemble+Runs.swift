import GIS

extension Ensemble {
    /// The runs `runIndices` of the ensemble seeded with `seed`, in the order given: run r
    /// is seeded with `RandomStreams.runSeed(seed:run:)` exactly as in
    /// `run(_:seed:runs:threads:progress:)`, so its result is the same whether it runs
    /// alone, in a shard or in the whole ensemble, on any number of threads.
    /// - Parameters:
    ///   - threads: worker threads (default: every processor the process may use).
    ///   - progress: called (from worker threads, serialized) with the number of runs done.
    /// - Complexity: O(runIndices.count × households × years) work, divided over `threads`.
    public static func run(_ simulation: SimulationRun, seed: UInt64, runIndices: [Int], threads: Int? = nil,
                           progress: (@Sendable (Int) -> Void)? = nil) -> [RunResult] {
        guard !runIndices.isEmpty else { return [] }
        _ = retainFreedMemory
        let done = Counter()
        return eachTakingTheNext(runIndices.count, threads: threads) { k in
            let result = simulation.run(runSeed: RandomStreams.runSeed(seed: seed, run: runIndices[k]))
            progress?(done.increment())
            return result
        }
    }
}
