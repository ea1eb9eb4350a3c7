import GIS
import Planning

/// A checked scenario with every default filled in: the values by dotted key path and
/// where each came from.
public struct Scenario: Sendable {
    /// Every leaf key path of the schema to its resolved value.
    public private(set) var values: [String: ScenarioValue]
    /// Where values set by files came from (leaf paths, map entries `a.b.2017`, list items `a.b[2]`).
    public private(set) var origins: [String: ScenarioOrigin]

    init(layer: ScenarioLayer) {
        var values: [String: ScenarioValue] = [:]
        for (path, field) in ScenarioSchema.leafPaths {
            let def = field.defaultValue!
            guard let set = layer.values[path] else { values[path] = def; continue }
            if case .map(var entries) = def, case .map(let overrides) = set {
                for e in overrides { ScenarioChecker.upsert(&entries, e.key, e.value) }
                if case .yearMap = field.kind { entries.sort { Int($0.key)! < Int($1.key)! } }
                values[path] = .map(entries)
            } else {
                values[path] = set
            }
        }
        self.values = values
        self.origins = layer.origins
    }

    /// The scenario with the command line's `--seed` and `--runs` (when given) in place of
    /// the files' values, so the resolved scenario records what was actually run.
    public func overriding(seed: UInt64?, runs: Int?) -> Scenario {
        var s = self
        let origin = ScenarioOrigin(file: "(command line)", line: 0, column: 0)
        if let seed {
            s.values["seed"] = .integer(Int(clamping: seed))
            s.origins["seed"] = origin
        }
        if let runs {
            s.values["runs"] = .integer(runs)
            s.origins["runs"] = origin
        }
        return s
    }

    /// The baseline defaults of the schema alone.
    public static var defaults: Scenario { Scenario(layer: ScenarioLayer()) }

    /// Where a key was set, or the schema default marker.
    public func origin(_ path: String) -> ScenarioOrigin { origins[path] ?? .schemaDefault }

    // MARK: Typed access (paths come from the schema; a wrong path is a programming error)

    /// The number at `path`, or nil when the key is not set (`unset`).
    public func optionalNumber(_ path: String) -> Double? {
        guard let v = values[path] else { preconditionFailure("scenario: no key \(path)") }
        if case .unset = v { return nil }
        guard let d = v.doubleValue else { preconditionFailure("scenario: no number at \(path)") }
        return d
    }
    public func number(_ path: String) -> Double {
        guard let d = values[path]?.doubleValue else { preconditionFailure("scenario: no number at \(path)") }
        return d
    }
    public func integer(_ path: String) -> Int {
        guard let i = values[path]?.intValue else { preconditionFailure("scenario: no integer at \(path)") }
        return i
    }
    public func bool(_ path: String) -> Bool {
        guard let b = values[path]?.boolValue else { preconditionFailure("scenario: no boolean at \(path)") }
        return b
    }
    public func text(_ path: String) -> String {
        guard let s = values[path]?.textValue else { preconditionFailure("scenario: no text at \(path)") }
        return s
    }
    public func texts(_ path: String) -> [String] {
        guard let l = values[path]?.listValue else { preconditionFailure("scenario: no list at \(path)") }
        return l.compactMap(\.textValue)
    }
    public func integers(_ path: String) -> [Int] {
        guard let l = values[path]?.listValue else { preconditionFailure("scenario: no list at \(path)") }
        return l.compactMap(\.intValue)
    }
    /// A named map as a dictionary of numbers.
    public func named(_ path: String) -> [String: Double] {
        guard let m = values[path]?.mapValue else { preconditionFailure("scenario: no map at \(path)") }
        return Dictionary(m.map { ($0.key, $0.value.doubleValue ?? 0) }, uniquingKeysWith: { $1 })
    }
    /// A year map as a value per year. Year maps merge over the defaults, so years a file
    /// does not write keep the default; a year absent from the map (none of the defaults
    /// and not written) is absent here too, and callers read it as 0.
    public func yearly(_ path: String) -> [Int: Double] {
        guard let m = values[path]?.mapValue else { preconditionFailure("scenario: no map at \(path)") }
        return Dictionary(m.map { (Int($0.key)!, $0.value.doubleValue ?? 0) }, uniquingKeysWith: { $1 })
    }

    public var name: String { text("name") }
    public var seed: UInt64 { UInt64(integer("seed")) }
    public var processNames: [String] { texts("processes") }

    /// The poverty line of `year`, yuan per person per year.
    public func povertyLine(_ year: Int) -> Double { yearly("poverty_line_yuan_per_person")[year] ?? 0 }

    /// Checks that `poverty_line_yuan_per_person` has a line for every year in `years`
    /// (the base year and every simulated year of the county profile).
    /// - Throws: `ScenarioError` at the poverty-line key naming the first year without a line.
    public func checkPovertyLines(years: ClosedRange<Int>, profileFile: String) throws {
        let lines = yearly("poverty_line_yuan_per_person")
        let path = "poverty_line_yuan_per_person"
        for year in years where (lines[year] ?? 0) <= 0 {
            throw ScenarioError(origin(path), path,
                                "no poverty line for \(year): the county profile (\(profileFile)) has years \(years.lowerBound)…\(years.upperBound), and every one needs a line (write \(path).\(year))")
        }
    }

    /// Checks every village, township, site and zone reference against the region.
    /// - Throws: `ScenarioError` at the list item that names something unknown.
    public func checkReferences(in region: Region) throws {
        for (path, field) in ScenarioSchema.leafPaths {
            guard case .list(_, let reference?) = field.kind else { continue }
            for (i, name) in texts(path).enumerated() {
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
                    throw ScenarioError(origin("\(path)[\(i)]"), "\(path)[\(i)]", "unknown \(reference.rawValue) \"\(name)\"\(hint)\(known)")
                }
            }
        }
    }
}
