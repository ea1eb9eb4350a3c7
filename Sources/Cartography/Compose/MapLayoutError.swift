/// A composition that cannot be laid out on its page (e.g. a page too small for the map
/// frame once the title, legend panel and footer are placed).
public struct MapLayoutError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
