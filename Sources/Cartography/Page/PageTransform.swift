import GIS

/// The affine map from planning-CRS metres (x east, y north) to page millimetres
/// (x right, y down) for one map frame.
public struct PageTransform: Sendable, Hashable {
    /// Page millimetres per ground metre (the map scale is 1 : 1000 / this).
    public var millimetresPerMetre: Double
    /// The ground point (metres) drawn at the page point `pageOrigin`.
    public var groundOriginX: Double
    public var groundOriginY: Double
    public var pageOriginX: Double
    public var pageOriginY: Double

    public init(millimetresPerMetre: Double, groundOriginX: Double, groundOriginY: Double,
                pageOriginX: Double, pageOriginY: Double) {
        self.millimetresPerMetre = millimetresPerMetre
        self.groundOriginX = groundOriginX; self.groundOriginY = groundOriginY
        self.pageOriginX = pageOriginX; self.pageOriginY = pageOriginY
    }

    /// Fits `extent` (metres) into `frame`, centred, leaving `paddingMillimetres` free on
    /// each side; or, with `scaleDenominator` N, draws at 1:N centred on the extent.
    public static func fitting(_ extent: BoundingBox, into frame: PageRect,
                               paddingMillimetres: Double = 4, scaleDenominator: Double? = nil) -> PageTransform {
        let inner = frame.inset(by: paddingMillimetres)
        let s: Double
        if let n = scaleDenominator, n > 0 { s = 1000 / n }
        else {
            let w = max(extent.width, 1), h = max(extent.height, 1)
            s = min(inner.width / w, inner.height / h)
        }
        let c = extent.isEmpty ? Position(0, 0) : extent.center
        return PageTransform(millimetresPerMetre: s, groundOriginX: c.x, groundOriginY: c.y,
                             pageOriginX: frame.midX, pageOriginY: frame.midY)
    }

    /// The scale denominator N of 1:N.
    public var scaleDenominator: Double { 1000 / millimetresPerMetre }

    @inlinable public func pageX(_ x: Double) -> Double { pageOriginX + (x - groundOriginX) * millimetresPerMetre }
    @inlinable public func pageY(_ y: Double) -> Double { pageOriginY - (y - groundOriginY) * millimetresPerMetre }

    /// The ground point (metres) under a page point (millimetres).
    public func ground(pageX px: Double, pageY py: Double) -> Position {
        Position(groundOriginX + (px - pageOriginX) / millimetresPerMetre,
                 groundOriginY - (py - pageOriginY) / millimetresPerMetre)
    }

    /// Maps a flat run of ground coordinates to page coordinates.
    /// - Complexity: O(n).
    public func apply(_ xy: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: xy.count)
        var i = 0
        while i + 1 < xy.count {
            out[i] = pageX(xy[i]); out[i + 1] = pageY(xy[i + 1]); i += 2
        }
        return out
    }
}
