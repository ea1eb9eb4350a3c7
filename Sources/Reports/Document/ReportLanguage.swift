/// The language of a report: Chinese first (the default), with the English term beside
/// each key term, or English first with the Chinese beside it.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case zh, en

    /// `zh` or `en` text, as the language asks.
    public func t(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }

    /// A key term as HTML: the report language's word first, the other beside it in a
    /// smaller span (`class="alt"`). Both are escaped.
    public func term(_ zh: String, _ en: String) -> String {
        self == .zh ? HTML.escape(zh) + " <span class=\"alt\">" + HTML.escape(en) + "</span>"
                    : HTML.escape(en) + " <span class=\"alt\">" + HTML.escape(zh) + "</span>"
    }

    /// The `lang` attribute of the document.
    public var htmlLang: String { self == .zh ? "zh-CN" : "en" }
}
