/// A rendered map: the SVG tree plus what tests and callers want to check.
public struct RenderedMap: Sendable {
    public var svg: SVGElement
    /// Every placed label (all panels), with its occupied box.
    public var labels: [PlacedLabel]
    public var scaleBar: ScaleBar
    /// The main frame's transform (the first panel's for small multiples).
    public var transform: PageTransform
    public var layout: PageLayout
    /// Labels that found no room and were dropped.
    public var droppedLabelCount: Int
    /// The map's title (the PDF's metadata title).
    public var title: String = ""

    /// The document's bytes (UTF-8 XML).
    public var bytes: [UInt8] { SVGWriter.bytes(svg) }
}
