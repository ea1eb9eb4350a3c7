/// An attribute value: text to be escaped, or bytes already known to need no escaping
/// (path data and number lists, produced by ``PathData``).
public enum SVGAttributeValue: Sendable, Hashable {
    case text(String)
    case raw([UInt8])
}

/// A node of the small SVG element tree that maps are built from before being
/// serialised once by ``SVGWriter``.
///
/// Attributes keep the order in which they were given, so output is stable.
public struct SVGElement: Sendable, Hashable {
    public var name: String
    public var attributes: [(String, SVGAttributeValue)]
    public var children: [SVGNode]

    public init(_ name: String, _ attributes: [(String, String)] = [], children: [SVGNode] = []) {
        self.name = name
        self.attributes = attributes.map { ($0.0, .text($0.1)) }
        self.children = children
    }

    /// Sets (or replaces) an attribute, keeping the position of an existing one.
    public mutating func set(_ key: String, _ value: String) { set(key, .text(value)) }

    /// Sets (or replaces) an attribute with a value.
    public mutating func set(_ key: String, _ value: SVGAttributeValue) {
        if let i = attributes.firstIndex(where: { $0.0 == key }) { attributes[i].1 = value }
        else { attributes.append((key, value)) }
    }

    /// The text value of an attribute, if present.
    public func attribute(_ key: String) -> String? {
        guard let v = attributes.first(where: { $0.0 == key })?.1 else { return nil }
        switch v {
        case .text(let s): return s
        case .raw(let b): return String(decoding: b, as: UTF8.self)
        }
    }

    public mutating func append(_ element: SVGElement) { children.append(.element(element)) }
    public mutating func append(text: String) { children.append(.text(text)) }

    /// All descendant elements (depth first, document order), including self.
    public func descendants() -> [SVGElement] {
        var out: [SVGElement] = [self]
        for child in children { if case .element(let e) = child { out += e.descendants() } }
        return out
    }

    public static func == (a: SVGElement, b: SVGElement) -> Bool {
        a.name == b.name && a.children == b.children && a.attributes.count == b.attributes.count
            && zip(a.attributes, b.attributes).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    public func hash(into h: inout Hasher) {
        h.combine(name); h.combine(children)
        for (k, v) in attributes { h.combine(k); h.combine(v) }
    }
}

/// A child of an element: another element, or character data.
public enum SVGNode: Sendable, Hashable {
    case element(SVGElement)
    case text(String)
}

extension SVGElement {
    /// A group marked as an Inkscape layer (`inkscape:groupmode="layer"`, `inkscape:label`).
    public static func layer(id: String, label: String, children: [SVGElement] = []) -> SVGElement {
        SVGElement("g", [("id", id), ("inkscape:groupmode", "layer"), ("inkscape:label", label)],
                   children: children.map { .element($0) })
    }
}
