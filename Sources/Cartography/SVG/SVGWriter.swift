/// Serialises an ``SVGElement`` tree to UTF-8 bytes: XML declaration, escaped text and
/// attributes in their given order, two-space indentation for elements that contain
/// only elements, so the same tree always gives the same bytes.
public enum SVGWriter {
    /// The document's bytes.
    /// - Complexity: O(total size of the output).
    public static func bytes(_ root: SVGElement) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(estimatedSize(root) + 256)
        out.append(contentsOf: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8))
        write(root, depth: 0, to: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// The document as a string.
    public static func string(_ root: SVGElement) -> String {
        String(decoding: bytes(root), as: UTF8.self)
    }

    static func write(_ e: SVGElement, depth: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        out.append(contentsOf: e.name.utf8)
        for (key, value) in e.attributes {
            out.append(UInt8(ascii: " "))
            out.append(contentsOf: key.utf8)
            out.append(UInt8(ascii: "=")); out.append(UInt8(ascii: "\""))
            switch value {
            case .text(let s): escape(s, attribute: true, to: &out)
            case .raw(let b): out.append(contentsOf: b)
            }
            out.append(UInt8(ascii: "\""))
        }
        if e.children.isEmpty {
            out.append(UInt8(ascii: "/")); out.append(UInt8(ascii: ">")); return
        }
        out.append(UInt8(ascii: ">"))
        let onlyElements = e.children.allSatisfy { if case .element = $0 { true } else { false } }
        for child in e.children {
            switch child {
            case .element(let c):
                if onlyElements { newline(depth + 1, &out) }
                write(c, depth: depth + 1, to: &out)
            case .text(let t):
                escape(t, attribute: false, to: &out)
            }
        }
        if onlyElements { newline(depth, &out) }
        out.append(UInt8(ascii: "<")); out.append(UInt8(ascii: "/"))
        out.append(contentsOf: e.name.utf8)
        out.append(UInt8(ascii: ">"))
    }

    /// An upper estimate of the serialised size, so the buffer grows once.
    static func estimatedSize(_ e: SVGElement) -> Int {
        var n = 8 + 2 * e.name.utf8.count + 2 * 32
        for (k, v) in e.attributes {
            n += k.utf8.count + 4
            switch v {
            case .text(let s): n += s.utf8.count * 6
            case .raw(let b): n += b.count
            }
        }
        for c in e.children {
            switch c {
            case .element(let x): n += estimatedSize(x)
            case .text(let t): n += t.utf8.count * 6
            }
        }
        return n
    }

    static func newline(_ depth: Int, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<depth { out.append(UInt8(ascii: " ")); out.append(UInt8(ascii: " ")) }
    }

    /// Appends `s` with XML's special characters escaped. Characters XML 1.0 does not
    /// allow (control characters other than tab and newline, U+FFFE, U+FFFF) are dropped,
    /// so every document is well-formed whatever text a title or a label holds.
    static func escape(_ s: String, attribute: Bool, to out: inout [UInt8]) {
        let bytes = Array(s.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case UInt8(ascii: "<"): out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case UInt8(ascii: ">"): out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case UInt8(ascii: "\"") where attribute:
                out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            case 0x09, 0x0A: out.append(b)
            case 0..<0x20: continue
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters.
            case 0xEF where i + 1 < bytes.count && bytes[i] == 0xBF && (bytes[i + 1] == 0xBE || bytes[i + 1] == 0xBF):
                i += 2
            default: out.append(b)
            }
        }
    }
}
