/// Where things go on the page: title band, map frame, furniture panel and footer (mm).
public struct PageLayout: Sendable, Hashable {
    public var page: PageSize
    public var title: PageRect
    public var frame: PageRect
    public var panel: PageRect
    public var footer: PageRect

    /// A layout with the panel on the right (landscape) or below the map (portrait).
    /// - Parameter footerLines: source-note lines the footer must hold; past 4 the footer
    ///   grows upward by a line height (2.6 mm) each and the map frame shrinks.
    public init(page: PageSize, marginMillimetres m: Double, footerLines: Int = 4) {
        self.page = page
        let w = page.widthMillimetres, h = page.heightMillimetres
        let titleH = 17.0, footerH = 14.0 + Double(max(0, footerLines - 4)) * Self.footerLineMillimetres, gap = 5.0
        title = PageRect(x: m, y: m, width: w - 2 * m, height: titleH)
        let top = m + titleH + 2
        let bottom = h - m - footerH
        if w >= h {
            let pw = min(max(0.26 * w, 60), 112)
            frame = PageRect(x: m, y: top, width: w - 2 * m - pw - gap, height: bottom - top)
            panel = PageRect(x: frame.maxX + gap, y: top, width: pw, height: bottom - top)
        } else {
            let ph = min(max(0.3 * h, 70), 125)
            frame = PageRect(x: m, y: top, width: w - 2 * m, height: bottom - top - ph - gap)
            panel = PageRect(x: m, y: frame.maxY + gap, width: w - 2 * m, height: ph)
        }
        footer = PageRect(x: m, y: bottom + 5.5, width: w - 2 * m, height: footerH - 5.5)
    }

    /// The distance between footer lines, in mm.
    public static let footerLineMillimetres = 2.6

    /// The width of the locator inset column when the panel is below the map.
    public var portraitInsetWidth: Double { min(panel.height * 1.1, panel.width * 0.3) }

    /// The longest scale bar that fits beside the north arrow, in mm.
    public var scaleBarMaximumMillimetres: Double {
        panelOnRight ? min(50, panel.width * 0.55) : min(50, portraitInsetWidth - 32)
    }

    /// True when the furniture panel sits to the right of the map.
    public var panelOnRight: Bool { panel.x > frame.x }
}
