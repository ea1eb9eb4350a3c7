import Foundation
import GIS
import Yams

extension RegionFile {
    /// Reads the region file at `path` and checks what it names: every geodata folder
    /// exists and holds a county profile whose code is the county's, no folder is named
    /// twice, every county covers the same years, and every scenario file exists.
    /// - Throws: `GISError` listing every problem (file, line:column, key path), or naming
    ///   the file when it cannot be read.
    public static func load(path: String) throws -> RegionFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GISError(file: path, FileManager.default.fileExists(atPath: path) ? "cannot read the region file" : "no region file here")
        }
        // The text's problems and those of the folders and files it names, all at once.
        let (region, textProblems) = try decodeCollecting(text: try UTF8Text.decode([UInt8](data), file: path), file: path)
        var problems = textProblems
        func add(_ at: SourceLocation, _ message: String) { problems.append(Diagnostic(.error, file: path, location: at, message)) }
        var folders: [String: (code: String, at: SourceLocation)] = [:]
        var firstYears: (code: String, years: PlanYears)?
        for county in region.counties {
            for (k, scenario) in county.scenarios.enumerated() where !scenario.isEmpty {
                if !isFile(scenario) {
                    add(county.scenarioLocations[k], "no scenario file at \(scenario) (paths are relative to the region file's folder)")
                }
            }
            guard !county.geodata.isEmpty else { continue }
            guard isFolder(county.geodata) else {
                add(county.geodataLocation, "no geodata folder at \(county.geodata); build it with `benkang geodata build --sources SOURCES --out \(county.geodata)` (paths are relative to the region file's folder)")
                continue
            }
            let canonical = URL(fileURLWithPath: county.geodata).standardizedFileURL.resolvingSymlinksInPath().path
            if let earlier = folders[canonical] {
                add(county.geodataLocation, "the same geodata folder as county \(earlier.code) (line \(earlier.at.line ?? 0)); each county has its own geodata")
                continue
            }
            folders[canonical] = (county.code, county.geodataLocation)
            let profile: CountyProfile
            do { profile = try CountyProfile.load(directory: county.geodata) } catch let e as GISError {
                add(county.geodataLocation, "the geodata folder's county profile cannot be used (\(e.diagnostics.count) problem\(e.diagnostics.count == 1 ? "" : "s"), listed below)")
                problems += e.diagnostics
                continue
            }
            if !county.code.isEmpty && profile.county.code != county.code {
                add(county.codeLocation, "the geodata folder \(county.geodata) holds county \(profile.county.code) (\(profile.county.nameZh)), not \(county.code)")
            }
            if let first = firstYears {
                if first.years != profile.years {
                    add(county.geodataLocation, "county \(county.code) covers \(profile.years.base)–\(profile.years.end), county \(first.code) \(first.years.base)–\(first.years.end); the counties of a region share their years (the region totals add them year by year)")
                }
            } else {
                firstYears = (county.code, profile.years)
            }
        }
        if !problems.isEmpty { throw GISError(problems) }
        return region
    }

    /// True when the YAML file at `path` is a mapping with the top-level key `region`
    /// (a scenario has none); false for anything else, including an unreadable file.
    public static func isRegionFile(path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else { return false }
        // Without the word, or an escape that could spell it in a quoted key, no key can be
        // `region`: a scenario is told apart without composing its YAML (which `simulate`
        // does next anyway; 2–3 ms of every run's start).
        guard text.utf8.contains(UInt8(ascii: "\\")) || text.contains(markerKey) else { return false }
        guard let root = try? YAMLDocument.compose(text, file: path), let mapping = root.mapping else { return false }
        return mapping.contains { $0.key.scalar?.string == markerKey }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
