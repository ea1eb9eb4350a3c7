/// A problem in a scenario file, printed the way compilers print:
/// `scenarios/x.yaml:12:5: programs.tourism.villages_by_year.2017: expected an integer in 0…100000, found "thirty"`.
public struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
    public var origin: ScenarioOrigin
    /// The dotted key path, e.g. `programs.tourism.villages_by_year.2017`.
    public var keyPath: String
    public var message: String

    public init(_ origin: ScenarioOrigin, _ keyPath: String, _ message: String) {
        self.origin = origin; self.keyPath = keyPath; self.message = message
    }

    public var description: String {
        let place = origin.line > 0 ? "\(origin.file):\(origin.line):\(origin.column): " : "\(origin.file): "
        return place + (keyPath.isEmpty ? "" : "\(keyPath): ") + message
    }
}
