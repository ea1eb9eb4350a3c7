import GIS
import Yams

/// A map spec file (YAML): page, titles, layers and theme of a repeatable map.
/// Every key is checked; see `scenarios/maps/README.md` for the keys, units and defaults.
public struct MapSpec: Sendable, Equatable {
    public var title: String?
    public var subtitle: String?
    /// The sheet (a named page or `WxH` in mm, checked by ``PageSize/parse(_:)``).
    public var page: PageSize?
    /// Scale denominator N of 1:N (fit to the frame when absent).
    public var scale: Double?
    /// Base layers to draw (names from ``PlanLayers/layerNames``); all when absent.
    public var layers: [String]?
    public var graticuleDegrees: Double?
    public var simplifyMillimetres: Double?
    public var theme: ThemeSpec?
    public var output: String?
    /// The title block (图签) drawn on the sheet; none when absent.
    public var titleBlock: TitleBlock?
    /// How much the base map shows: ``BaseMapDetail/plan`` (calm, for documents) unless given.
    public var detail: BaseMapDetail?
    /// What roads, rivers and demonstration lines are clipped to. the county outline (default) or the map frame.
    public var clip: LineClip?
    /// Draw one township sheet (分幅图) of this township code instead of the county.
    public var township: String?

    public init() {}

    /// The `theme:` block.
    public struct ThemeSpec: Sendable, Equatable {
        public var kind: ThemeKind = .choropleth
        /// True when the spec or the command line named the kind: a count's default is
        /// proportional symbols only when no kind was named.
        public var kindIsExplicit = false
        public var metric: String?
        public var year: Int?
        public var method: ClassificationMethod?
        public var classes: Int?
        public var palette: String?
        public var breaks: [Double]?
        public var run: String?
        public var compare: String?
        public init() {}
    }

    static let topKeys = ["title", "subtitle", "page", "scale", "layers", "graticule_degrees", "simplify_mm", "theme", "output",
                          "title_block", "detail", "clip", "township"]
    static let titleBlockKeys = ["name", "organization", "date", "sheet", "data_note", "approval"]
    static let themeKeys = ["kind", "metric", "year", "method", "classes", "palette", "breaks", "run", "compare"]

    /// Parses a spec, checking every key (a leading UTF-8 byte-order mark is allowed).
    /// - Throws: ``MapSpecError`` listing every problem, each with the file, line:column,
    ///   key path and what was expected (with a did-you-mean for a misspelt key or name).
    public static func parse(_ yaml: String, file: String) throws -> MapSpec {
        var reader = MapSpecReader(file: file)
        let node: Node?
        // The shared reader drops a leading byte-order mark, bounds alias expansion ("billion
        // laughs") and names a repeated key at its repetition.
        do { node = try YAMLDocument.compose(yaml, file: file) } catch let e as GISError {
            let d = e.diagnostics.first
            throw MapSpecError(file: file, line: d?.location.line ?? 1, column: d?.location.column ?? 1, keyPath: "",
                               message: d?.message ?? "not valid YAML")
        }
        guard let root = node else { return MapSpec() }
        let spec = reader.spec(root)
        if let first = reader.problems.first {
            var e = first
            e.others = Array(reader.problems.dropFirst())
            throw e
        }
        return spec
    }

    /// Scale denominators a map may be drawn at (1:1,000 … 1:10,000,000).
    public static let scaleRange: ClosedRange<Double> = 1_000...10_000_000
    public static let scaleRangeText = "1,000…10,000,000 (1:N)"
    /// The finest graticule spacing, in degrees.
    public static let minimumGraticuleDegrees = 0.01
    /// The coarsest graticule spacing, in degrees.
    public static let maximumGraticuleDegrees = 10.0
    /// The largest simplification tolerance, in mm on the page.
    public static let maximumSimplifyMillimetres = 10.0
    /// Years a theme may map.
    public static let yearRange: ClosedRange<Int> = 1900...2100
    /// Class counts a theme may ask for.
    public static let classRange: ClosedRange<Int> = 2...11
    /// The largest magnitude of a manual break.
    public static var largestBreak: Double { ManualBreaks.largestMagnitude }
}

/// Reads a spec's YAML tree, collecting every problem with its place and key path.
struct MapSpecReader {
    let file: String
    var problems: [MapSpecError] = []

    init(file: String) { self.file = file }

    mutating func report(_ n: Node, _ keyPath: String, _ message: String) {
        problems.append(MapSpecError(file: file, line: n.mark?.line ?? 0, column: n.mark?.column ?? 0, keyPath: keyPath, message: message))
    }

