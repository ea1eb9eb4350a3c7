import Foundation

/// The headings and fixed phrases of ArgumentParser's help and usage errors in the
/// process's language (the parser writes them in English).
enum ParserHeadings {
    /// English phrase → Chinese phrase, replaced where they start a line or a message.
    static let chinese: [(en: String, zh: String)] = [
        ("OVERVIEW:", "概述 OVERVIEW:"),
        ("USAGE:", "用法 USAGE:"),
        ("ARGUMENTS:", "参数 ARGUMENTS:"),
        ("OPTIONS:", "选项 OPTIONS:"),
        ("SUBCOMMANDS:", "子命令 SUBCOMMANDS:"),
        ("  See 'benkang help <subcommand>' for detailed help.", "  用 'benkang help <子命令>' 查看详细帮助。"),
        ("Show help information.", "显示帮助信息。"),
        ("Show the version.", "显示版本。"),
        ("Error: ", "错误: "),
        ("Help: ", "帮助: "),
        ("Usage: ", "用法: "),
        ("(default: ", "(默认: "),
        ("(values: ", "(可选值: "),
    ]

    /// `text` with the parser's English headings in the process's language.
    static func localize(_ text: String, in language: Language = Language.current) -> String {
        guard language == .zh else { return text }
        var out = text
        for (en, zh) in chinese {
            out = out.replacingOccurrences(of: en, with: zh)
        }
        return out
    }
}
