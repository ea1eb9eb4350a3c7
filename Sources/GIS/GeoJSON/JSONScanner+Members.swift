/// Walking the members of an object: `{`, names, `:`, `,`, `}` with their syntax errors.
extension JSONScanner {
    /// Consumes the `{` at the cursor (after whitespace).
    mutating func beginObject() throws(GISError) {
        try expect(UInt8(ascii: "{"), "to start an object")
    }

    /// Moves to the next member of the object being read and returns its name with the
    /// offset of its value, or nil after consuming the closing `}`.
    /// - Parameter first: true before the first member; set to false here.
    /// - Throws: syntax errors: a missing `,`, `:` or name, or a trailing comma.
    @inline(__always)
    mutating func nextMember(first: inout Bool) throws(GISError) -> (name: JSONMemberName, nameOffset: Int)? {
        skipWhitespace()
        var c = peek()
        if first {
            first = false
            if c == UInt8(ascii: "}") { pos += 1; return nil }
        } else {
            if c == UInt8(ascii: "}") { pos += 1; return nil }
            guard c == UInt8(ascii: ",") else {
                throw error("expected ',' or '}' after an object member, found \(found(at: pos))", at: pos)
            }
            pos += 1
            skipWhitespace()
            c = peek()
            if c == UInt8(ascii: "}") { throw error("trailing comma before '}': expected another member name", at: pos) }
        }
        guard c == UInt8(ascii: "\"") else {
            throw error("expected a member name in double quotes, found \(found(at: pos))", at: pos)
        }
        let nameOffset = pos
        let name: JSONMemberName
        if let raw = try readRawStringBytes() {
            if let known = JSONMemberName.known(base + raw.lowerBound, count: raw.count) {
                name = known
            } else {
                var ascii = true
                for i in raw where base[i] >= 0x80 { ascii = false; break }
                name = .other(try makeString(from: raw.lowerBound, to: raw.upperBound, ascii: ascii, open: nameOffset))
            }
        } else {
            name = JSONMemberName.from(try readString())
        }
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else {
            throw error("expected ':' after the member name \"\(name.text)\", found \(found(at: pos))", at: pos)
        }
        pos += 1
        skipWhitespace()
        return (name, nameOffset)
    }

    /// Moves to the next element of the array being read: true when there is one (cursor
    /// on it), false after consuming the closing `]`.
    /// - Parameter first: true before the first element; set to false here.
    @inline(__always)
    mutating func nextElement(first: inout Bool) throws(GISError) -> Bool {
        skipWhitespace()
        let c = peek()
        if c == UInt8(ascii: "]") { pos += 1; return false }
        if first { first = false; return true }
        guard c == UInt8(ascii: ",") else {
            throw error("expected ',' or ']' after an array element, found \(found(at: pos))", at: pos)
        }
        pos += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { throw error("trailing comma before ']': expected another element", at: pos) }
        return true
    }
}
