import GIS
import Planning
import Simulation
import Yams

/// Reads an experiment file (YAML): every key checked, every problem reported with its
/// file:line:column (up to ``maximumProblems``), unknown keys with a did-you-mean, factor
/// paths checked against the scenario schema. Keys: docs/experiments.md.
public struct ExperimentDecoder {
    /// The most problems one report lists.
    public static let maximumProblems = 50
    /// The most points a design may have.
    public static let maximumPoints = 1_000_000

    static let topKeys = ["name", "description", "base", "strategy", "seed", "runs", "factors", "design", "outputs", "constraints", "discovery"]
    static let factorKeys = ["name", "path", "range", "levels", "scale"]
    static let designKeys = ["kind", "levels", "trajectories", "samples", "bootstrap"]
    static let outputKeys = ["name", "figure", "statistic", "threshold"]
    static let conditionKeys = ["figure", "statistic", "threshold", "at_most", "at_least"]
    static let discoveryKeys = conditionKeys + ["peel_fraction", "minimum_mass", "minimum_density"]
    static let statistics = ["mean", "p10", "p50", "p90", "share_at_most", "share_at_least"]

    let file: String
    private var problems: [ExperimentError.Problem] = []

    public init(file: String) { self.file = file }

    /// Decodes an experiment.
    /// - Throws: `ExperimentError` listing every problem found.
    public static func decode(text: String, file: String) throws -> Experiment {
        var decoder = ExperimentDecoder(file: file)
        let result = decoder.read(text)
        guard decoder.problems.isEmpty, let result else {
            throw ExperimentError(Array(decoder.problems.prefix(maximumProblems)))
        }
        return result
    }

    private mutating func fail(_ node: Node?, _ path: String, _ message: String) {
        problems.append(.init(file: file, line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0, keyPath: path, message: message))
    }

    private mutating func read(_ source: String) -> Experiment? {
        let root: Node?
        do { root = try YAMLDocument.compose(source, file: file) } catch let e as GISError {
            let d = e.diagnostics.first
            problems.append(.init(file: file, line: d?.location.line ?? 0, column: d?.location.column ?? 0, keyPath: "",
                                  message: d?.message ?? "cannot read the file as YAML"))
            return nil
        } catch {
            problems.append(.init(file: file, line: 0, column: 0, keyPath: "", message: "cannot read the file as YAML"))
            return nil
        }
        guard let root, let top = mapping(root, "", Self.topKeys) else {
            if root == nil { fail(nil, "", "the experiment file is empty: it needs at least `base`, `factors`, `design` and `outputs`") }
            return nil
        }
        let name = text(top["name"], "name") ?? "experiment"
        let base = text(top["base"], "base", required: true)
        let strategy = text(top["strategy"], "strategy")
        let seed = integer(top["seed"], "seed", 0...Int.max) ?? 2015
        let runs = integer(top["runs"], "runs", 1...100_000) ?? 10
        if let d = top["description"] { _ = text(d, "description") }

        var factors: [Factor] = []
        if let list = sequence(top["factors"], "factors", required: true) {
            if list.isEmpty { fail(top["factors"], "factors", "expected at least one factor") }
            for (i, node) in list.enumerated() {
                if let f = factor(node, "factors[\(i)]") {
                    if factors.contains(where: { $0.name == f.name }) {
                        fail(node, "factors[\(i)].name", "the factor name \"\(f.name)\" is used twice (give each a `name:`)")
                    }
                    if factors.contains(where: { $0.path == f.path }) {
                        fail(node, "factors[\(i)].path", "the key \"\(f.path)\" is varied by two factors")
                    }
                    factors.append(f)
                }
            }
        }
        let design = self.design(top["design"], factors: factors.count)
        var outputs: [ExperimentOutput] = []
        if let list = sequence(top["outputs"], "outputs", required: true) {
            if list.isEmpty { fail(top["outputs"], "outputs", "expected at least one output") }
            for (i, node) in list.enumerated() {
                if let o = output(node, "outputs[\(i)]") {
                    if outputs.contains(where: { $0.name == o.name }) { fail(node, "outputs[\(i)]", "the output name \"\(o.name)\" is used twice") }
                    outputs.append(o)
                }
            }
        }
        var constraints: [OutputCondition] = []
        if let list = sequence(top["constraints"], "constraints") {
            for (i, node) in list.enumerated() {
                if let m = mapping(node, "constraints[\(i)]", Self.conditionKeys), let c = condition(m, node, "constraints[\(i)]") { constraints.append(c) }
            }
        }
        var discovery: DiscoverySettings?
        if let node = top["discovery"], let m = mapping(node, "discovery", Self.discoveryKeys), let c = condition(m, node, "discovery") {
            discovery = DiscoverySettings(condition: c,
                                          peelFraction: number(m["peel_fraction"], "discovery.peel_fraction", 0.01...0.5) ?? 0.05,
                                          minimumMass: number(m["minimum_mass"], "discovery.minimum_mass", 0...1) ?? 0.05,
                                          minimumDensity: number(m["minimum_density"], "discovery.minimum_density", 0...1) ?? 0.8)
        }
        guard let base, let design else { return nil }
        let experiment = Experiment(name: name, base: base, factors: factors, design: design, runs: runs, seed: UInt64(seed),
                                    outputs: outputs, constraints: constraints, discovery: discovery, strategy: strategy)
        if !factors.isEmpty {
            let points = ExperimentDesign.pointCount(experiment)
            if points > Self.maximumPoints {
                fail(top["design"], "design", "the design has \(points > 10_000_000 ? "more than 10000000" : String(points)) points, more than \(Self.maximumPoints); use fewer levels or samples")
            }
        }
        return experiment
    }

