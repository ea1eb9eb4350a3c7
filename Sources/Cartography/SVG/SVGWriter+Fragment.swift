extension SVGWriter {
    /// The element serialised without the XML declaration, for an `<svg>` inline in an
    /// (X)HTML document.
    public static func fragment(_ root: SVGElement) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(estimatedSize(root))
        write(root, depth: 0, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

extension SVGElement {
    /// The tree with every `id` prefixed by `prefix` and every reference to one
    /// (`url(#…)` in attributes, `href`/`xlink:href` of `#…`) rewritten to match, so several
    /// SVG documents can sit inline in one HTML page without their ids clashing. The root
    /// gets `rootID` as its id.
    public func withUniqueIDs(prefix: String, rootID: String) -> SVGElement {
        var e = renamingIDs(prefix: prefix)
        e.set("id", rootID)
        return e
    }

    func renamingIDs(prefix: String) -> SVGElement {
        var e = self
        e.attributes = attributes.map { key, value in
            guard case .text(let s) = value else { return (key, value) }
            if key == "id" { return (key, .text(prefix + s)) }
            if (key == "href" || key == "xlink:href"), s.hasPrefix("#") { return (key, .text("#" + prefix + s.dropFirst())) }
            if s.contains("url(#") { return (key, .text(s.replacingURLReferences(prefix: prefix))) }
            return (key, value)
        }
        e.children = children.map { child in
            if case .element(let c) = child { return .element(c.renamingIDs(prefix: prefix)) }
            return child
        }
        return e
    }
}

extension String {
    /// `url(#x)` → `url(#<prefix>x)` everywhere in the text.
    func replacingURLReferences(prefix: String) -> String {
        let marker = Array("url(#".utf8)
        let bytes = Array(utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == marker[0], i + marker.count <= bytes.count, Array(bytes[i..<(i + marker.count)]) == marker {
                out += marker + Array(prefix.utf8)
                i += marker.count
            } else {
                out.append(bytes[i]); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