    mutating func spec(_ root: Node) -> MapSpec {
        var spec = MapSpec()
        guard let map = root.mapping else {
            report(root, "", "expected a mapping of keys (\(MapSpec.topKeys.joined(separator: ", "))), found \(Self.describe(root))")
            return spec
        }
        for (k, v) in map {
            guard let key = k.scalar?.string else { report(k, "", "expected a key name, found \(Self.describe(k))"); continue }
            switch key {
            case "title": spec.title = string(v, key)
            case "subtitle": spec.subtitle = string(v, key)
            case "page":
                guard let p = string(v, key) else { break }
                do { spec.page = try PageSize.parse(p) } catch { report(v, key, error.description) }
            case "scale":
                guard let d = number(v, key, positive: true) else { break }
                guard MapSpec.scaleRange.contains(d) else { report(v, key, "must be \(MapSpec.scaleRangeText), got \(Self.text(v))"); break }
                spec.scale = d
            case "graticule_degrees":
                guard let d = number(v, key, positive: true) else { break }
                guard d >= MapSpec.minimumGraticuleDegrees, d <= MapSpec.maximumGraticuleDegrees else {
                    report(v, key, "must be \(MapSpec.minimumGraticuleDegrees)…\(MapSpec.maximumGraticuleDegrees) degrees, got \(Self.text(v))"); break
                }
                spec.graticuleDegrees = d
            case "simplify_mm":
                guard let d = number(v, key, positive: false) else { break }
                guard d >= 0, d <= MapSpec.maximumSimplifyMillimetres else {
                    report(v, key, "must be 0…\(MapSpec.maximumSimplifyMillimetres) mm, got \(Self.text(v))"); break
                }
                spec.simplifyMillimetres = d
            case "output": spec.output = string(v, key)
            case "layers":
                guard let seq = v.sequence else { report(v, key, "expected a list of layer names, found \(Self.describe(v))"); break }
                var names: [String] = []
                for (i, n) in seq.enumerated() {
                    guard let name = string(n, "layers[\(i)]") else { continue }
                    guard PlanLayers.layerNames.contains(name) else {
                        report(n, "layers[\(i)]", "unknown layer \"\(name)\"\(DidYouMean.hint(for: name, among: PlanLayers.layerNames)) (known: \(PlanLayers.layerNames.joined(separator: ", ")))")
                        continue
                    }
                    names.append(name)
                }
                spec.layers = names
            case "theme": spec.theme = theme(v)
            case "title_block": spec.titleBlock = titleBlock(v)
            case "township": spec.township = string(v, key)
            case "detail":
                guard let t = string(v, key) else { break }
                guard let d = BaseMapDetail(rawValue: t) else {
                    report(v, key, "expected plan or full, found \"\(t)\"\(DidYouMean.hint(for: t, among: BaseMapDetail.allCases.map(\.rawValue)))"); break
                }
                spec.detail = d
            case "clip":
                guard let t = string(v, key) else { break }
                guard let c = LineClip(rawValue: t) else {
                    report(v, key, "expected county or frame, found \"\(t)\"\(DidYouMean.hint(for: t, among: LineClip.allCases.map(\.rawValue)))"); break
                }
                spec.clip = c
            default:
                report(k, key, "unknown key\(DidYouMean.hint(for: key, among: MapSpec.topKeys)) (known here: \(MapSpec.topKeys.joined(separator: ", ")))")
            }
        }
        return spec
    }

    mutating func theme(_ node: Node) -> MapSpec.ThemeSpec? {
        guard let map = node.mapping else { report(node, "theme", "expected a mapping of theme keys, found \(Self.describe(node))"); return nil }
        var t = MapSpec.ThemeSpec()
        for (k, v) in map {
            guard let key = k.scalar?.string else { report(k, "theme", "expected a key name, found \(Self.describe(k))"); continue }
            let path = "theme." + key
            switch key {
            case "kind":
                guard let s = string(v, path) else { break }
                guard let kind = ThemeKind(rawValue: s) else {
                    report(v, path, "expected one of \(ThemeKind.namesText), found \"\(s)\"\(DidYouMean.hint(for: s, among: ThemeKind.allCases.map(\.rawValue)))"); break
                }
                t.kind = kind
                t.kindIsExplicit = true
            case "metric": t.metric = string(v, path)
            case "year":
                guard let n = integer(v, path) else { break }
                guard MapSpec.yearRange.contains(n) else { report(v, path, "must be \(MapSpec.yearRange.lowerBound)…\(MapSpec.yearRange.upperBound), got \(n)"); break }
                t.year = n
            case "method":
                guard let s = string(v, path) else { break }
                let names = ClassificationMethod.allCases.map(\.rawValue)
                guard let m = ClassificationMethod(rawValue: s) else {
                    report(v, path, "expected one of \(names.joined(separator: ", ")), found \"\(s)\"\(DidYouMean.hint(for: s, among: names))"); break
                }
                t.method = m
            case "classes":
                guard let n = integer(v, path) else { break }
                guard MapSpec.classRange.contains(n) else { report(v, path, "must be \(MapSpec.classRange.lowerBound)…\(MapSpec.classRange.upperBound), got \(n)"); break }
                t.classes = n
            case "palette":
                guard let p = string(v, path) else { break }
                guard ColorBrewer.kind(of: p) != nil else {
                    report(v, path, "expected one of \(ColorBrewer.names.joined(separator: ", ")), found \"\(p)\"\(DidYouMean.hint(for: p, among: ColorBrewer.names))"); break
                }
                t.palette = p
            case "breaks":
                guard let seq = v.sequence else { report(v, path, "expected a list of numbers, found \(Self.describe(v))"); break }
                var breaks: [Double] = []
                for (i, n) in seq.enumerated() {
                    guard let d = number(n, "\(path)[\(i)]", positive: false) else { continue }
                    guard abs(d) <= MapSpec.largestBreak else { report(n, "\(path)[\(i)]", "must be at most 10^15 in magnitude, got \(Self.text(n))"); continue }
                    if let last = breaks.last, d <= last { report(n, "\(path)[\(i)]", "breaks must ascend, found \(Self.text(n)) after \(last)"); continue }
                    breaks.append(d)
                }
                t.breaks = breaks
            case "run": t.run = string(v, path)
            case "compare": t.compare = string(v, path)
            default:
                report(k, path, "unknown key\(DidYouMean.hint(for: key, among: MapSpec.themeKeys)) (known here: \(MapSpec.themeKeys.joined(separator: ", ")))")
            }
        }
        return t
    }