    // MARK: sections

    private mutating func factor(_ node: Node, _ path: String) -> Factor? {
        guard let m = mapping(node, path, Self.factorKeys) else { return nil }
        guard let key = text(m["path"], path + ".path", required: true) else { return nil }
        let kinds = ["range", "levels", "scale"].filter { m[$0] != nil }
        guard kinds.count == 1 else {
            fail(node, path, kinds.isEmpty ? "expected one of `range: [LOW, HIGH]`, `levels: [A, B, …]` or `scale: [LOW, HIGH]`"
                                           : "give only one of `range`, `levels` and `scale` (found \(kinds.joined(separator: ", ")))")
            return nil
        }
        guard let target = FactorTarget.resolve(key) else {
            let hint = DidYouMean.suggestion(for: key, among: FactorTarget.candidates).map { "; did you mean \"\($0)\"?" } ?? ""
            fail(m["path"], path + ".path", "\"\(key)\" is not a number, integer or year map of the scenario schema\(hint) (keys: scenarios/README.md)")
            return nil
        }
        let name = text(m["name"], path + ".name") ?? key
        let kindNode = m[kinds[0]]
        let values: [Double]
        if kinds[0] == "levels" {
            guard let list = numbers(kindNode, path + ".levels"), !list.isEmpty else {
                if m["levels"]?.sequence?.isEmpty == true { fail(kindNode, path + ".levels", "expected at least one level") }
                return nil
            }
            values = list
        } else {
            guard let pair = numbers(kindNode, path + "." + kinds[0]) else { return nil }
            guard pair.count == 2, pair[0] < pair[1] else {
                fail(kindNode, path + "." + kinds[0], "expected [LOW, HIGH] with LOW < HIGH, found [\(pair.map(NumberText.format).joined(separator: ", "))]")
                return nil
            }
            values = pair
        }
        let kind: FactorKind
        switch kinds[0] {
        case "range": kind = .range(lower: values[0], upper: values[1])
        case "scale": kind = .scale(lower: values[0], upper: values[1])
        default: kind = .levels(values)
        }
        if kinds[0] == "scale" {
            if values[0] < 0 { fail(kindNode, path + ".scale", "a scale factor must be ≥ 0, found \(NumberText.format(values[0]))") }
        } else if target.isMap {
            fail(kindNode, path + "." + kinds[0], "\"\(key)\" is a map of years or names: vary it with `scale: [LOW, HIGH]`, or name one entry (\(key).\(target.entryExample))")
            return nil
        } else if let range = target.range {
            for v in values where !range.contains(v) {
                fail(kindNode, path + "." + kinds[0], "\(NumberText.format(v)) is outside what \(key) allows (\(NumberText.format(range.lowerBound))…\(NumberText.format(range.upperBound)))")
            }
        }
        return Factor(name: name, path: key, kind: kind, isInteger: target.isInteger)
    }

