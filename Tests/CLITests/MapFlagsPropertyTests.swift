import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PropertyBased
import Testing

/// Property: `benkang map` with random flags inside their documented ranges (page, scale,
/// theme, year, symbols, small multiples, classification method, classes, palette, manual
/// breaks) on the repository's geodata and a run table writes a well-formed SVG (Foundation's
/// XMLParser reads it whole, its root is `svg`) and exits 0, or, for a custom page too small
/// or too flat to hold the map's frame, exits 64 saying so. Custom pages have sides of
/// 20–5,000 mm in any proportion (pages of 50–90 mm once crashed, a 400×50 mm page hung in
/// ScaleBar); scales are the flag's whole range, 1:1,000–1:10,000,000.
@Suite struct MapFlagsPropertyTests {
    static let palettes = ["YlOrRd", "OrRd", "YlGnBu", "YlGn", "Blues", "Greens", "Purples", "Greys", "RdBu", "PuOr", "BrBG"]
    static let namedPages = ["a4-portrait", "a4-landscape", "a3-portrait", "a3-landscape", "a4", "a3"]
    static let metrics = ["poor_persons", "incidence", "income_per_capita", "population", "exit_year"]
    static let methods = ["quantile", "equal-interval", "natural-breaks", "manual"]
    /// Maps per run (BENKANG_PROPERTY_CASES overrides): each runs `benkang map` once.
    static let cases = Int(ProcessInfo.processInfo.environment["BENKANG_PROPERTY_CASES"] ?? "") ?? 10

    @Test func randomMapFlagsWithinTheirRangesDrawAWellFormedSVG() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("benkang-map-flags-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let maxima = try SyntheticRun.write(into: dir.appendingPathComponent("run"))
        await propertyCheck(count: Self.cases, input: Gen.double(in: 0...1).array(of: 12)) { u in
            let arguments = Self.flags(u, run: dir.appendingPathComponent("run").path, maxima: maxima)
            let out = dir.appendingPathComponent("m.svg")
            try? FileManager.default.removeItem(at: out)
            let r: CLI.Result
            do { r = try CLI.run(["map"] + arguments + ["-o", out.path]) } catch {
                Issue.record("could not run benkang map: \(error)"); return
            }
            let customPage = arguments.contains { $0.contains("x") && $0.first?.isNumber == true }
            if r.status == 64 && customPage {
                #expect(r.stderr.contains("page"), "a refused page is named: \(r.stderr)")
                #expect(!FileManager.default.fileExists(atPath: out.path), "nothing written for a refused page")
                return
            }
            #expect(r.status == 0, "benkang map \(arguments.joined(separator: " ")): \(r.stderr)")
            guard r.status == 0 else { return }
            let data = (try? Data(contentsOf: out)) ?? Data()
            let check = SVGCheck()
            let parser = XMLParser(data: data)
            parser.delegate = check
            #expect(parser.parse(), "not well-formed XML (\(parser.parserError.map { "\($0)" } ?? "")): benkang map \(arguments.joined(separator: " "))")
            #expect(check.root == "svg", "root element \(check.root ?? "none"): benkang map \(arguments.joined(separator: " "))")
            #expect(check.elements > 10, "an almost empty map: benkang map \(arguments.joined(separator: " "))")
        }
    }

    /// The flags drawn from twelve numbers in 0…1.
    static func flags(_ u: [Double], run: String, maxima: [String: Double]) -> [String] {
        func pick<T>(_ items: [T], _ x: Double) -> T { items[min(items.count - 1, Int(x * Double(items.count)))] }
        var a: [String] = []
        if u[0] < 0.5 {
            a += ["--page", pick(namedPages, u[1])]
        } else {
            let w = (20 * pow(250, u[1])).rounded()  // 20…5,000 mm, log-uniform
            let h = (20 * pow(250, u[2])).rounded()
            a += ["--page", "\(Int(w))x\(Int(h))"]
        }
        if u[3] < 0.4 { a += ["--scale", String(Int((1_000 * pow(10_000, u[4])).rounded()))] }
        guard u[5] >= 0.2 else { return a }  // the base map
        let metric = pick(metrics, u[6])
        a += ["--run", run, "--theme", metric]
        if metric == "exit_year" { return a }
        a += ["--year", String(2015 + Int(u[7] * 5.999))]
        if u[8] < 0.25 { a.append("--symbols") } else if u[8] > 0.85 { a.append("--small-multiples") }
        if a.contains("--symbols") { return a }
        let palette = pick(palettes, u[9])
        let classes = 2 + Int(u[10] * 7.999)  // 2…9: every palette has them
        let method = pick(methods, u[11])
        a += ["--palette", palette]
        if method == "manual" {
            let top = maxima[metric] ?? 1
            let inner = (1..<classes).map { top * Double($0) / Double(classes) * (0.8 + 0.4 * u[($0 + 3) % 12]) }
            var ascending: [Double] = []
            for b in inner.sorted() where ascending.last.map({ b > $0 }) ?? true { ascending.append(b) }
            a += ["--method", "manual", "--breaks", ascending.map { String(format: "%.4f", $0) }.joined(separator: ",")]
        } else {
            a += ["--method", method, "--classes", String(classes)]
        }
        return a
    }
}

/// Counts the elements of an XML document and remembers its root.
final class SVGCheck: NSObject, XMLParserDelegate {
    var root: String?
    var elements = 0
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if root == nil { root = name }
        elements += 1
    }
}

/// A run folder (`villages.csv`) for every village of the repository's geodata, 2015–2020,
/// with figures made from the village's position in the layer (deterministic).
enum SyntheticRun {
    /// Writes the table; returns each numeric column's largest value.
    static func write(into dir: URL) throws -> [String: Double] {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let layer = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("geodata/villages.geojson"))
        let text = String(decoding: layer, as: UTF8.self)
        // The village ids: every "id":"…" of a feature (villages.geojson is written one feature per line).
        let ids = text.split(separator: "\n").compactMap { line -> String? in
            guard let r = line.range(of: "\"id\":\"") else { return nil }
            return String(line[r.upperBound...].prefix { $0 != "\"" })
        }
        var csv = "village_id,year,population,poor_persons,incidence,income_per_capita,exited\n"
        var maxima: [String: Double] = [:]
        for (k, id) in ids.enumerated() {
            let population = 400 + (k * 37) % 2600
            for year in 2015...2020 {
                let t = year - 2015
                let poor = max(0, population * ((k * 13) % 20) / 100 - t * population / 60)
                let incidence = Double(poor) / Double(population)
                let income = 5000 + Double((k * 91) % 4000) + Double(t) * 900
                csv += "\(id),\(year),\(population),\(poor),\(String(format: "%.4f", incidence)),\(String(format: "%.1f", income)),\(poor == 0 ? 1 : 0)\n"
                maxima["population"] = max(maxima["population"] ?? 0, Double(population))
                maxima["poor_persons"] = max(maxima["poor_persons"] ?? 0, Double(poor))
                maxima["incidence"] = max(maxima["incidence"] ?? 0, incidence)
                maxima["income_per_capita"] = max(maxima["income_per_capita"] ?? 0, income)
            }
        }
        try csv.write(to: dir.appendingPathComponent("villages.csv"), atomically: true, encoding: .utf8)
        return maxima
    }
}
