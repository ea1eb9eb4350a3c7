/// Plain-word explanations of the YAML mistakes people make in scenario files, in place
/// of the parser's words: a number with thousands separators inside `{…}` or `[…]`
/// (where a comma separates entries, so `{2016: 175,000,000}` reads as keys `000` twice),
/// and a tab in the indentation (YAML indents with spaces only).
enum ScenarioSyntaxExplanation {
    /// A place in the text: 1-based line and column.
    struct Place: Equatable {
        var line: Int
        var column: Int
    }

    /// `text` without its thousands separators when it is a number written with them
    /// (`175,000,000` → `175000000`, `-1,500.5` → `-1500.5`), else nil.
    static func withoutThousandsSeparators(_ text: String) -> String? {
        let t = Array(text.trimmingWhitespace)
        guard !t.isEmpty else { return nil }
        var i = 0
        if t[0] == "-" || t[0] == "+" { i = 1 }
        var lead = 0
        while i < t.count, t[i].isASCII, t[i].isNumber { lead += 1; i += 1 }
        guard (1...3).contains(lead), i < t.count, t[i] == "," else { return nil }
        while i < t.count, t[i] == "," {
            var group = 0
            i += 1
            while i < t.count, t[i].isASCII, t[i].isNumber { group += 1; i += 1 }
            guard group == 3 else { return nil }
        }
        if i < t.count, t[i] == "." {
            i += 1
            var fraction = 0
            while i < t.count, t[i].isASCII, t[i].isNumber { fraction += 1; i += 1 }
            guard fraction > 0 else { return nil }
        }
        guard i == t.count else { return nil }
        return String(t.filter { $0 != "," })
    }

    /// The first number written with thousands separators inside a flow mapping or list
    /// (after a `{` or `[` on its line), with its place, or nil.
    static func thousandsInFlow(_ text: String) -> (place: Place, number: String)? {
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let chars = Array(line)
            guard let open = chars.firstIndex(where: { $0 == "{" || $0 == "[" }) else { continue }
            var i = open + 1
            while i < chars.count {
                if chars[i] == "#" { break }
                guard chars[i].isASCII, chars[i].isNumber, i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "_" || chars[i - 1] == ".") else { i += 1; continue }
                var j = i
                while j < chars.count, chars[j].isASCII, chars[j].isNumber || chars[j] == "," || chars[j] == "." { j += 1 }
                var candidate = String(chars[i..<j])
                while candidate.hasSuffix(",") { candidate.removeLast() }
                if withoutThousandsSeparators(candidate) != nil {
                    return (Place(line: n + 1, column: i + 1), candidate)
                }
                i = j
            }
        }
        return nil
    }

    /// The first line whose indentation holds a tab, with the tab's place, or nil.
    static func tabInIndentation(_ text: String) -> Place? {
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for (c, ch) in line.enumerated() {
                if ch == "\t" { return Place(line: n + 1, column: c + 1) }
                if ch != " " { break }
            }
        }
        return nil
    }

    /// The sentence for a number with thousands separators in a flow collection.
    static func thousandsMessage(_ number: String) -> String {
        let plain = withoutThousandsSeparators(number) ?? number
        let parts = number.split(separator: ",").joined(separator: ", ")
        return "the number \(number) is written with thousands separators: inside {…} or […] a comma separates entries, so YAML reads it as \(parts); write \(plain) (or in scientific notation, e.g. 1.5e8)"
    }

    /// The sentence for a tab in the indentation.
    static func tabMessage(_ place: Place) -> String {
        "line \(place.line) holds a tab at column \(place.column): YAML indents with spaces only; replace the tab with spaces"
    }

    /// A YAML error of `text` in plain words, and the place it is at (the parser's place
    /// unless the explanation points elsewhere).
    static func explain(_ message: String, at place: Place, text: String) -> (message: String, place: Place) {
        if let found = thousandsInFlow(text) {
            return (thousandsMessage(found.number) + " (the YAML parser said: \(message))", found.place)
        }
        if let tab = tabInIndentation(text) {
            return (tabMessage(tab) + " (the YAML parser said: \(message))", tab)
        }
        return (message, place)
    }

    /// A YAML error of a command-line value in plain words.
    static func explain(_ message: String, text: String) -> String {
        explain(message, at: Place(line: 0, column: 0), text: text).message
    }
}