    private mutating func design(_ node: Node?, factors: Int) -> DesignSettings? {
        guard let node else { fail(nil, "design", "missing: expected `design: {kind: grid | latin_hypercube | morris | sobol, …}`"); return nil }
        guard let m = mapping(node, "design", Self.designKeys) else { return nil }
        guard let kindText = text(m["kind"], "design.kind", required: true) else { return nil }
        guard let kind = DesignKind(rawValue: kindText) else {
            let names = DesignKind.allCases.map(\.rawValue)
            fail(m["kind"], "design.kind", "unknown design \"\(kindText)\"\(DidYouMean.hint(for: kindText, among: names)) (one of \(names.joined(separator: ", ")))")
            return nil
        }
        var s = DesignSettings(kind: kind)
        s.levels = integer(m["levels"], "design.levels", 2...1000) ?? 4
        s.trajectories = integer(m["trajectories"], "design.trajectories", 2...10_000) ?? 10
        s.samples = integer(m["samples"], "design.samples", 2...1_000_000) ?? 64
        s.bootstrap = integer(m["bootstrap"], "design.bootstrap", 0...100_000) ?? 200
        if kind == .morris, s.levels % 2 != 0 { fail(m["levels"], "design.levels", "a Morris design needs an even number of levels (Δ = p / (2(p − 1))), found \(s.levels)") }
        if kind == .sobol, 2 * factors > SobolSequence.maximumDimensions {
            fail(node, "design", "a Sobol design takes at most \(SobolSequence.maximumDimensions / 2) factors (a \(SobolSequence.maximumDimensions)-dimensional Sobol' sequence), found \(factors)")
        }
        for key in ["levels", "trajectories", "samples", "bootstrap"] where m[key] != nil && !Self.uses(kind, key) {
            fail(m[key], "design.\(key)", "not used by a \(kind.rawValue) design")
        }
        return s
    }

    static func uses(_ kind: DesignKind, _ key: String) -> Bool {
        switch kind {
        case .grid: key == "levels"
        case .latinHypercube: key == "samples"
        case .morris: key == "levels" || key == "trajectories"
        case .sobol: key == "samples" || key == "bootstrap"
        }
    }

    private mutating func output(_ node: Node, _ path: String) -> ExperimentOutput? {
        if let s = node.scalar {
            guard Self.isFigureName(s.string) else { fail(node, path, "expected a key figure name such as county_exit_year or poor_persons_2018, found \(node.phraseForMessages)"); return nil }
            return ExperimentOutput(name: s.string, figure: s.string, statistic: .mean)
        }
        guard let m = mapping(node, path, Self.outputKeys), let figure = figure(m["figure"], path + ".figure") else { return nil }
        guard let statistic = statistic(m, path) else { return nil }
        let name = text(m["name"], path + ".name") ?? (statistic == .mean ? figure : figure + "_" + statistic.keyword)
        return ExperimentOutput(name: name, figure: figure, statistic: statistic)
    }

    private mutating func condition(_ m: [String: Node], _ node: Node, _ path: String) -> OutputCondition? {
        guard let figure = figure(m["figure"], path + ".figure"), let statistic = statistic(m, path) else { return nil }
        let atMost = number(m["at_most"], path + ".at_most", -1e300...1e300)
        let atLeast = number(m["at_least"], path + ".at_least", -1e300...1e300)
        if atMost == nil && atLeast == nil && m["at_most"] == nil && m["at_least"] == nil {
            fail(node, path, "expected `at_most:` or `at_least:` (the bound on the statistic)")
            return nil
        }
        return OutputCondition(figure: figure, statistic: statistic, atMost: atMost, atLeast: atLeast)
    }

