/// One of the six demonstration lines (六条扶贫示范线) and the villages on it.
public struct DemonstrationLine: Hashable, Sendable {
    /// 二环山, 城乡统筹, 农旅结合, 现代农业, 生态旅游 or 工农互动.
    public var name: String
    public var theme: String
    public var villageIDs: [String]
    public init(name: String, theme: String, villageIDs: [String]) {
        self.name = name; self.theme = theme; self.villageIDs = villageIDs
    }
    /// True for the lines whose theme is tourism (农旅结合, 生态旅游).
    public var isTourismLine: Bool { name == "农旅结合" || name == "生态旅游" }
}
