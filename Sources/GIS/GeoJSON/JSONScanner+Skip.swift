/// Skipping a value while checking its syntax, without recursion: an explicit stack of
/// open containers, refused beyond `maxDepth`.
extension JSONScanner {
    /// Skips the value at the cursor (after whitespace). `NaN` and `Infinity` are
    /// skipped too: whoever reads the value for real reports them.
    /// - Parameters:
    ///   - depth: the nesting depth the value sits at.
    ///   - maxDepth: the deepest nesting accepted.
    /// - Throws: the first syntax error, or nesting deeper than `maxDepth`.
    /// - Complexity: O(n) in the bytes skipped.
    mutating func skipValue(depth: Int, maxDepth: Int) throws(GISError) {
        var open: [Bool] = []   // true for an object
        while true {
            skipWhitespace()
            let c = peek()
            var scalarDone = true
            switch c {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth + open.count + 1 > maxDepth { throw depthError(maxDepth, at: pos) }
                pos += 1
                skipWhitespace()
                let isObject = c == UInt8(ascii: "{")
                if peek() == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    pos += 1
                } else {
                    open.append(isObject)
                    if isObject { try skipMemberName() }
                    scalarDone = false
                }
            case UInt8(ascii: "\""): if try readRawStringBytes() == nil { _ = try readString() }
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"): _ = try readLiteral()
            case _ where atNonFiniteLiteral(): _ = try readNonFiniteLiteral()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try readNumber()
            default:
                throw error("expected a value (object, array, string, number, true, false or null), found \(found(at: pos))", at: pos)
            }
            guard scalarDone else { continue }
            // A value ended: close containers until one continues with ','.
            while let isObject = open.last {
                skipWhitespace()
                let d = peek()
                if d == UInt8(ascii: ",") {
                    pos += 1
                    skipWhitespace()
                    if isObject {
                        if peek() == UInt8(ascii: "}") { throw error("trailing comma before '}': expected another member name", at: pos) }
                        try skipMemberName()
                    } else if peek() == UInt8(ascii: "]") {
                        throw error("trailing comma before ']': expected another element", at: pos)
                    }
                    break
                }
                if d == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    pos += 1
                    open.removeLast()
                    continue
                }
                throw error("expected ',' or '\(isObject ? "}" : "]")' after \(isObject ? "an object member" : "an array element"), "
                            + "found \(found(at: pos))", at: pos)
            }
            if open.isEmpty { return }
        }
    }

    /// Skips `"name" :` (cursor on the name after whitespace).
    private mutating func skipMemberName() throws(GISError) {
        skipWhitespace()
        guard peek() == UInt8(ascii: "\"") else {
            throw error("expected a member name in double quotes, found \(found(at: pos))", at: pos)
        }
        if try readRawStringBytes() == nil { _ = try readString() }
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else {
            throw error("expected ':' after a member name, found \(found(at: pos))", at: pos)
        }
        pos += 1
    }

    /// The error for nesting deeper than `maxDepth`, at the bracket that goes too deep.
    func depthError(_ maxDepth: Int, at offset: Int) -> GISError {
        error("arrays and objects are nested deeper than \(maxDepth) levels; "
              + "refusing the input (raise maxDepth if this is intended)", at: offset)
    }
}
