import GIS

/// The villages of a villages.geojson layer, looked up by id or by township and name
/// for the import, with "did you mean" suggestions.
struct VillageDirectory {
    struct Entry {
        var index: Int
        var id: String
        var name: String
        var townshipCode: String
        var townshipName: String
        var kind: String
        var properties: JSONObject
        var label: String { "\(townshipName) \(name) (\(id))" }
    }

    let entries: [Entry]
    private let byID: [String: Int]
    private let byTownshipAndName: [String: [Int]]

    /// - Throws: `GISError` naming `file` and the feature for a village without a string
    ///   `id`, `name`, `township_code`, `township_name` or `kind`.
    init(villages: FeatureCollection, file: String) throws {
        var entries: [Entry] = []
        for (i, f) in villages.features.enumerated() {
            func text(_ key: String) throws -> String {
                guard let s = f[property: key]?.stringValue else {
                    throw GISError(file: file, location: SourceLocation(featureIndex: i, path: "properties.\(key)"),
                                   "expected a string property \"\(key)\"")
                }
                return s
            }
            entries.append(Entry(index: i, id: try text("id"), name: try text("name"), townshipCode: try text("township_code"),
                                 townshipName: try text("township_name"), kind: try text("kind"), properties: f.properties ?? JSONObject()))
        }
        self.entries = entries
        var byID: [String: Int] = [:]
        var byName: [String: [Int]] = [:]
        for (k, e) in entries.enumerated() {
            byID[e.id] = byID[e.id] ?? k
            byName[VillageDirectory.nameKey(e.townshipCode, VillageDirectory.normaliseName(e.name)), default: []].append(k)
        }
        self.byID = byID
        self.byTownshipAndName = byName
    }

    func entry(id: String) -> Int? { byID[id] }

    /// The township code for a township name or code, with or without its 镇/乡 suffix.
    func townshipCode(for nameOrCode: String) -> String? {
        if entries.contains(where: { $0.townshipCode == nameOrCode }) { return nameOrCode }
        if let e = entries.first(where: { $0.townshipName == nameOrCode }) { return e.townshipCode }
        let stripped = entries.filter { VillageDirectory.stripSuffix($0.townshipName, ["镇", "乡", "街道"]) == nameOrCode }
        return Set(stripped.map(\.townshipCode)).count == 1 ? stripped[0].townshipCode : nil
    }

    /// The villages of a township whose name is `name` (with or without 村委会/居委会, or
    /// without 村/社区 when that is unique).
    func entries(townshipCode: String, name: String) -> [Int] {
        let n = VillageDirectory.normaliseName(name)
        if let exact = byTownshipAndName[VillageDirectory.nameKey(townshipCode, n)] { return exact }
        let bare = VillageDirectory.stripSuffix(n, ["社区", "村"])
        return entries.indices.filter {
            entries[$0].townshipCode == townshipCode && VillageDirectory.stripSuffix(entries[$0].name, ["社区", "村"]) == bare
        }
    }

    /// The nearest names by edit distance: in the township first, then close names elsewhere.
    func suggestions(name: String, townshipCode: String?) -> [String] {
        let n = VillageDirectory.normaliseName(name)
        var result: [String] = []
        if let townshipCode {
            let local = entries.filter { $0.townshipCode == townshipCode }
            result += EditDistance.nearest(n, in: local.map(\.name), limit: 3, maxDistance: max(2, n.count / 2))
        }
        let elsewhere = entries.filter { $0.townshipCode != townshipCode }
        let far = EditDistance.nearest(n, in: elsewhere.map(\.name), limit: 2, maxDistance: 1)
        for name in far { if let e = elsewhere.first(where: { $0.name == name }) { result.append("\(name) (\(e.townshipName))") } }
        return result
    }

    func townshipSuggestions(_ name: String) -> [String] {
        var names: [String] = []
        for e in entries where !names.contains(e.townshipName) { names.append(e.townshipName) }
        return EditDistance.nearest(name, in: names, limit: 3, maxDistance: max(2, name.count / 2))
    }

    /// The nearest ids by edit distance, among the villages of the id's township (the
    /// part before "-") when there is one.
    func idSuggestions(_ id: String) -> [String] {
        let township = id.split(separator: "-").first.map(String.init) ?? ""
        let local = entries.filter { $0.townshipCode == township }
        return EditDistance.nearest(id, in: (local.isEmpty ? entries : local).map(\.id), limit: 3, maxDistance: 3)
            .map { id in entries[byID[id]!].label }
    }

    /// A committee name without its 委员会 / 委会 suffix: 芭蕉村委会 → 芭蕉村, 北街社区居委会 → 北街社区.
    static func normaliseName(_ raw: String) -> String {
        let s = FigureValue.trim(raw).replacing(" ", with: "")
        for (suffix, keep) in [("居民委员会", ""), ("村民委员会", "村"), ("居委会", ""), ("村委会", "村"), ("委员会", ""), ("委会", "")] where s.hasSuffix(suffix) && s.count > suffix.count {
            let stem = String(s.dropLast(suffix.count))
            return stem.hasSuffix(keep) ? stem : stem + keep
        }
        return s
    }

    static func stripSuffix(_ s: String, _ suffixes: [String]) -> String {
        for x in suffixes where s.hasSuffix(x) && s.count > x.count { return String(s.dropLast(x.count)) }
        return s
    }

    private static func nameKey(_ township: String, _ name: String) -> String { township + "\u{1F}" + name }
}
