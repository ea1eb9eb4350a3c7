import Foundation

/// The severity words of diagnostic lines (`FILE:PLACE: error: …`) in the process's
/// language. The libraries write them in English; in Chinese the CLI writes
/// `错误`, `警告` and `注意` in their place, and leaves the rest of the line as it is.
enum SeverityWords {
    /// English word → Chinese word.
    static let chinese: [(en: String, zh: String)] = [("error", "错误"), ("warning", "警告"), ("note", "注意")]

    /// `line` with its first severity word (`: error: `, or `error: ` at the start)
    /// in the process's language.
    static func localize(_ line: String, in language: Language = Language.current) -> String {
        guard language == .zh else { return line }
        for (en, zh) in chinese {
            if line.hasPrefix(en + ": ") { return zh + ": " + line.dropFirst(en.count + 2) }
        }
        var best: (range: Range<String.Index>, zh: String)?
        for (en, zh) in chinese {
            if let r = line.range(of: ": \(en): "), best.map({ r.lowerBound < $0.range.lowerBound }) ?? true { best = (r, zh) }
        }
        guard let best else { return line }
        return line.replacingCharacters(in: best.range, with: ": \(best.zh): ")
    }

    /// The word for a severity (`error`, `warning`, `note`) in the process's language.
    static func word(_ english: String, in language: Language = Language.current) -> String {
        guard language == .zh else { return english }
        return chinese.first { $0.en == english }?.zh ?? english
    }
}
