import GIS
import Yams

/// A checked reader over one YAML mapping. Each accessor records the key as known,
/// reports a missing, mistyped or out-of-range value with its line:column and key path,
/// and returns a stand-in so that reading goes on and every problem is found.
/// `finish()` reports the keys nobody asked for, with a did-you-mean.
final class YAMLMap {
    let node: Node?
    let path: String
    let docPath: String
    let problems: YAMLProblems
    private var asked: [String] = []
    private var pairs: [(key: String, keyNode: Node, value: Node)] = []

    /// `node` nil stands for a missing section (already reported, or optional).
    init(_ node: Node?, path: String, docPath: String, problems: YAMLProblems) {
        self.node = node; self.path = path; self.docPath = docPath; self.problems = problems
        guard let node, problems.visit() else { return }
        guard let mapping = node.mapping else {
            report(node, "", "expected a mapping, found \(Self.describe(node))")
            return
        }
        var seen: Set<String> = []
        for (k, v) in mapping {
            guard let key = k.scalar?.string else {
                report(k, "", "expected a key name, found \(Self.describe(k))"); continue
            }
            if !seen.insert(key).inserted { report(k, key, "duplicate key \"\(key)\"") }
            pairs.append((key, k, v))
        }
    }

    var exists: Bool { node?.mapping != nil }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : path + "." + key }
    private func docKey(_ key: String) -> String { docPath.isEmpty ? key : docPath + "." + key }

    func report(_ node: Node, _ key: String, _ message: String) {
        problems.add(line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, key.isEmpty ? path : keyPath(key), message)
    }

    /// The value node of `key`, recording the key as known.
    func value(_ key: String) -> Node? {
        asked.append(key)
        problems.know(docKey(key))
        return pairs.last { $0.key == key }?.value
    }

    private func missing(_ key: String, _ expectation: String) {
        guard let node else { return }
        report(node, "", "missing key \"\(key)\" (\(expectation))")
    }

    // MARK: Scalars

    func string(_ key: String, default fallback: String? = nil) -> String {
        guard let v = value(key) else {
            if fallback == nil { missing(key, "a string") }
            return fallback ?? ""
        }
        guard let s = v.scalar?.string, !(v.scalar?.style == .plain && s.isEmpty) else {
            report(v, key, "expected a string, found \(Self.describe(v))"); return fallback ?? ""
        }
        return s
    }

    func optionalString(_ key: String) -> String? {
        guard let v = value(key) else { return nil }
        if Self.isNull(v) { return nil }
        guard let s = v.scalar?.string else { report(v, key, "expected a string, found \(Self.describe(v))"); return nil }
        return s
    }

    func number(_ key: String, _ range: ClosedRange<Double>, default fallback: Double? = nil) -> Double {
        guard let v = value(key) else {
            if fallback == nil { missing(key, Self.expectation(range)) }
            return fallback ?? range.lowerBound
        }
        return checkedNumber(v, key, range) ?? fallback ?? range.lowerBound
    }

    func optionalNumber(_ key: String, _ range: ClosedRange<Double>) -> Double? {
        guard let v = value(key), !Self.isNull(v) else { return nil }
        return checkedNumber(v, key, range)
    }

    func checkedNumber(_ v: Node, _ key: String, _ range: ClosedRange<Double>) -> Double? {
        guard let s = v.scalar, s.style == .plain || s.style == .any, let d = Self.decimal(s.string), range.contains(d) else {
            report(v, key, "expected \(Self.expectation(range)), found \(Self.describe(v))"); return nil
        }
        return d
    }

    func integer(_ key: String, _ range: ClosedRange<Int>, default fallback: Int? = nil) -> Int {
        guard let v = value(key) else {
            if fallback == nil { missing(key, Self.expectation(range)) }
            return fallback ?? range.lowerBound
        }
        return checkedInteger(v, key, range) ?? fallback ?? range.lowerBound
    }

    func optionalInteger(_ key: String, _ range: ClosedRange<Int>) -> Int? {
        guard let v = value(key), !Self.isNull(v) else { return nil }
        return checkedInteger(v, key, range)
    }

    func checkedInteger(_ v: Node, _ key: String, _ range: ClosedRange<Int>) -> Int? {
        guard let s = v.scalar, s.style == .plain || s.style == .any, let i = Self.integer(s.string), range.contains(i) else {
            report(v, key, "expected \(Self.expectation(range)), found \(Self.describe(v))"); return nil
        }
        return i
    }

    func bool(_ key: String, default fallback: Bool? = nil) -> Bool {
        guard let v = value(key) else {
            if fallback == nil { missing(key, "true or false") }
            return fallback ?? false
        }
        guard let s = v.scalar, s.style == .plain || s.style == .any, s.string == "true" || s.string == "false" else {
            report(v, key, "expected true or false, found \(Self.describe(v))"); return fallback ?? false
        }
        return s.string == "true"
    }

    func oneOf<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, default fallback: T? = nil) -> T? where T.RawValue == String {
        let allowed = T.allCases.map(\.rawValue)
        guard let v = value(key) else {
            if fallback == nil { missing(key, "one of " + allowed.joined(separator: ", ")) }
            return fallback
        }
        guard let s = v.scalar?.string, let t = T(rawValue: s) else {
            let text = v.scalar?.string ?? ""
            report(v, key, "expected one of \(allowed.joined(separator: ", ")), found \(Self.describe(v))\(DidYouMean.hint(for: text, among: allowed))")
            return fallback
        }
        return t
    }

    // MARK: Collections

    /// A list of strings (a missing key gives `fallback`, or [] with a problem when nil).
    func strings(_ key: String, default fallback: [String]? = nil) -> [String] {
        guard let v = value(key) else {
            if fallback == nil { missing(key, "a list of strings") }
            return fallback ?? []
        }
        guard let seq = v.sequence else { report(v, key, "expected a list of strings, found \(Self.describe(v))"); return fallback ?? [] }
        var out: [String] = []
        for (i, item) in seq.enumerated() where problems.visit() {
            guard let s = item.scalar?.string, !s.isEmpty else {
                report(item, "\(key)[\(i)]", "expected a string, found \(Self.describe(item))"); continue
            }
            out.append(s)
        }
        return out
    }

    /// A list of names that must be defined elsewhere (`kind`: "zone", "terrain unit", …).
    func references(_ key: String, _ kind: String) -> [String] {
        let names = strings(key, default: [])
        if let seq = value(key)?.sequence {
            for (i, item) in seq.enumerated() {
                guard let s = item.scalar?.string else { continue }
                problems.refer(line: item.mark?.line ?? 0, column: item.mark?.column ?? 0, keyPath(key) + "[\(i)]", kind: kind, name: s)
            }
        }
        return names
    }

    /// An optional name that must be defined elsewhere.
    func reference(_ key: String, _ kind: String) -> String? {
        let s = optionalString(key)
        if let s, let v = value(key) {
            problems.refer(line: v.mark?.line ?? 0, column: v.mark?.column ?? 0, keyPath(key), kind: kind, name: s)
        }
        return s
    }

    /// Reports a repeated name among `names`, at `key`'s node.
    func checkUnique(_ names: [String], _ key: String, _ what: String) {
        var seen: Set<String> = []
        for n in names where !seen.insert(n).inserted {
            if let v = value(key) { report(v, key, "\(what) \"\(n)\" is defined twice") }
        }
    }

    /// A list of exactly `count` numbers in `range`, or nil when missing.
    func numbers(_ key: String, count: Int, _ range: ClosedRange<Double>) -> [Double]? {
        guard let v = value(key), !Self.isNull(v) else { return nil }
        guard let seq = v.sequence, seq.count == count else {
            report(v, key, "expected a list of \(count) numbers, found \(Self.describe(v))"); return nil
        }
        let xs = seq.enumerated().compactMap { checkedNumber($1, "\(key)[\($0)]", range) }
        return xs.count == count ? xs : nil
    }

    /// A nested mapping; nil when missing (with a problem unless `optional`).
    func map(_ key: String, optional: Bool = false) -> YAMLMap? {
        guard let v = value(key), !(optional && Self.isNull(v)) else {
            if !optional { missing(key, "a mapping") }
            return nil
        }
        return YAMLMap(v, path: keyPath(key), docPath: docKey(key), problems: problems)
    }

    /// A list of mappings, each read by `body`.
    func list<T>(_ key: String, optional: Bool = false, _ body: (YAMLMap) -> T) -> [T] {
        guard let v = value(key), !Self.isNull(v) else {
            if !optional { missing(key, "a list") }
            return []
        }
        guard let seq = v.sequence else { report(v, key, "expected a list, found \(Self.describe(v))"); return [] }
        var out: [T] = []
        for (i, item) in seq.enumerated() where problems.visit() {
            let m = YAMLMap(item, path: keyPath(key) + "[\(i)]", docPath: docKey(key) + "[]", problems: problems)
            out.append(body(m))
            m.finish()
        }
        return out
    }

    /// A mapping from free names to integers in `range`, in file order.
    func integersByName(_ key: String, _ range: ClosedRange<Int>, referring kind: String? = nil) -> [(String, Int)] {
        guard let v = value(key), !Self.isNull(v) else { return [] }
        guard let m = v.mapping else { report(v, key, "expected a mapping of names to integers, found \(Self.describe(v))"); return [] }
        return m.compactMap { k, val in
            guard let name = k.scalar?.string else { return nil }
            if let kind { problems.refer(line: k.mark?.line ?? 0, column: k.mark?.column ?? 0, keyPath(key) + "." + name, kind: kind, name: name) }
            return checkedInteger(val, "\(key).\(name)", range).map { (name, $0) }
        }
    }

    /// Reports every key of the mapping that no accessor asked for.
    func finish() {
        for p in pairs where !asked.contains(p.key) {
            let known = Array(Set(asked)).sorted()
            report(p.keyNode, p.key, "unknown key\(DidYouMean.hint(for: p.key, among: known)) (known here: \(known.joined(separator: ", ")))")
        }
    }

    // MARK: Helpers

    static func isNull(_ v: Node) -> Bool {
        guard let s = v.scalar, s.style == .plain else { return false }
        return s.string == "~" || s.string == "null" || s.string.isEmpty
    }

    static func describe(_ node: Node) -> String { node.phraseForMessages }

    static func expectation(_ r: ClosedRange<Double>) -> String {
        r.upperBound == .infinity ? "a number ≥ \(format(r.lowerBound))" : "a number in \(format(r.lowerBound))…\(format(r.upperBound))"
    }

    static func expectation(_ r: ClosedRange<Int>) -> String {
        r.upperBound == Int.max ? "an integer ≥ \(r.lowerBound)" : "an integer in \(r.lowerBound)…\(r.upperBound)"
    }

    static func format(_ d: Double) -> String {
        d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    }

    /// A decimal number (digits, optional sign, fraction and exponent; `_` between
    /// digits): never hex, inf or nan.
    static func decimal(_ text: String) -> Double? {
        let t = text.filter { $0 != "_" }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              t.contains(where: \.isNumber), let d = Double(t), d.isFinite else { return nil }
        return d
    }

    static func integer(_ text: String) -> Int? {
        let t = text.filter { $0 != "_" }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") }) else { return nil }
        return Int(t)
    }
}
