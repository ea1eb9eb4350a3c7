import Foundation
import GIS
import Yams

/// Reading a region file's text. Every problem is reported at once, each with the file,
/// line:column, key path and what was expected; unknown keys get a did-you-mean.
extension RegionFile {
    /// The run counts a region's `runs` allows (the range of a scenario's `runs`).
    public static let runsRange = 1...100_000

    /// Decodes region YAML text read from `file` (paths inside resolve against its folder).
    /// Checks the text only; ``load(path:)`` also checks the folders and files it names.
    /// - Throws: `GISError` listing every problem (file, line:column, key path).
    public static func decode(text: String, file: String) throws -> RegionFile {
        let (region, problems) = try decodeCollecting(text: text, file: file)
        if !problems.isEmpty { throw GISError(problems) }
        return region
    }

    /// The region as far as it could be read, and every problem of its text.
    /// - Throws: `GISError` only when the text is not YAML or not a mapping.
    static func decodeCollecting(text: String, file: String) throws -> (RegionFile, [Diagnostic]) {
        let problems = YAMLProblems(file: file)
        let root = try YAMLDocument.compose(text, file: file)
        guard let root, root.mapping != nil else {
            throw GISError(file: file, location: SourceLocation(line: 1, column: 1),
                           "expected a mapping of region keys (region, strategies, counties)")
        }
        let m = YAMLMap(root, path: "", docPath: "", problems: problems)
        let region = read(m, file: file)
        m.finish()
        return (region, problems.diagnostics)
    }

    /// Every key path the decoder knows, list items written `[]` (for the documentation
    /// check), read from a sample text that sets every key.
    public static func knownKeyPaths(readingSample text: String) -> Set<String> {
        let problems = YAMLProblems(file: "sample")
        if let root = try? YAMLDocument.compose(text, file: "sample") {
            _ = read(YAMLMap(root, path: "", docPath: "", problems: problems), file: "sample")
        }
        return problems.knownPaths
    }

    static func read(_ m: YAMLMap, file: String) -> RegionFile {
        var name = "", nameEn = ""
        if let r = m.map(markerKey) {
            name = r.string("name")
            nameEn = r.string("name_en")
            r.finish()
        }
        let seed = m.optionalInteger("seed", 0...Int.max).map { UInt64($0) }
        let runs = m.optionalInteger("runs", runsRange)
        let strategies = readStrategies(m)
        let folder = (file as NSString).deletingLastPathComponent
        let counties = m.list("counties") { readCounty($0, strategies: strategies, folder: folder) }
        if counties.isEmpty, let node = m.value("counties"), node.sequence != nil {
            m.report(node, "counties", "expected at least one county")
        }
        checkUniqueCodes(m, counties)
        return RegionFile(name: name, nameEn: nameEn, seed: seed, runs: runs, strategies: strategies,
                          counties: counties, file: file)
    }

    /// `strategies`: a non-empty list of unique names usable as folder names.
    static func readStrategies(_ m: YAMLMap) -> [String] {
        let names = m.strings("strategies")
        guard let node = m.value("strategies"), let items = node.sequence else { return names }
        if items.isEmpty { m.report(node, "strategies", "expected at least one strategy name") }
        var seen: [String: Node] = [:]
        for (i, item) in items.enumerated() {
            guard let s = item.scalar?.string, !s.isEmpty else { continue }
            if !isFolderName(s) {
                m.report(item, "strategies[\(i)]", "expected a strategy name of letters, digits, '-', '_' or '.' (it names output folders), found \"\(s)\"")
            }
            if let first = seen[s] {
                m.report(item, "strategies[\(i)]", "strategy \"\(s)\" is listed twice (first at line \(first.mark?.line ?? 0):\(first.mark?.column ?? 0))")
            } else {
                seen[s] = item
            }
        }
        return names
    }

    static func readCounty(_ c: YAMLMap, strategies: [String], folder: String) -> RegionCounty {
        let code = c.string("code")
        let codeNode = c.value("code")
        if !code.isEmpty, !(code.count == 6 && code.allSatisfy { $0.isASCII && $0.isNumber }), let codeNode {
            c.report(codeNode, "code", "expected a 6-digit administrative code in quotes, found \"\(code)\"")
        }
        let name = c.string("name")
        let geodata = c.string("geodata")
        let geodataNode = c.value("geodata")
        var scenarios: [String] = [], locations: [SourceLocation] = []
        if let s = c.map("scenarios") {
            for strategy in strategies {
                guard let v = s.value(strategy) else {
                    if let node = s.node, node.mapping != nil {
                        s.report(node, strategy, "county \(code.isEmpty ? "?" : code) gives no scenario for the strategy \"\(strategy)\" (every county gives one file per strategy in `strategies`)")
                    }
                    scenarios.append(""); locations.append(location(s.node, s.keyPath(strategy))); continue
                }
                let path = s.string(strategy)
                scenarios.append(path.isEmpty ? "" : resolve(path, against: folder))
                locations.append(location(v, s.keyPath(strategy)))
            }
            s.finish()
        } else {
            scenarios = strategies.map { _ in "" }
            locations = strategies.map { _ in location(c.node, c.keyPath("scenarios")) }
        }
        return RegionCounty(code: code, name: name, geodata: geodata.isEmpty ? "" : resolve(geodata, against: folder),
                            scenarios: scenarios, geodataLocation: location(geodataNode ?? c.node, c.keyPath("geodata")),
                            scenarioLocations: locations, codeLocation: location(codeNode ?? c.node, c.keyPath("code")))
    }

    /// Reports a county code given twice, at the repetition.
    static func checkUniqueCodes(_ m: YAMLMap, _ counties: [RegionCounty]) {
        var first: [String: SourceLocation] = [:]
        for (i, county) in counties.enumerated() where !county.code.isEmpty {
            if let earlier = first[county.code] {
                m.problems.add(line: county.codeLocation.line ?? 0, column: county.codeLocation.column ?? 0, "counties[\(i)].code",
                               "county code \"\(county.code)\" is given twice (first at line \(earlier.line ?? 0):\(earlier.column ?? 0)); each county appears once")
            } else {
                first[county.code] = county.codeLocation
            }
        }
    }

    /// `path` as written, or joined to the region file's folder when relative.
    static func resolve(_ path: String, against folder: String) -> String {
        normalized(path.hasPrefix("/") || folder.isEmpty ? path : folder + "/" + path)
    }

    /// `path` with `.` components and `name/..` pairs removed, as written (no link is
    /// followed): `scenarios/regions/../baseline.yaml` is `scenarios/baseline.yaml`.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", path.hasPrefix("/"), parts.isEmpty { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    static func location(_ node: Node?, _ path: String) -> SourceLocation {
        SourceLocation(line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0, path: path)
    }

    /// True for a name of ASCII letters, digits, '-', '_' and '.', not "." or "..".
    static func isFolderName(_ s: String) -> Bool {
        s != "." && s != ".." && s.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "-_.".unicodeScalars.contains($0)
        }
    }
}