    mutating func titleBlock(_ node: Node) -> TitleBlock? {
        guard let map = node.mapping else { report(node, "title_block", "expected a mapping of title-block keys (\(MapSpec.titleBlockKeys.joined(separator: ", "))), found \(Self.describe(node))"); return nil }
        var b = TitleBlock()
        for (k, v) in map {
            guard let key = k.scalar?.string else { report(k, "title_block", "expected a key name, found \(Self.describe(k))"); continue }
            let path = "title_block." + key
            switch key {
            case "name": b.name = string(v, path)
            case "organization": b.organization = string(v, path)
            case "date": b.date = string(v, path)
            case "sheet": b.sheet = string(v, path)
            case "data_note": b.dataNote = string(v, path)
            case "approval": b.approval = string(v, path)
            default:
                report(k, path, "unknown key\(DidYouMean.hint(for: key, among: MapSpec.titleBlockKeys)) (known here: \(MapSpec.titleBlockKeys.joined(separator: ", ")))")
            }
        }
        return b
    }

    mutating func string(_ n: Node, _ path: String) -> String? {
        guard let s = n.scalar?.string else { report(n, path, "expected a text value, found \(Self.describe(n))"); return nil }
        return s
    }

    /// A plain decimal number (YAML's `1_000` separators allowed; no hex, `.inf` or `.nan`).
    mutating func number(_ n: Node, _ path: String, positive: Bool) -> Double? {
        guard let s = n.scalar?.string, let d = DecimalNumber.parse(s.replacingAll("_", with: "")) else {
            report(n, path, "expected a decimal number, found \(Self.describe(n))"); return nil
        }
        if positive && d <= 0 { report(n, path, "expected a positive number, got \(s)"); return nil }
        return d
    }

    /// A whole number (1e30 and 2015.7 are errors, not a crash or a truncation).
    mutating func integer(_ n: Node, _ path: String) -> Int? {
        guard let d = number(n, path, positive: false) else { return nil }
        guard let i = Int(exactly: d), abs(d) < 1e15 else { report(n, path, "expected a whole number, got \(Self.text(n))"); return nil }
        return i
    }

    static func text(_ n: Node) -> String { n.scalar?.string ?? "" }

    /// A node as an error message shows it: `"text"`, `a list`, `a mapping`.
    static func describe(_ n: Node) -> String {
        switch n {
        case .scalar(let s): return "\"\(s.string)\""
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }
}

extension String {
    /// The text with every `target` replaced (no Foundation).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

/// A spec file error, printed the way scenario errors are:
/// `maps/x.yaml:4:9: theme.year: expected a whole number, got 2015.7`. The first problem
/// is this value's own; ``others`` holds the rest, in file order.
public struct MapSpecError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    /// The dotted key path, e.g. `theme.year` or `layers[2]`; empty for the whole file.
    public var keyPath: String
    public var message: String
    /// Further problems of the same file.
    public var others: [MapSpecError] = []

    public init(file: String, line: Int, column: Int, keyPath: String, message: String) {
        self.file = file; self.line = line; self.column = column; self.keyPath = keyPath; self.message = message
    }

    /// Every problem: this one and ``others``.
    public var problems: [MapSpecError] { [withoutOthers] + others }

    var withoutOthers: MapSpecError { var e = self; e.others = []; return e }

    /// This problem's line; further problems follow on their own lines, each led by
    /// `error: ` as the command prints the first.
    public var description: String {
        let place = line > 0 ? "\(file):\(line):\(column): " : "\(file): "
        let own = place + (keyPath.isEmpty ? "" : "\(keyPath): ") + message
        return ([own] + others.map(\.description)).joined(separator: "\nerror: ")
    }
}
