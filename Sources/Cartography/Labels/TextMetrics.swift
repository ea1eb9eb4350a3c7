/// Approximate text extents for label placement, in millimetres.
///
/// CJK ideographs and full-width forms are one em wide; Latin letters and digits
/// about 0.58 em; spaces and narrow punctuation 0.3 em. The box is one em high
/// (0.88 em above the baseline). Good enough to keep labels apart in every CJK font of
/// the stack, where real advances differ by a few per cent.
public enum TextMetrics {
    /// The largest size ≤ `points` (not below `minimum`) at which `text` fits the width.
    public static func fittingSize(_ text: String, widthMillimetres: Double, points: Double, minimum: Double) -> Double {
        let w = Self.widthMillimetres(text, fontSizePoints: points)
        return w <= widthMillimetres ? points : max(minimum, points * widthMillimetres / w)
    }

    /// The advance of `text` at `fontSizePoints`, in millimetres.
    public static func widthMillimetres(_ text: String, fontSizePoints: Double) -> Double {
        var ems = 0.0
        for s in text.unicodeScalars {
            switch s.value {
            case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x3000...0x303F: ems += 1.0
            case 0x20, 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x2032, 0x2033, 0x69, 0x6C, 0x49: ems += 0.3
            case 0x4D, 0x57, 0x6D, 0x77: ems += 0.85
            case 0xB0: ems += 0.4
            default: ems += 0.58
            }
        }
        return ems * PrintUnits.mm(pt: fontSizePoints)
    }

    /// The box of a horizontal label drawn with `text-anchor` at (x, baseline y), grown
    /// by `haloMillimetres` on every side.
    public static func box(_ text: String, x: Double, y: Double, anchor: TextAnchor,
                           fontSizePoints: Double, haloMillimetres: Double = 0) -> PageRect {
        let w = widthMillimetres(text, fontSizePoints: fontSizePoints)
        let em = PrintUnits.mm(pt: fontSizePoints)
        let left: Double
        switch anchor {
        case .start: left = x
        case .middle: left = x - w / 2
        case .end: left = x - w
        }
        return PageRect(x: left - haloMillimetres, y: y - 0.88 * em - haloMillimetres,
                        width: w + 2 * haloMillimetres, height: em + 2 * haloMillimetres)
    }
}

/// SVG `text-anchor`.
public enum TextAnchor: String, Sendable { case start, middle, end }
