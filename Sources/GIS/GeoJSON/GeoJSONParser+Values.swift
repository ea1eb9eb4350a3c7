/// Generic JSON values (properties and foreign members), recursing at most
/// `options.maxDepth` levels.
extension GeoJSONParser {
    /// Reads the value at the cursor (after whitespace). `NaN`, `Infinity` and numbers
    /// beyond the double range are reported as content errors and read as `null`.
    /// - Throws: the first syntax error, or nesting deeper than `options.maxDepth`.
    /// - Complexity: O(n) in the value's bytes.
    mutating func parseValue() throws(GISError) -> JSONValue {
        scanner.skipWhitespace()
        let start = scanner.pos
        let c = scanner.peek()
        switch c {
        case UInt8(ascii: "\""): return .string(try scanner.readString())
        case UInt8(ascii: "{"): return .object(try parseObject())
        case UInt8(ascii: "["): return .array(try parseArray())
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"): return try scanner.readLiteral()
        default:
            if scanner.atNonFiniteLiteral() {
                let word = try scanner.readNonFiniteLiteral()
                report(.error, Self.nonFiniteMessage(word), at: start)
                return .null
            }
            guard c == UInt8(ascii: "-") || c &- 0x30 < 10 else {
                throw scanner.error("expected a value (object, array, string, number, true, false or null), "
                                    + "found \(scanner.found(at: start))", at: start)
            }
            let v = try scanner.readNumber()
            if !v.isFinite {
                report(.error, Self.overflowMessage(from: start, to: scanner.pos, scanner), at: start)
                return .null
            }
            return .number(v)
        }
    }

    /// Reads the object at the cursor, keeping member order; a repeated name keeps its
    /// first place and its last value, with a warning.
    mutating func parseObject() throws(GISError) -> JSONObject {
        let open = scanner.pos
        try enter(at: open)
        scanner.pos += 1
        var object = JSONObject()
        var names: Set<String>?
        var first = true
        while let member = try scanner.nextMember(first: &first) {
            let key = member.name.text
            path.append(.key(key))
            let value = try parseValue()
            path.removeLast()
            var isNew: Bool
            if object.count < 8 {
                isNew = !object.keys.contains(key)
            } else {
                if names == nil { names = Set(object.keys) }
                isNew = names!.insert(key).inserted
            }
            if isNew {
                object.appendUnchecked(key, value)
                if names != nil { names!.insert(key) }
            } else {
                object[key] = value
                report(.warning, "duplicate member \"\(key)\"; the last value is kept", at: member.nameOffset,
                       suffix: path.isEmpty ? key : "." + key)
            }
        }
        leave()
        return object
    }

    /// Reads the array at the cursor.
    mutating func parseArray() throws(GISError) -> [JSONValue] {
        try enter(at: scanner.pos)
        scanner.pos += 1
        var array: [JSONValue] = []
        var first = true
        while try scanner.nextElement(first: &first) {
            path.append(.index(array.count))
            array.append(try parseValue())
            path.removeLast()
        }
        leave()
        return array
    }

    /// Reads a value that should be of another kind, to report it, and returns the JSON
    /// type name used in messages: "an array", "a string", ….
    mutating func parseUnexpectedValue() throws(GISError) -> String {
        switch try parseValue() {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    static func nonFiniteMessage(_ word: String) -> String {
        "\(word) is not a JSON number: JSON and GeoJSON allow only finite numbers (write null, or leave the value out)"
    }

    static func overflowMessage(from start: Int, to stop: Int, _ scanner: JSONScanner) -> String {
        let text = String(decoding: UnsafeBufferPointer(start: scanner.base + start, count: min(stop - start, 40)), as: UTF8.self)
        return "the number \(text) is too large for a double (beyond ±1.8e308): expected a finite number"
    }
}
