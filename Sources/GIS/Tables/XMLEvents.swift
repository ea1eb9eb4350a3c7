/// A small non-validating XML reader for the parts of Office Open XML that Benkang reads
/// (workbook, relationships, shared strings, worksheets). It yields start tags (local
/// name without namespace prefix, attributes by their full names), end tags and text
/// (entities and CDATA decoded); comments, processing instructions and DOCTYPE are
/// skipped. It does not check well-formedness beyond what it needs.
struct XMLEvents {
    enum Event: Equatable {
        case start(String, [String: String], selfClosing: Bool)
        case end(String)
        case text(String)
    }

    /// Every event of the document, in order.
    /// - Throws: `XMLEvents.Malformed` at the byte offset of an unterminated construct.
    /// - Complexity: O(n) in the byte count.
    static func parse(_ bytes: [UInt8]) throws -> [Event] {
        var events: [Event] = []
        var i = 0
        let n = bytes.count
        func find(_ pattern: [UInt8], from start: Int) throws -> Int {
            var j = start
            while j + pattern.count <= n {
                if bytes[j] == pattern[0] && Array(bytes[j..<j + pattern.count]) == pattern { return j }
                j += 1
            }
            throw Malformed(offset: start)
        }
        while i < n {
            if bytes[i] != 0x3C {   // text up to the next '<'
                var j = i
                while j < n && bytes[j] != 0x3C { j += 1 }
                events.append(.text(decodeEntities(bytes[i..<j])))
                i = j
                continue
            }
            if bytes[from: i + 1, "?"] { i = try find(Array("?>".utf8), from: i) + 2; continue }
            if bytes[from: i + 1, "!--"] { i = try find(Array("-->".utf8), from: i) + 3; continue }
            if bytes[from: i + 1, "![CDATA["] {
                let end = try find(Array("]]>".utf8), from: i)
                events.append(.text(String(decoding: bytes[(i + 9)..<end], as: UTF8.self)))
                i = end + 3
                continue
            }
            if bytes[from: i + 1, "!"] { i = try find([0x3E], from: i) + 1; continue }
            let close = try endOfTag(bytes, from: i)
            if bytes[i + 1] == 0x2F {
                events.append(.end(localName(String(decoding: bytes[(i + 2)..<close], as: UTF8.self)
                    .trimmingWhitespace())))
            } else {
                let selfClosing = bytes[close - 1] == 0x2F
                let inner = bytes[(i + 1)..<(selfClosing ? close - 1 : close)]
                let (name, attributes) = parseTag(inner)
                events.append(.start(localName(name), attributes, selfClosing: selfClosing))
                if selfClosing { events.append(.end(localName(name))) }
            }
            i = close + 1
        }
        return events
    }

    struct Malformed: Error { var offset: Int }

    /// The offset of the '>' ending the tag that starts at `start`, skipping quoted values.
    private static func endOfTag(_ bytes: [UInt8], from start: Int) throws -> Int {
        var j = start + 1
        var quote: UInt8 = 0
        while j < bytes.count {
            let b = bytes[j]
            if quote != 0 { if b == quote { quote = 0 } } else if b == 0x22 || b == 0x27 { quote = b } else if b == 0x3E { return j }
            j += 1
        }
        throw Malformed(offset: start)
    }

    private static func parseTag(_ inner: ArraySlice<UInt8>) -> (String, [String: String]) {
        var attributes: [String: String] = [:]
        var j = inner.startIndex
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        while j < inner.endIndex && !isSpace(inner[j]) { j += 1 }
        let name = String(decoding: inner[inner.startIndex..<j], as: UTF8.self)
        while j < inner.endIndex {
            while j < inner.endIndex && (isSpace(inner[j])) { j += 1 }
            let keyStart = j
            while j < inner.endIndex && inner[j] != 0x3D && !isSpace(inner[j]) { j += 1 }
            let key = String(decoding: inner[keyStart..<j], as: UTF8.self)
            while j < inner.endIndex && (isSpace(inner[j]) || inner[j] == 0x3D) { j += 1 }
            guard j < inner.endIndex, inner[j] == 0x22 || inner[j] == 0x27 else { break }
            let quote = inner[j]
            j += 1
            let valueStart = j
            while j < inner.endIndex && inner[j] != quote { j += 1 }
            if !key.isEmpty { attributes[key] = decodeEntities(inner[valueStart..<min(j, inner.endIndex)]) }
            j += 1
        }
        return (name, attributes)
    }

    private static func localName(_ name: String) -> String {
        name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    /// Text with `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and numeric references decoded.
    static func decodeEntities(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(0x26) else { return String(decoding: bytes, as: UTF8.self) }
        let s = String(decoding: bytes, as: UTF8.self)
        var out = ""
        var rest = s[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                out += "&"; rest = rest[rest.index(after: amp)...]; continue
            }
            let name = rest[rest.index(after: amp)..<semi]
            switch name {
            case "lt": out += "<"
            case "gt": out += ">"
            case "amp": out += "&"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                var code: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") { code = UInt32(name.dropFirst(2), radix: 16) }
                else if name.hasPrefix("#") { code = UInt32(name.dropFirst(), radix: 10) }
                if let code, let scalar = Unicode.Scalar(code) { out.unicodeScalars.append(scalar) } else { out += "&" + name + ";" }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    /// Text escaped for XML content and attribute values.
    static func escape(_ s: String) -> String {
        TextEscape.xmlText(s)
    }
}

extension Array where Element == UInt8 {
    /// True when the bytes at `offset` spell `literal`.
    subscript(from offset: Int, literal: String) -> Bool {
        let l = Array(literal.utf8)
        return offset + l.count <= count && self[offset..<offset + l.count].elementsEqual(l)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
