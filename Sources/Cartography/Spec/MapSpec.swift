import Foundation
import Yams

/// A map spec file (YAML): page, titles, layers and theme of a repeatable map.
/// Every key is checked; see `scenarios/maps/README.md` for the keys, units and defaults.
public struct MapSpec: Sendable, Equatable {
    public var title: String?
    public var subtitle: String?
    /// Page name (`a3-landscape`, …) or `WxH` in mm.
    public var page: String?
    /// Scale denominator N of 1:N (fit to the frame when absent).
    public var scale: Double?
    /// Base layers to draw (names from ``PlanLayers/layerNames``); all when absent.
    public var layers: [String]?
    public var graticuleDegrees: Double?
    public var simplifyMillimetres: Double?
    public var theme: ThemeSpec?
    public var output: String?

    public init() {}

    /// The `theme:` block.
    public struct ThemeSpec: Sendable, Equatable {
        /// choropleth | symbols | flows | exit-year | small-multiples | difference
        public var kind: String = "choropleth"
        public var metric: String?
        public var year: Int?
        public var method: String?
        public var classes: Int?
        public var palette: String?
        public var breaks: [Double]?
        public var run: String?
        public var compare: String?
        public init() {}
    }

    static let topKeys = ["title", "subtitle", "page", "scale", "layers", "graticule_degrees", "simplify_mm", "theme", "output"]
    static let themeKeys = ["kind", "metric", "year", "method", "classes", "palette", "breaks", "run", "compare"]
    public static let themeKinds = ["choropleth", "symbols", "flows", "exit-year", "small-multiples", "difference"]

    /// Parses a spec.
    /// - Throws: ``MapSpecError`` naming the file, line:column and what was expected.
    public static func parse(_ yaml: String, file: String) throws -> MapSpec {
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            throw MapSpecError(file: file, line: 0, column: 0, message: "not valid YAML: \(error)")
        }
        guard let root = node else { return MapSpec() }
        guard let map = root.mapping else { throw err(file, root, "expected a mapping of keys (title, page, layers, theme, …)") }
        var spec = MapSpec()
        for (k, v) in map {
            guard let key = k.string else { throw err(file, k, "expected a string key") }
            switch key {
            case "title": spec.title = try string(v, file)
            case "subtitle": spec.subtitle = try string(v, file)
            case "page":
                let p = try string(v, file)
                guard PageSize(named: p) != nil else { throw err(file, v, "unknown page '\(p)'; expected a4-portrait, a4-landscape, a3-portrait, a3-landscape or WIDTHxHEIGHT in mm") }
                spec.page = p
            case "scale":
                let d = try number(v, file, positive: true)
                guard scaleRange.contains(d) else { throw err(file, v, "scale must be \(scaleRangeText), got \(d)") }
                spec.scale = d
            case "graticule_degrees":
                let d = try number(v, file, positive: true)
                guard d >= minimumGraticuleDegrees else { throw err(file, v, "graticule_degrees must be at least \(minimumGraticuleDegrees), got \(d)") }
                spec.graticuleDegrees = d
            case "simplify_mm": spec.simplifyMillimetres = try number(v, file, positive: false)
            case "output": spec.output = try string(v, file)
            case "layers":
                guard let seq = v.sequence else { throw err(file, v, "expected a list of layer names") }
                spec.layers = try seq.map { n in
                    let name = try string(n, file)
                    guard PlanLayers.layerNames.contains(name) else {
                        throw err(file, n, "unknown layer '\(name)'; expected one of \(PlanLayers.layerNames.joined(separator: ", "))")
                    }
                    return name
                }
            case "theme": spec.theme = try theme(v, file)
            default: throw err(file, k, "unknown key '\(key)'; expected one of \(topKeys.joined(separator: ", "))")
            }
        }
        return spec
    }

    static func theme(_ node: Node, _ file: String) throws -> ThemeSpec {
        guard let map = node.mapping else { throw err(file, node, "expected a mapping under theme") }
        var t = ThemeSpec()
        for (k, v) in map {
            let key = k.string ?? ""
            switch key {
            case "kind":
                t.kind = try string(v, file)
                guard themeKinds.contains(t.kind) else { throw err(file, v, "unknown theme kind '\(t.kind)'; expected \(themeKinds.joined(separator: ", "))") }
            case "metric": t.metric = try string(v, file)
            case "year":
                let n = try integer(v, file)
                guard yearRange.contains(n) else { throw err(file, v, "year must be \(yearRange.lowerBound)…\(yearRange.upperBound), got \(n)") }
                t.year = n
            case "method":
                let m = try string(v, file)
                guard ClassificationMethod(rawValue: m) != nil else {
                    throw err(file, v, "unknown method '\(m)'; expected \(ClassificationMethod.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                t.method = m
            case "classes":
                let n = try integer(v, file)
                guard (2...11).contains(n) else { throw err(file, v, "classes must be 2…11, got \(n)") }
                t.classes = n
            case "palette":
                let p = try string(v, file)
                guard ColorBrewer.kind(of: p) != nil else { throw err(file, v, "unknown palette '\(p)'; expected \(ColorBrewer.names.joined(separator: ", "))") }
                t.palette = p
            case "breaks":
                guard let seq = v.sequence else { throw err(file, v, "expected a list of numbers") }
                t.breaks = try seq.map { try number($0, file, positive: false) }
            case "run": t.run = try string(v, file)
            case "compare": t.compare = try string(v, file)
            default: throw err(file, k, "unknown key 'theme.\(key)'; expected one of \(themeKeys.joined(separator: ", "))")
            }
        }
        return t
    }

    static func string(_ n: Node, _ file: String) throws -> String {
        guard let s = n.scalar?.string else { throw err(file, n, "expected a text value") }
        return s
    }

    static func number(_ n: Node, _ file: String, positive: Bool) throws -> Double {
        guard let s = n.scalar?.string, let d = Double(s.replacingOccurrences(of: "_", with: "")), d.isFinite else {
            throw err(file, n, "expected a number")
        }
        if positive && d <= 0 { throw err(file, n, "expected a positive number, got \(s)") }
        return d
    }

    /// A whole number (1e30 and 2015.7 are errors, not a crash or a truncation).
    static func integer(_ n: Node, _ file: String) throws -> Int {
        let d = try number(n, file, positive: false)
        guard let i = Int(exactly: d) else { throw err(file, n, "expected a whole number, got \(n.scalar?.string ?? "")") }
        return i
    }

    /// Scale denominators a map may be drawn at (1:1,000 … 1:10,000,000).
    public static let scaleRange: ClosedRange<Double> = 1_000...10_000_000
    public static let scaleRangeText = "1,000…10,000,000 (1:N)"
    /// The finest graticule spacing, in degrees.
    public static let minimumGraticuleDegrees = 0.01
    /// Years a theme may map.
    public static let yearRange: ClosedRange<Int> = 1900...2100

    static func err(_ file: String, _ n: Node, _ message: String) -> MapSpecError {
        MapSpecError(file: file, line: n.mark?.line ?? 0, column: n.mark?.column ?? 0, message: message)
    }
}

/// A spec file error: file, line:column and what was expected.
public struct MapSpecError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { "\(file):\(line):\(column): \(message)" }
}