    private mutating func statistic(_ m: [String: Node], _ path: String) -> OutputStatistic? {
        let word = text(m["statistic"], path + ".statistic") ?? "mean"
        guard Self.statistics.contains(word) else {
            fail(m["statistic"], path + ".statistic", "unknown statistic \"\(word)\"\(DidYouMean.hint(for: word, among: Self.statistics)) (one of \(Self.statistics.joined(separator: ", ")))")
            return nil
        }
        let threshold = number(m["threshold"], path + ".threshold", -1e300...1e300)
        switch word {
        case "share_at_most", "share_at_least":
            guard let threshold else {
                if m["threshold"] == nil { fail(m["statistic"], path + ".threshold", "\(word) needs `threshold:` (e.g. 2018 for county_exit_year)") }
                return nil
            }
            return word == "share_at_most" ? .shareAtMost(threshold) : .shareAtLeast(threshold)
        default:
            if m["threshold"] != nil { fail(m["threshold"], path + ".threshold", "only share_at_most and share_at_least take a threshold") }
            return ["mean": .mean, "p10": .p10, "p50": .p50, "p90": .p90][word]
        }
    }

    private mutating func figure(_ node: Node?, _ path: String) -> String? {
        guard let name = text(node, path, required: true) else { return nil }
        guard Self.isFigureName(name) else { fail(node, path, "expected a key figure name such as county_exit_year or poor_persons_2018, found \"\(name)\""); return nil }
        return name
    }

    /// Lower-case letters, digits and `_`: the shape of every key figure name (the names
    /// themselves depend on the county's years and programs and are checked before the run).
    static func isFigureName(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    // MARK: scalars

    private mutating func mapping(_ node: Node, _ path: String, _ keys: [String]) -> [String: Node]? {
        guard let m = node.mapping else {
            fail(node, path, "expected a mapping with keys \(keys.joined(separator: ", ")), found \(node.phraseForMessages)")
            return nil
        }
        var out: [String: Node] = [:]
        for (k, v) in m {
            let key = k.scalar?.string ?? ""
            let full = path.isEmpty ? key : path + "." + key
            guard keys.contains(key) else {
                fail(k, full, "unknown key\(DidYouMean.hint(for: key, among: keys)) (known here: \(keys.joined(separator: ", ")))")
                continue
            }
            out[key] = v
        }
        return out
    }

    private mutating func sequence(_ node: Node?, _ path: String, required: Bool = false) -> [Node]? {
        guard let node else { if required { fail(nil, path, "missing: expected a list") }; return nil }
        guard let s = node.sequence else { fail(node, path, "expected a list, found \(node.phraseForMessages)"); return nil }
        return Array(s)
    }

    private mutating func text(_ node: Node?, _ path: String, required: Bool = false) -> String? {
        guard let node else { if required { fail(nil, path, "missing: expected a string") }; return nil }
        guard let s = node.scalar, !s.string.isEmpty else { fail(node, path, "expected a string, found \(node.phraseForMessages)"); return nil }
        return s.string
    }

    private mutating func integer(_ node: Node?, _ path: String, _ range: ClosedRange<Int>) -> Int? {
        guard let node else { return nil }
        guard let s = node.scalar, let v = YAMLNumber.integer(s.string) else { fail(node, path, "expected an integer, found \(node.phraseForMessages)"); return nil }
        guard range.contains(v) else {
            fail(node, path, range.upperBound == Int.max ? "expected an integer ≥ \(range.lowerBound), found \(v)" : "expected an integer in \(range.lowerBound)…\(range.upperBound), found \(v)")
            return nil
        }
        return v
    }

    private mutating func number(_ node: Node?, _ path: String, _ range: ClosedRange<Double>) -> Double? {
        guard let node else { return nil }
        guard let s = node.scalar, let v = YAMLNumber.decimal(s.string) else { fail(node, path, "expected a number, found \(node.phraseForMessages)"); return nil }
        guard range.contains(v) else {
            fail(node, path, "expected a number in \(NumberText.format(range.lowerBound))…\(NumberText.format(range.upperBound)), found \(NumberText.format(v))")
            return nil
        }
        return v
    }

    private mutating func numbers(_ node: Node?, _ path: String) -> [Double]? {
        guard let node, let s = node.sequence else { fail(node, path, "expected a list of numbers, found \(node?.phraseForMessages ?? "nothing")"); return nil }
        var out: [Double] = []
        for item in s {
            guard let v = item.scalar.flatMap({ YAMLNumber.decimal($0.string) }) else { fail(item, path, "expected a number, found \(item.phraseForMessages)"); return nil }
            out.append(v)
        }
        return out
    }
}
