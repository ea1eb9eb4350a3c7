/// A problem in a scenario file, printed the way compilers print:
/// `scenarios/x.yaml:12:5: programs.tourism.villages_by_year.2017: expected an integer in 0…100000, found "thirty"`.
///
/// A scenario's problems are reported together: the error thrown is the first, and
/// `others` holds the rest (up to ``reportLimit`` in all; `leftOff` counts the ones beyond).
public struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
    public var origin: ScenarioOrigin
    /// The dotted key path, e.g. `programs.tourism.villages_by_year.2017`.
    public var keyPath: String
    public var message: String
    /// The other problems found in the same scenario, in the order found.
    public var others: [ScenarioError] = []
    /// How many more problems were found beyond ``reportLimit``.
    public var leftOff = 0

    /// The most problems one report lists.
    public static let reportLimit = 50

    public init(_ origin: ScenarioOrigin, _ keyPath: String, _ message: String) {
        self.origin = origin; self.keyPath = keyPath; self.message = message
    }

    /// The first problem's line: `file:line:column: key.path: message`.
    public var line: String {
        let place = origin.line > 0 ? "\(origin.file):\(origin.line):\(origin.column): " : "\(origin.file): "
        return place + (keyPath.isEmpty ? "" : "\(keyPath): ") + message
    }

    /// Every problem, this one first, each without `others`.
    public var all: [ScenarioError] {
        var first = self
        first.others = []; first.leftOff = 0
        return [first] + others.flatMap(\.all)
    }

    /// Every problem's line, and a last line saying how many were left off.
    public var lines: [String] {
        let total = all.count + leftOff + others.reduce(0) { $0 + $1.leftOff }
        var out = all.prefix(Self.reportLimit).map(\.line)
        if total > out.count { out.append("… and \(total - out.count) more problems in this scenario (only the first \(Self.reportLimit) are listed)") }
        return out
    }

    /// One line per problem.
    public var description: String { lines.joined(separator: "\n") }

    /// The problems as one error: the first, with the others (up to ``reportLimit``) attached.
    /// - Precondition: `errors` is not empty (an empty list gives a generic error).
    public static func combining(_ errors: [ScenarioError]) -> ScenarioError {
        let flat = errors.flatMap(\.all)
        let leftOff = errors.reduce(0) { $0 + $1.leftOff + $1.others.reduce(0) { $0 + $1.leftOff } }
        guard var first = flat.first else { return ScenarioError(.schemaDefault, "", "the scenario has problems") }
        first.others = Array(flat.dropFirst().prefix(reportLimit - 1))
        first.leftOff = leftOff + max(0, flat.count - reportLimit)
        return first
    }
}
