/// A title block (图签) of a plan sheet: the facts a document map carries in its corner.
/// Every field is the map spec's `title_block` key of the same meaning (docs: scenarios/maps/README.md).
/// The scale and the CRS are the map's own and are filled in by the renderer.
public struct TitleBlock: Sendable, Equatable {
    /// 图名: the map name (the map's title when absent).
    public var name: String?
    /// 编制单位: who made the map.
    public var organization: String?
    /// 日期: when, as the spec writes it (e.g. 2026-12).
    public var date: String?
    /// 图号: the sheet number.
    public var sheet: String?
    /// 数据说明: what the data are and how far they can be trusted.
    public var dataNote: String?
    /// 审图号: the map-review number, once the map has one.
    public var approval: String?

    public init() {}

    /// The note printed when ``approval`` is absent.
    public static let approvalNote = "公开出版须报审取得审图号 A published map needs a 审图号 (map-review number)"

    /// The rows as printed: (Chinese heading, value); absent values show "—".
    public func rows(title: String, scale: String, crs: String?) -> [(String, String)] {
        [("图名", name ?? title), ("编制单位", organization ?? "—"), ("日期", date ?? "—"), ("图号", sheet ?? "—"),
         ("比例尺", scale), ("坐标系", crs ?? "—"), ("数据说明", dataNote ?? "—"), ("审图号", approval ?? Self.approvalNote)]
    }
}
