import Foundation

/// The language of the CLI's help and messages: Chinese (`zh`) or English (`en`).
///
/// Chosen once at start: `--lang zh|en` anywhere before `--` on the command line wins,
/// else the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders them):
/// Chinese when it starts with `zh` (`zh_CN.UTF-8`, `zh_TW`, `zh`), English otherwise.
/// The libraries' own diagnostics (GeoJSON, scenario and map-spec errors) stay English;
/// their severity words and the CLI's own text follow this choice.
enum Language: String, CaseIterable, Sendable {
    case zh, en

    /// The language of this process, set by ``select(arguments:environment:)`` before parsing.
    nonisolated(unsafe) static var current: Language = .en
    /// The language `--lang` gave, or nil when the locale chose (`benkang report` writes
    /// Chinese unless `--lang en` asks otherwise).
    nonisolated(unsafe) static var explicit: Language?

    /// The language the arguments and environment ask for, and the arguments without
    /// `--lang X` / `--lang=X`. A value other than zh or en is left in place, so that the
    /// parser reports it as a usage error.
    static func select(arguments: [String], environment: [String: String]) -> (Language, [String]) {
        var rest: [String] = []
        var chosen: Language?
        var index = 0
        var afterDoubleDash = false
        while index < arguments.count {
            let argument = arguments[index]
            if afterDoubleDash { rest.append(argument); index += 1; continue }
            if argument == "--" { afterDoubleDash = true; rest.append(argument); index += 1; continue }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(code: arguments[index + 1]) {
                chosen = language; index += 2; continue
            }
            if argument.hasPrefix("--lang="), let language = Language(code: String(argument.dropFirst(7))) {
                chosen = language; index += 1; continue
            }
            rest.append(argument); index += 1
        }
        return (chosen ?? fromLocale(environment), rest)
    }

    /// zh for a locale that starts with "zh", en otherwise (POSIX order: LC_ALL, LC_MESSAGES, LANG).
    static func fromLocale(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }

    /// `zh`, `zh-CN`, `zh_CN`, `cn`, `chinese`, `中文` → zh; `en`, `en-US`, `english` → en.
    init?(code: String) {
        let c = code.lowercased()
        if c == "cn" || c == "chinese" || c == "中文" || c.hasPrefix("zh") { self = .zh }
        else if c == "english" || c.hasPrefix("en") { self = .en }
        else { return nil }
    }
}
