/// dBASE field names: at most 10 bytes (in the file's encoding), unique in a table
/// (case-insensitively, as ArcGIS compares them).
enum DBFFieldNames {
    /// A name of at most 10 bytes for each of `names` (encoded by `encode`): the name
    /// itself when it fits, else cut at a character boundary; a clash gets `_2`, `_3`, …
    /// in place of its last characters.
    static func shortNames(_ names: [String], encode: (String) -> [UInt8]) -> [String] {
        var taken: Set<String> = []
        return names.map { name in
            var base = fit(name.isEmpty ? "field" : name, bytes: 10, encode: encode)
            var candidate = base
            var n = 2
            while taken.contains(candidate.uppercased()) {
                let suffix = "_\(n)"
                base = fit(base, bytes: 10 - suffix.utf8.count, encode: encode)
                candidate = base + suffix
                n += 1
            }
            taken.insert(candidate.uppercased())
            return candidate
        }
    }

    /// The longest prefix of `s` (whole characters) whose encoding fits in `bytes`.
    static func fit(_ s: String, bytes: Int, encode: (String) -> [UInt8]) -> String {
        var out = ""
        for ch in s {
            let next = out + String(ch)
            if encode(next).count > bytes { break }
            out = next
        }
        return out
    }
}
