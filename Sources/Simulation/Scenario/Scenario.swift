import GIS
import Planning

/// A checked scenario with every default filled in: the values by dotted key path, where
/// each came from, and the typed parameters decoded from them once.
public struct Scenario: Sendable {
    /// Every leaf key path of the schema to its resolved value.
    public private(set) var values: [String: ScenarioValue]
    /// Where values set by files came from (leaf paths, map entries `a.b.2017`, list items `a.b[2]`).
    public private(set) var origins: [String: ScenarioOrigin]
    /// Every parameter, typed (what the simulation reads).
    public private(set) var parameters: ScenarioParameters

    /// - Throws: `ScenarioError` when values contradict each other (see `ScenarioParameters`).
    init(layer: ScenarioLayer) throws {
        var values: [String: ScenarioValue] = [:]
        for (path, field) in ScenarioSchema.leafPaths {
            values[path] = Self.resolved(field, layer.values[path])
        }
        self.values = values
        self.origins = layer.origins
        self.parameters = try ScenarioParameters(ScenarioReader(values: values, origins: layer.origins))
    }

    /// The value of a leaf `field` when the files set `set` (nil: not set): the default,
    /// or the set value, a map's entries merged over the default's.
    static func resolved(_ field: ScenarioField, _ set: ScenarioValue?) -> ScenarioValue {
        let def = field.defaultValue ?? .unset
        guard let set else { return def }
        if case .map(var entries) = def, case .map(let overrides) = set {
            for e in overrides { ScenarioChecker.upsert(&entries, e.key, e.value) }
            return .map(ScenarioOverrideApplier.sorted(entries, field.kind))
        }
        return set
    }

    /// The scenario with the command line's `--seed` and `--runs` (when given) in place of
    /// the files' values, so the resolved scenario records what was actually run.
    public func overriding(seed: UInt64?, runs: Int?) -> Scenario {
        var s = self
        let origin = ScenarioOrigin(file: "(command line)", line: 0, column: 0)
        if let seed {
            s.values[ScenarioParameters.seed.name] = .integer(Int(clamping: seed))
            s.origins[ScenarioParameters.seed.name] = origin
            s.parameters.seed = UInt64(Int(clamping: seed))
        }
        if let runs {
            s.values[ScenarioParameters.runs.name] = .integer(runs)
            s.origins[ScenarioParameters.runs.name] = origin
            s.parameters.runs = runs
        }
        return s
    }

    /// The scenario under another `name` (a what-if copy in a comparison); the origin of
    /// `name` is then `origin`.
    public func named(_ name: String, origin: ScenarioOrigin = ScenarioOrigin(file: "(command line)", line: 0, column: 0)) -> Scenario {
        var s = self
        s.values[ScenarioParameters.name.name] = .text(name)
        s.origins[ScenarioParameters.name.name] = origin
        s.parameters.name = name
        return s
    }

    /// Where a key was set, or the schema default marker.
    public func origin(_ path: String) -> ScenarioOrigin { origins[path] ?? .schemaDefault }

    /// The reader of the top level (for a section's errors and region checks).
    var reader: ScenarioReader { ScenarioReader(values: values, origins: origins) }

    public var name: String { parameters.name }
    public var seed: UInt64 { parameters.seed }
    /// Runs when the command line gives none.
    public var runs: Int { parameters.runs }
    /// True when the scenario is meant to reproduce the county's reported figures.
    public var calibration: Bool { parameters.calibration }
    public var processNames: [String] { parameters.processes }
    /// The years whose poverty line is an assumption.
    public var povertyLineAssumedYears: [Int] { parameters.povertyLineAssumedYears }

    /// The poverty line of `year`, yuan per person per year.
    public func povertyLine(_ year: Int) -> Double { parameters.povertyLineYuanPerPerson[year] ?? 0 }

    /// Checks that `poverty_line_yuan_per_person` has a line for every year in `years`
    /// (the base year and every simulated year of the county profile).
    /// - Throws: `ScenarioError` at the poverty-line key naming the first year without a line.
    public func checkPovertyLines(years: ClosedRange<Int>, profileFile: String) throws {
        let lines = parameters.povertyLineYuanPerPerson
        let path = ScenarioParameters.povertyLine.name
        for year in years where (lines[year] ?? 0) <= 0 {
            throw ScenarioError(origin(path), path,
                                "no poverty line for \(year): the county profile (\(profileFile)) has years \(years.lowerBound)…\(years.upperBound), and every one needs a line (write \(path).\(year))")
        }
    }

    /// Checks the scenario against the region: every village, township, site and zone
    /// reference names one of the region's, and what each section checks against the
    /// region (see `ScenarioSection.check(in:_:)`).
    /// - Throws: `ScenarioError` at the key or list item at fault.
    ///   Every problem is reported (the error thrown is the first, the others attached).
    public func check(in region: Region) throws {
        var problems: [ScenarioError] = []
        for check in [{ try checkReferences(in: region) }, { try parameters.check(in: region, reader) }] {
            do { try check() } catch let e as ScenarioError { problems += e.all }
        }
        if !problems.isEmpty { throw ScenarioError.combining(problems) }
    }

    /// Checks every village, township, site and zone reference against the region.
    /// - Throws: `ScenarioError` at every list item that names something unknown.
    public func checkReferences(in region: Region) throws {
        var problems: [ScenarioError] = []
        for (path, field) in ScenarioSchema.leafPaths {
            guard case .list(_, let reference?) = field.kind else { continue }
            for (i, name) in (values[path]?.listValue ?? []).compactMap(\.textValue).enumerated() {
                let known: Bool
                let candidates: [String]
                switch reference {
                case .village: known = region.villageIndex[name] != nil; candidates = region.villages.map(\.id)
                case .township: known = region.townshipIndex[name] != nil; candidates = region.townships.map(\.code)
                case .site: known = region.siteIndex[name] != nil; candidates = region.sites.map(\.id)
                case .zone: known = region.zoneIndex(named: name) != nil; candidates = region.zones.map(\.name)
                }
                if !known {
                    let hint = DidYouMean.suggestion(for: name, among: candidates).map { "; did you mean \"\($0)\"?" } ?? ""
                    let known = reference == .zone
                        ? " (zones of the county profile \(region.profile.file): \(candidates.map { "\"\($0)\"" }.joined(separator: ", ")))" : ""
                    problems.append(ScenarioError(origin("\(path)[\(i)]"), "\(path)[\(i)]", "unknown \(reference.rawValue) \"\(name)\"\(hint)\(known)"))
                }
            }
        }
        if !problems.isEmpty { throw ScenarioError.combining(problems) }
    }
}
